// CI for exercises: a correct exercise passes all three runs, a wrong solution and a starter that passes are both
// caught, and a second run with the cache executes nothing until a file changes.

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Exercise } from '../../core/exercise/index.js';
import { loadVault } from '../load-vault.js';
import { findPython, type PythonInfo } from '../python/find-python.js';
import { verifyExercises } from './verify-exercises.js';

let python: PythonInfo;
let exercise: Exercise;
let scratch: string;
beforeAll(async () => {
  python = await findPython();
  const loaded = await loadVault(path.join(import.meta.dirname, '../../../test/fixtures/vaults/exercise-valid'));
  exercise = loaded.vault.exercises[0]!;
  scratch = await mkdtemp(path.join(os.tmpdir(), 'mlprep-verify-test-'));
}, 180_000);
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('verifyExercises', { timeout: 120_000 }, () => {
  it('passes a correct exercise and caches the three runs', async () => {
    const cacheFile = path.join(scratch, 'cache.json');
    const first = await verifyExercises([exercise], { python, cacheFile });
    expect(first.map((c) => [c.kind, c.ok, c.cached])).toEqual([
      ['solution-visible', true, false],
      ['solution-hidden', true, false],
      ['starter-hidden', true, false],
    ]);
    expect((JSON.parse(await readFile(cacheFile, 'utf8')) as { passed: string[] }).passed).toHaveLength(3);
    const second = await verifyExercises([exercise], { python, cacheFile });
    expect(second.every((c) => c.ok && c.cached)).toBe(true);
    // A changed solution is run again; the starter's entry still holds.
    const changed = { ...exercise, solution: `${exercise.solution}\n# edited\n` };
    const third = await verifyExercises([changed], { python, cacheFile });
    expect(third.map((c) => c.cached)).toEqual([false, false, true]);
  });

  it('catches a wrong solution and a starter that passes the hidden tests', async () => {
    const broken = { ...exercise, solution: exercise.starter, starter: exercise.solution };
    const checks = await verifyExercises([broken], { python, useCache: false });
    expect(checks.map((c) => [c.kind, c.ok])).toEqual([
      ['solution-visible', false],
      ['solution-hidden', false],
      ['starter-hidden', false],
    ]);
    expect(checks[0]!.detail).toContain('test_example: failed — NotImplementedError');
    expect(checks[2]!.detail).toBe('the starter passes every hidden test: the tests test nothing');
  });
});
