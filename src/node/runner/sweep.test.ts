// The sweep of a run's processes: a process whose environment carries MLPREP_RUN=<tag> is found by its exact tag
// (not by another tag or a tag it only starts with), found among all tagged ones without a tag, and killed.

import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { killTagged, RUN_TAG_VAR, taggedPids } from './sweep.js';

// Tags carry this process's pid: two test processes running this file at once must not see each other's children.
const T = (name: string) => `${name}-${process.pid}`;
const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

async function tagged(tag: string): Promise<ChildProcess> {
  const child = spawn('sleep', ['30'], { env: { ...process.env, [RUN_TAG_VAR]: tag }, stdio: 'ignore' });
  children.push(child);
  await new Promise((resolve) => child.once('spawn', resolve));
  return child;
}

describe.runIf(process.platform === 'linux')('taggedPids and killTagged', () => {
  it('finds a process by its exact tag, and among all tagged ones', async () => {
    const child = await tagged(T('run-17'));
    expect(await taggedPids(T('run-17'))).toContain(child.pid);
    expect(await taggedPids(T('run-17').slice(0, -1))).not.toContain(child.pid);
    expect(await taggedPids(`${T('run-17')}0`)).not.toContain(child.pid);
    expect(await taggedPids()).toContain(child.pid);
    expect(await taggedPids()).not.toContain(process.pid);
  });

  it('kills every process of the tag and counts them; a second sweep finds none', async () => {
    const a = await tagged(T('run-kill'));
    const b = await tagged(T('run-kill'));
    const other = await tagged(T('run-keep'));
    const exited = (c: ChildProcess) => new Promise<string | null>((resolve) => c.once('exit', (_code, signal) => resolve(signal)));
    const done = Promise.all([exited(a), exited(b)]);
    expect(await killTagged(T('run-kill'))).toBe(2);
    expect(await done).toEqual(['SIGKILL', 'SIGKILL']);
    expect(await killTagged(T('run-kill'))).toBe(0);
    expect(await taggedPids(T('run-keep'))).toEqual([other.pid]);
  });
});
