// Finds a Python interpreter that has every module the collection's examples import. MLPREP_PYTHON wins when set;
// otherwise /usr/bin/python3 (Debian's, where the apt packages install) and then each python3/python on PATH are
// probed in turn. The first `python3` on PATH here is a pyenv build without torch, so the probe matters.

import { execFile } from 'node:child_process';
import { access, constants } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const REQUIRED_MODULES = ['numpy', 'scipy', 'sklearn', 'torch', 'pandas', 'matplotlib'] as const;
export const INSTALL_HINT =
  'Install them with `sudo apt-get install python3-numpy python3-scipy python3-sklearn python3-torch python3-pandas python3-matplotlib` (Debian/Ubuntu), ' +
  'or `pip install numpy scipy scikit-learn torch pandas matplotlib`, or point MLPREP_PYTHON at an interpreter that has them.';

export interface PythonInfo {
  executable: string;
  version: string;
  modules: Record<string, string>;
}

export interface ProbeResult {
  executable: string;
  ok: boolean;
  version?: string;
  missing: string[];
  modules: Record<string, string>;
  error?: string;
}

const PROBE = `
import importlib, json, sys
mods, missing = {}, []
for name in ${JSON.stringify(REQUIRED_MODULES)}:
    try:
        mods[name] = getattr(importlib.import_module(name), "__version__", "?")
    except Exception:
        missing.append(name)
print(json.dumps({"version": sys.version.split()[0], "modules": mods, "missing": missing}))
`;

export async function probePython(executable: string): Promise<ProbeResult> {
  try {
    const { stdout } = await run(executable, ['-c', PROBE], { timeout: 60_000 });
    const data = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as {
      version: string;
      modules: Record<string, string>;
      missing: string[];
    };
    return { executable, ok: data.missing.length === 0, version: data.version, missing: data.missing, modules: data.modules };
  } catch (err) {
    return {
      executable,
      ok: false,
      missing: [...REQUIRED_MODULES],
      modules: {},
      error: err instanceof Error ? err.message.split('\n')[0] : String(err),
    };
  }
}

/** Candidate interpreters in probe order, without duplicates. */
export async function pythonCandidates(env: NodeJS.ProcessEnv = process.env): Promise<string[]> {
  if (env.MLPREP_PYTHON) return [env.MLPREP_PYTHON];
  const out = ['/usr/bin/python3'];
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of ['python3', 'python']) {
      const full = path.join(dir, name);
      if (
        !out.includes(full) &&
        (await access(full, constants.X_OK).then(
          () => true,
          () => false,
        ))
      )
        out.push(full);
    }
  }
  return out;
}

export class PythonNotFoundError extends Error {
  override name = 'PythonNotFoundError';
}

export async function findPython(env: NodeJS.ProcessEnv = process.env): Promise<PythonInfo> {
  const probes: ProbeResult[] = [];
  for (const candidate of await pythonCandidates(env)) {
    const probe = await probePython(candidate);
    if (probe.ok && probe.version) return { executable: candidate, version: probe.version, modules: probe.modules };
    probes.push(probe);
  }
  const lines = probes.map((p) => `  ${p.executable}: ${p.error ? `cannot run (${p.error})` : `missing ${p.missing.join(', ')}`}`);
  throw new PythonNotFoundError(`No Python with ${REQUIRED_MODULES.join(', ')} was found. Probed:\n${lines.join('\n')}\n${INSTALL_HINT}`);
}
