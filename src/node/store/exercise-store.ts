// Coding-exercise attempts and drafts in the progress database (migration "coding exercises"). Every write is one
// transaction; reads return plain objects. An exercise is attempted once it has any attempt and solved once a
// hidden-test run passed. Export/import carries both tables (progress-io.ts).

import { randomUUID } from 'node:crypto';
import type { ProgressStore } from './progress-store.js';

export interface AttemptTest {
  name: string;
  status: 'passed' | 'failed' | 'timeout' | 'not-run';
  message: string | null;
  ms: number;
}

export interface ExerciseAttempt {
  uid: string;
  exerciseId: string;
  suite: 'visible' | 'hidden';
  createdAt: number;
  code: string;
  passed: number;
  total: number;
  ok: boolean;
  tests: AttemptTest[];
}

export interface ExerciseDraft {
  exerciseId: string;
  code: string;
  savedAt: number;
}

export interface ExerciseStatus {
  attempts: number;
  solved: boolean;
  lastAttemptAt: number | null;
}

interface AttemptRow {
  uid: string;
  exercise_id: string;
  suite: 'visible' | 'hidden';
  created_at: number;
  code: string;
  passed: number;
  total: number;
  ok: number;
  results: string;
}

const toAttempt = (r: AttemptRow): ExerciseAttempt => ({
  uid: r.uid,
  exerciseId: r.exercise_id,
  suite: r.suite,
  createdAt: r.created_at,
  code: r.code,
  passed: r.passed,
  total: r.total,
  ok: r.ok === 1,
  tests: JSON.parse(r.results) as AttemptTest[],
});

export function recordAttempt(store: ProgressStore, a: Omit<ExerciseAttempt, 'uid'> & { uid?: string }): ExerciseAttempt {
  const attempt = { ...a, uid: a.uid ?? randomUUID() };
  store.db
    .transaction(() => {
      insertAttempt(store, attempt);
    })
    .immediate();
  return attempt;
}

/** Inserts unless the uid is already there; returns whether it was added. Call inside a transaction. */
export function insertAttempt(store: ProgressStore, a: ExerciseAttempt): boolean {
  return (
    store.db
      .prepare(
        `INSERT OR IGNORE INTO exercise_attempts (uid, exercise_id, suite, created_at, code, passed, total, ok, results)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(a.uid, a.exerciseId, a.suite, a.createdAt, a.code, a.passed, a.total, a.ok ? 1 : 0, JSON.stringify(a.tests)).changes > 0
  );
}

/** Attempts, newest first; of one exercise, or of all when `exerciseId` is omitted. */
export function listAttempts(store: ProgressStore, exerciseId?: string): ExerciseAttempt[] {
  const rows =
    exerciseId === undefined
      ? store.db.prepare<[], AttemptRow>('SELECT * FROM exercise_attempts ORDER BY created_at DESC, uid').all()
      : store.db
          .prepare<[string], AttemptRow>('SELECT * FROM exercise_attempts WHERE exercise_id = ? ORDER BY created_at DESC, uid')
          .all(exerciseId);
  return rows.map(toAttempt);
}

export function exerciseStatuses(store: ProgressStore): Map<string, ExerciseStatus> {
  const rows = store.db
    .prepare<[], { exercise_id: string; n: number; solved: number; last: number }>(
      `SELECT exercise_id, count(*) AS n, max(CASE WHEN suite = 'hidden' AND ok = 1 THEN 1 ELSE 0 END) AS solved, max(created_at) AS last
       FROM exercise_attempts GROUP BY exercise_id`,
    )
    .all();
  return new Map(rows.map((r) => [r.exercise_id, { attempts: r.n, solved: r.solved === 1, lastAttemptAt: r.last }]));
}

export function saveDraft(store: ProgressStore, d: ExerciseDraft): void {
  store.db
    .transaction(() => {
      putDraft(store, d, false);
    })
    .immediate();
}

/** Writes a draft; with `onlyIfNewer`, keeps a local draft saved at the same time or later (import). */
export function putDraft(store: ProgressStore, d: ExerciseDraft, onlyIfNewer: boolean): boolean {
  const sql = `INSERT INTO exercise_drafts (exercise_id, code, saved_at) VALUES (?, ?, ?)
     ON CONFLICT(exercise_id) DO UPDATE SET code = excluded.code, saved_at = excluded.saved_at
     ${onlyIfNewer ? 'WHERE excluded.saved_at > exercise_drafts.saved_at' : ''}`;
  return store.db.prepare(sql).run(d.exerciseId, d.code, d.savedAt).changes > 0;
}

export function getDraft(store: ProgressStore, exerciseId: string): ExerciseDraft | null {
  const r = store.db
    .prepare<[string], { exercise_id: string; code: string; saved_at: number }>('SELECT * FROM exercise_drafts WHERE exercise_id = ?')
    .get(exerciseId);
  return r ? { exerciseId: r.exercise_id, code: r.code, savedAt: r.saved_at } : null;
}

export function listDrafts(store: ProgressStore): ExerciseDraft[] {
  return store.db
    .prepare<[], { exercise_id: string; code: string; saved_at: number }>('SELECT * FROM exercise_drafts ORDER BY exercise_id')
    .all()
    .map((r) => ({ exerciseId: r.exercise_id, code: r.code, savedAt: r.saved_at }));
}
