// The exercise section of the progress document: every field of an attempt and a draft checked with its path in
// the message, the limits at their edges, an absent section read as empty, and the merge on import (an attempt
// once per uid, a draft only when saved later), with export giving back attempts oldest first.

import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExerciseAttempt, ExerciseDraft } from './exercise-store.js';
import { exportExercises, importExercises, parseExerciseSection } from './exercise-io.js';
import { ImportError } from './progress-io-errors.js';
import { ProgressStore } from './progress-store.js';

const T = Date.UTC(2026, 0, 5, 9);
const attempt = (over: Partial<ExerciseAttempt> = {}): ExerciseAttempt => ({
  uid: 'u1',
  exerciseId: '01-gradient-step',
  suite: 'visible',
  createdAt: T,
  code: 'def f():\n    return 1\n',
  passed: 1,
  total: 2,
  ok: false,
  tests: [
    { name: 'test_one', status: 'passed', message: null, ms: 3 },
    { name: 'test_two', status: 'failed', message: 'assert 1 == 2', ms: 0 },
  ],
  ...over,
});
const draft = (over: Partial<ExerciseDraft> = {}): ExerciseDraft => ({
  exerciseId: '01-gradient-step',
  code: 'x = 1',
  savedAt: T,
  ...over,
});

const open: ProgressStore[] = [];
const make = () => {
  const s = ProgressStore.inDir(mkdtempSync(path.join(os.tmpdir(), 'mlprep-exercise-io-')));
  open.push(s);
  return s;
};
afterEach(() => {
  for (const s of open.splice(0)) if (s.db.open) s.close();
});

function refusal(d: Record<string, unknown>): string {
  try {
    parseExerciseSection(d);
  } catch (err) {
    expect(err).toBeInstanceOf(ImportError);
    return (err as Error).message;
  }
  throw new Error('accepted');
}
const badAttempt = (over: Record<string, unknown>) => refusal({ exerciseAttempts: [{ ...attempt(), ...over }] });
const badTest = (over: Record<string, unknown>) =>
  refusal({ exerciseAttempts: [{ ...attempt(), tests: [{ name: 't', status: 'passed', message: null, ms: 1, ...over }] }] });

