// Kills every process that carries a run's tag in its environment. A child that calls setsid() leaves the run's
// process group, so killing the group misses it; its environment still holds MLPREP_RUN=<tag> (children inherit
// it), which /proc lets us read for processes of our own user. Linux only; elsewhere the group kill is all we do.

import { readdir, readFile } from 'node:fs/promises';

export const RUN_TAG_VAR = 'MLPREP_RUN';

/**
 * Pids (other than ours) whose environment carries a runner tag: `tag` for one run's processes, or any tag when
 * it is omitted (leftovers of any run). Processes of other users and vanished ones are skipped.
 */
export async function taggedPids(tag?: string): Promise<number[]> {
  if (process.platform !== 'linux') return [];
  const needle = Buffer.from(tag === undefined ? `${RUN_TAG_VAR}=` : `${RUN_TAG_VAR}=${tag}\0`);
  const pids = (await readdir('/proc').catch(() => [] as string[])).filter((p) => /^\d+$/.test(p) && Number(p) !== process.pid);
  const hits = await Promise.all(
    pids.map(async (p) => ((await readFile(`/proc/${p}/environ`).catch(() => null))?.includes(needle) ? Number(p) : null)),
  );
  return hits.filter((p): p is number => p !== null);
}

export async function killTagged(tag: string): Promise<number> {
  let killed = 0;
  for (const pid of await taggedPids(tag)) {
    try {
      process.kill(pid, 'SIGKILL');
      killed++;
    } catch {
      // already gone
    }
  }
  return killed;
}
