// The limits a run gets and the arguments that hand them to the Python prelude: the CPU cap follows the timeout,
// overrides win, and hiding folders is asked for only together with the parent's mount namespace.

import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, limitsFor, NOBODY, preludeArgs, PRELUDE } from './limits.js';

describe('limitsFor', () => {
  it('gives the CPU cap the timeout rounded up to whole seconds, plus 5', () => {
    expect(limitsFor(10_000)).toEqual({ memoryMb: 4096, cpuSeconds: 15, fileSizeMb: 64, extraProcesses: 64 });
    expect(limitsFor(10_001).cpuSeconds).toBe(16);
    expect(limitsFor(1).cpuSeconds).toBe(6);
    expect(limitsFor(0).cpuSeconds).toBe(5);
  });

  it('lets overrides win, the CPU cap included', () => {
    expect(limitsFor(10_000, { memoryMb: 512, cpuSeconds: 2 })).toEqual({ ...DEFAULT_LIMITS, memoryMb: 512, cpuSeconds: 2 });
  });
});

describe('preludeArgs', () => {
  const l = { memoryMb: 1024, cpuSeconds: 7, fileSizeMb: 8, extraProcesses: 3 };

  it('passes each limit as name=value after the prelude', () => {
    expect(preludeArgs(l)).toEqual(['-c', PRELUDE, 'memory_mb=1024', 'cpu_s=7', 'fsize_mb=8', 'nproc=3']);
  });

  it('asks to hide folders only with the parent mount namespace to compare against', () => {
    const hide = ['/home/u', '/data'];
    expect(preludeArgs(l, { hide, hostMountNs: 'mnt:[4026531841]' }).slice(6)).toEqual([
      'hide=["/home/u","/data"]',
      'host_ns=mnt:[4026531841]',
    ]);
    expect(preludeArgs(l, { hide })).toHaveLength(6);
    expect(preludeArgs(l, { hide: [], hostMountNs: 'mnt:[1]' })).toHaveLength(6);
  });

  it('asks to drop to nobody only when told', () => {
    expect(preludeArgs(l, { drop: true }).slice(6)).toEqual(['drop=1']);
    expect(preludeArgs(l, { drop: false })).toHaveLength(6);
    expect(PRELUDE).toContain(`os.setuid(${NOBODY})`);
    expect(NOBODY).toBe(65534);
  });
});
