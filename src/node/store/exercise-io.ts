// The exercise part of the progress document (format version 3): attempts and drafts, validated field by field
// (naming the path on error, like progress-io.ts) and merged on import: an attempt is skipped when its uid is
// already present, a draft replaces the local one only when it was saved later.

import { ImportError } from './progress-io-errors.js';
import {
  insertAttempt,
  listAttempts,
  listDrafts,
  putDraft,
  type AttemptTest,
  type ExerciseAttempt,
  type ExerciseDraft,
} from './exercise-store.js';
import type { ProgressStore } from './progress-store.js';

const STATUSES = ['passed', 'failed', 'timeout', 'not-run'];
const MAX_CODE_CHARS = 256 * 1024;

function fail(path: string, message: string): never {
  throw new ImportError(`${path}: ${message}`);
}
const str = (v: unknown, path: string, max = 10_000): string => {
  if (typeof v !== 'string' || v.length > max) fail(path, `must be a string of at most ${max} characters`);
  return v;
};
const id = (v: unknown, path: string): string => {
  const s = str(v, path, 200);
  if (!s) fail(path, 'must be a non-empty string');
  return s;
};
const int = (v: unknown, path: string, min = 0): number => {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) fail(path, `must be a whole number >= ${min}`);
  return v;
};
/** Epoch milliseconds between 1970 and 2200. */
const time = (v: unknown, path: string): number => {
  const t = int(v, path);
  if (t > 7_258_118_400_000) fail(path, 'must be a time in epoch milliseconds before 2200');
  return t;
};

function checkAttempt(v: unknown, p: string): ExerciseAttempt {
  if (!v || typeof v !== 'object') fail(p, 'must be an object');
  const o = v as Record<string, unknown>;
  if (o.suite !== 'visible' && o.suite !== 'hidden') fail(`${p}.suite`, 'must be "visible" or "hidden"');
  if (typeof o.ok !== 'boolean') fail(`${p}.ok`, 'must be true or false');
  if (!Array.isArray(o.tests)) fail(`${p}.tests`, 'must be an array');
  const tests = o.tests.map((t: unknown, i): AttemptTest => {
    const q = `${p}.tests[${i}]`;
    const x = (t ?? {}) as Record<string, unknown>;
    if (!STATUSES.includes(x.status as string)) fail(`${q}.status`, `must be one of ${STATUSES.join(', ')}`);
    if (x.message !== null && typeof x.message !== 'string') fail(`${q}.message`, 'must be a string or null');
    if (typeof x.ms !== 'number' || !Number.isFinite(x.ms) || x.ms < 0) fail(`${q}.ms`, 'must be a number >= 0');
    return { name: id(x.name, `${q}.name`), status: x.status as AttemptTest['status'], message: x.message as string | null, ms: x.ms };
  });
  return {
    uid: id(o.uid, `${p}.uid`),
    exerciseId: id(o.exerciseId, `${p}.exerciseId`),
    suite: o.suite,
    createdAt: time(o.createdAt, `${p}.createdAt`),
    code: str(o.code, `${p}.code`, MAX_CODE_CHARS),
    passed: int(o.passed, `${p}.passed`),
    total: int(o.total, `${p}.total`),
    ok: o.ok,
    tests,
  };
}

function checkDraft(v: unknown, p: string): ExerciseDraft {
  if (!v || typeof v !== 'object') fail(p, 'must be an object');
  const o = v as Record<string, unknown>;
  return {
    exerciseId: id(o.exerciseId, `${p}.exerciseId`),
    code: str(o.code, `${p}.code`, MAX_CODE_CHARS),
    savedAt: time(o.savedAt, `${p}.savedAt`),
  };
}

export interface ExerciseSection {
  exerciseAttempts: ExerciseAttempt[];
  exerciseDrafts: ExerciseDraft[];
}

/** Attempts oldest first (a stable order for a lossless round trip), drafts by exercise id. */
export function exportExercises(store: ProgressStore): ExerciseSection {
  return { exerciseAttempts: listAttempts(store).reverse(), exerciseDrafts: listDrafts(store) };
}

/** Validates the section of a document (absent in versions 1 and 2). */
export function parseExerciseSection(d: Record<string, unknown>): ExerciseSection {
  const attempts = d.exerciseAttempts ?? [];
  if (!Array.isArray(attempts)) fail('exerciseAttempts', 'must be an array');
  const drafts = d.exerciseDrafts ?? [];
  if (!Array.isArray(drafts)) fail('exerciseDrafts', 'must be an array');
  return {
    exerciseAttempts: attempts.map((a: unknown, i) => checkAttempt(a, `exerciseAttempts[${i}]`)),
    exerciseDrafts: drafts.map((a: unknown, i) => checkDraft(a, `exerciseDrafts[${i}]`)),
  };
}

/** Merges inside the caller's transaction; returns how many attempts and drafts were added or replaced. */
export function importExercises(store: ProgressStore, section: ExerciseSection): { attemptsAdded: number; draftsUpdated: number } {
  let attemptsAdded = 0;
  let draftsUpdated = 0;
  for (const a of section.exerciseAttempts) if (insertAttempt(store, a)) attemptsAdded++;
  for (const d of section.exerciseDrafts) if (putDraft(store, d, true)) draftsUpdated++;
  return { attemptsAdded, draftsUpdated };
}
