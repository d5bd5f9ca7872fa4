// Kills every process that carries a run's tag in its environment. A child that calls setsid() leaves the run's
// process group, so killing the group misses it; its environment still holds MLPREP_RUN=<tag> (children inherit
// it), which /proc lets us read for processes of our own user. Linux only; elsewhere the group kill is all we do.

import { readdir, readFile } from 'node:fs/promises';

export const RUN_TAG_VAR = 'MLPREP_RUN';

export async function killTagged(tag: string): Promise<number> {
  if (process.platform !== 'linux') return 0;
  const needle = Buffer.from(`${RUN_TAG_VAR}=${tag}\0`);
  let killed = 0;
  const pids = await readdir('/proc').catch(() => [] as string[]);
  await Promise.all(
    pids
      .filter((p) => /^\d+$/.test(p) && Number(p) !== process.pid)
      .map(async (p) => {
        const env = await readFile(`/proc/${p}/environ`).catch(() => null);
        if (env && env.includes(needle)) {
          try {
            process.kill(Number(p), 'SIGKILL');
            killed++;
          } catch {
            // already gone
          }
        }
      }),
  );
  return killed;
}
