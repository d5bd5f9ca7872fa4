// Where progress lives: --data DIR, else MLPREP_DATA, else $XDG_DATA_HOME/mlprep, else ~/.local/share/mlprep.
import os from 'node:os';
import path from 'node:path';

export function resolveDataDir(flag?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return path.resolve(flag);
  if (env.MLPREP_DATA) return path.resolve(env.MLPREP_DATA);
  if (env.XDG_DATA_HOME) return path.join(path.resolve(env.XDG_DATA_HOME), 'mlprep');
  return path.join(os.homedir(), '.local', 'share', 'mlprep');
}

export const DB_FILE = 'progress.sqlite';
