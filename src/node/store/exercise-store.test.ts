// Exercise attempts and drafts: status per exercise, drafts keep the newest text, and a progress export carries
// both losslessly through an import into an empty database (and an import twice adds nothing).

import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exerciseStatuses, getDraft, listAttempts, recordAttempt, saveDraft, type ExerciseAttempt } from './exercise-store.js';
import { exportProgress, importProgress, ImportError } from './progress-io.js';
import { ProgressStore } from './progress-store.js';

const NOW = Date.UTC(2026, 0, 5, 9, 0, 0);
const open: ProgressStore[] = [];
const make = () => {
  const s = ProgressStore.inDir(mkdtempSync(path.join(os.tmpdir(), 'mlprep-exstore-')));
  open.push(s);
  return s;
};
afterEach(() => {
  for (const s of open.splice(0)) if (s.db.open) s.close();
});

const attempt = (over: Partial<ExerciseAttempt> = {}): Omit<ExerciseAttempt, 'uid'> => ({
  exerciseId: '03-confusion-matrix',
  suite: 'visible',
  createdAt: NOW,
  code: 'def f():\n    return 1\n',
  passed: 1,
  total: 2,
  ok: false,
  tests: [
    { name: 'test_a', status: 'passed', message: null, ms: 1.5 },
    { name: 'test_b', status: 'failed', message: 'expected 2, got 1', ms: 0.25 },
  ],
  ...over,
});

describe('exercise store', () => {
  it('counts attempts and marks solved only after a passing hidden run', () => {
    const s = make();
    recordAttempt(s, attempt());
    recordAttempt(s, attempt({ createdAt: NOW + 1, ok: true, passed: 2 }));
    expect(exerciseStatuses(s).get('03-confusion-matrix')).toEqual({ attempts: 2, solved: false, lastAttemptAt: NOW + 1 });
    recordAttempt(s, attempt({ createdAt: NOW + 2, suite: 'hidden', ok: true, passed: 2 }));
    expect(exerciseStatuses(s).get('03-confusion-matrix')).toEqual({ attempts: 3, solved: true, lastAttemptAt: NOW + 2 });
    expect(listAttempts(s, '03-confusion-matrix').map((a) => a.createdAt)).toEqual([NOW + 2, NOW + 1, NOW]);
    expect(listAttempts(s, 'other')).toEqual([]);
  });

  it('saves the latest draft per exercise', () => {
    const s = make();
    saveDraft(s, { exerciseId: 'x', code: 'one', savedAt: NOW });
    saveDraft(s, { exerciseId: 'x', code: 'two', savedAt: NOW + 5 });
    expect(getDraft(s, 'x')).toEqual({ exerciseId: 'x', code: 'two', savedAt: NOW + 5 });
    expect(getDraft(s, 'y')).toBeNull();
  });

  it('round-trips attempts and drafts through export and import, idempotently', () => {
    const a = make();
    recordAttempt(a, attempt());
    recordAttempt(a, attempt({ createdAt: NOW + 60_000, suite: 'hidden', ok: true, passed: 2, code: 'ünïcode = "ok"\n' }));
    saveDraft(a, { exerciseId: '05-sgd-momentum', code: 'import numpy as np\n', savedAt: NOW + 1 });
    const doc = exportProgress(a, NOW);
    expect(doc.exerciseAttempts).toHaveLength(2);
    const b = make();
    const first = importProgress(b, JSON.parse(JSON.stringify(doc)));
    expect(first).toMatchObject({ exerciseAttemptsAdded: 2, exerciseDraftsUpdated: 1 });
    expect(exportProgress(b, NOW)).toEqual(doc);
    expect(importProgress(b, JSON.parse(JSON.stringify(doc)))).toMatchObject({ exerciseAttemptsAdded: 0, exerciseDraftsUpdated: 0 });
    expect(exportProgress(b, NOW)).toEqual(doc);
  });

  it('keeps a newer local draft over an older imported one', () => {
    const a = make();
    saveDraft(a, { exerciseId: 'x', code: 'old', savedAt: NOW });
    const doc = exportProgress(a, NOW);
    const b = make();
    saveDraft(b, { exerciseId: 'x', code: 'newer', savedAt: NOW + 10 });
    importProgress(b, doc);
    expect(getDraft(b, 'x')?.code).toBe('newer');
  });

  it.each([
    [{ suite: 'secret' }, 'exerciseAttempts[0].suite: must be "visible" or "hidden"'],
    [{ createdAt: 1.5 }, 'exerciseAttempts[0].createdAt: must be a whole number >= 0'],
    [
      { tests: [{ name: 't', status: 'won', message: null, ms: 1 }] },
      'exerciseAttempts[0].tests[0].status: must be one of passed, failed, timeout, not-run',
    ],
  ])('refuses a bad attempt field %j', (over, message) => {
    const a = make();
    recordAttempt(a, attempt());
    const doc = exportProgress(a, NOW) as unknown as { exerciseAttempts: Record<string, unknown>[] };
    Object.assign(doc.exerciseAttempts[0]!, over);
    expect(() => importProgress(make(), doc)).toThrow(new ImportError(message));
  });
});