describe('parseExerciseSection', () => {
  it('reads an absent section as empty and keeps valid entries as they are', () => {
    expect(parseExerciseSection({})).toEqual({ exerciseAttempts: [], exerciseDrafts: [] });
    const a = attempt({ suite: 'hidden', ok: true, tests: [{ name: 'n', status: 'not-run', message: null, ms: 0 }] });
    expect(parseExerciseSection({ exerciseAttempts: [a], exerciseDrafts: [draft()] })).toEqual({
      exerciseAttempts: [a],
      exerciseDrafts: [draft()],
    });
    for (const status of ['passed', 'failed', 'timeout', 'not-run'] as const)
      expect(parseExerciseSection({ exerciseAttempts: [attempt({ tests: [{ name: 'n', status, message: 'm', ms: 0.5 }] })] })).toBeTruthy();
  });

  it('names the path and the rule of each bad attempt field', () => {
    expect(refusal({ exerciseAttempts: {} })).toBe('exerciseAttempts: must be an array');
    expect(refusal({ exerciseDrafts: 'x' })).toBe('exerciseDrafts: must be an array');
    expect(refusal({ exerciseAttempts: [null] })).toBe('exerciseAttempts[0]: must be an object');
    expect(refusal({ exerciseAttempts: [attempt(), 3] })).toBe('exerciseAttempts[1]: must be an object');
    expect(badAttempt({ suite: 'all' })).toBe('exerciseAttempts[0].suite: must be "visible" or "hidden"');
    expect(badAttempt({ ok: 'yes' })).toBe('exerciseAttempts[0].ok: must be true or false');
    expect(badAttempt({ tests: {} })).toBe('exerciseAttempts[0].tests: must be an array');
    expect(badAttempt({ uid: '' })).toBe('exerciseAttempts[0].uid: must be a non-empty string');
    expect(badAttempt({ uid: 'u'.repeat(201) })).toBe('exerciseAttempts[0].uid: must be a string of at most 200 characters');
    expect(badAttempt({ exerciseId: 5 })).toBe('exerciseAttempts[0].exerciseId: must be a string of at most 200 characters');
    expect(badAttempt({ createdAt: -1 })).toBe('exerciseAttempts[0].createdAt: must be a whole number >= 0');
    expect(badAttempt({ createdAt: 1.5 })).toBe('exerciseAttempts[0].createdAt: must be a whole number >= 0');
    expect(badAttempt({ createdAt: 7_258_118_400_001 })).toBe(
      'exerciseAttempts[0].createdAt: must be a time in epoch milliseconds before 2200',
    );
    expect(badAttempt({ code: 'c'.repeat(256 * 1024 + 1) })).toBe(
      'exerciseAttempts[0].code: must be a string of at most 262144 characters',
    );
    expect(badAttempt({ passed: -1 })).toBe('exerciseAttempts[0].passed: must be a whole number >= 0');
    expect(badAttempt({ total: '2' })).toBe('exerciseAttempts[0].total: must be a whole number >= 0');
  });

  it('accepts the limits themselves', () => {
    const edge = attempt({ uid: 'u'.repeat(200), createdAt: 7_258_118_400_000, code: 'c'.repeat(256 * 1024), passed: 0, total: 0 });
    expect(parseExerciseSection({ exerciseAttempts: [edge] }).exerciseAttempts[0]).toEqual(edge);
    expect(parseExerciseSection({ exerciseDrafts: [draft({ savedAt: 0, code: '' })] }).exerciseDrafts[0]).toEqual(
      draft({ savedAt: 0, code: '' }),
    );
  });

  it('names the path and the rule of each bad test result', () => {
    expect(badTest({ status: 'ok' })).toBe('exerciseAttempts[0].tests[0].status: must be one of passed, failed, timeout, not-run');
    expect(badTest({ message: 3 })).toBe('exerciseAttempts[0].tests[0].message: must be a string or null');
    expect(badTest({ ms: -0.1 })).toBe('exerciseAttempts[0].tests[0].ms: must be a number >= 0');
    expect(badTest({ ms: Infinity })).toBe('exerciseAttempts[0].tests[0].ms: must be a number >= 0');
    expect(badTest({ ms: '1' })).toBe('exerciseAttempts[0].tests[0].ms: must be a number >= 0');
    expect(badTest({ name: '' })).toBe('exerciseAttempts[0].tests[0].name: must be a non-empty string');
    expect(refusal({ exerciseAttempts: [{ ...attempt(), tests: [null] }] })).toBe(
      'exerciseAttempts[0].tests[0].status: must be one of passed, failed, timeout, not-run',
    );
  });

  it('names the path and the rule of each bad draft field', () => {
    expect(refusal({ exerciseDrafts: [null] })).toBe('exerciseDrafts[0]: must be an object');
    expect(refusal({ exerciseDrafts: [draft({ exerciseId: '' })] })).toBe('exerciseDrafts[0].exerciseId: must be a non-empty string');
    expect(refusal({ exerciseDrafts: [{ ...draft(), code: null }] })).toBe(
      'exerciseDrafts[0].code: must be a string of at most 262144 characters',
    );
    expect(refusal({ exerciseDrafts: [draft({ savedAt: 7_258_118_400_001 })] })).toBe(
      'exerciseDrafts[0].savedAt: must be a time in epoch milliseconds before 2200',
    );
  });
});

describe('importExercises', () => {
  it('adds each attempt once by uid and a draft only when saved later, and exports attempts oldest first', () => {
    const s = make();
    const first = attempt({ uid: 'a', createdAt: T });
    const second = attempt({ uid: 'b', createdAt: T + 1000, ok: true, passed: 2 });
    expect(importExercises(s, { exerciseAttempts: [second, first], exerciseDrafts: [draft()] })).toEqual({
      attemptsAdded: 2,
      draftsUpdated: 1,
    });
    expect(
      importExercises(s, {
        exerciseAttempts: [first, attempt({ uid: 'c', createdAt: T + 500 })],
        exerciseDrafts: [draft({ code: 'older', savedAt: T - 1 }), draft({ exerciseId: 'other', code: 'new' })],
      }),
    ).toEqual({ attemptsAdded: 1, draftsUpdated: 1 });
    expect(importExercises(s, { exerciseAttempts: [], exerciseDrafts: [draft({ code: 'same time', savedAt: T })] }).draftsUpdated).toBe(0);
    expect(importExercises(s, { exerciseAttempts: [], exerciseDrafts: [draft({ code: 'later', savedAt: T + 1 })] }).draftsUpdated).toBe(1);
    const out = exportExercises(s);
    expect(out.exerciseAttempts.map((a) => a.uid)).toEqual(['a', 'c', 'b']);
    expect(out.exerciseAttempts[2]).toEqual(second);
    expect(out.exerciseDrafts).toEqual([draft({ code: 'later', savedAt: T + 1 }), draft({ exerciseId: 'other', code: 'new' })]);
  });
});
