// The user's own words in the progress database (schema version 6): the answers typed in review, which live on
// their review-log row (progress-store.ts writes them with the grade), and one markdown note per question.
// Reads return plain objects; every write is one IMMEDIATE transaction. Export/import: own-words-io.ts.

import type { ProgressStore } from './progress-store.js';

/** One earlier typed answer to a question: when, the grade it got, and the text. */
export interface TypedAnswer {
  uid: string;
  reviewedAt: number;
  rating: number;
  text: string;
}

export interface QuestionNote {
  questionId: string;
  markdown: string;
  updatedAt: number;
}

/**
 * The answers typed for a question, newest first: reviews that were undone are left out (the grade was taken
 * back; the review page puts the text back in its box for the retry), as are reviews without text.
 */
export function typedAnswers(store: ProgressStore, questionId: string, limit = 50): TypedAnswer[] {
  return store.db
    .prepare<[string, number], TypedAnswer>(
      `SELECT uid, reviewed_at AS reviewedAt, rating, typed_answer AS text FROM review_log
       WHERE question_id = ? AND undone = 0 AND typed_answer IS NOT NULL ORDER BY reviewed_at DESC, id DESC LIMIT ?`,
    )
    .all(questionId, limit);
}

/** Every stored typed answer keyed by its review's uid, in log order: what the export carries. */
export function allTypedAnswers(store: ProgressStore): { uid: string; text: string }[] {
  return store.db
    .prepare<[], { uid: string; text: string }>(
      'SELECT uid, typed_answer AS text FROM review_log WHERE typed_answer IS NOT NULL ORDER BY id',
    )
    .all();
}

export function getNote(store: ProgressStore, questionId: string): QuestionNote | null {
  const row = store.db
    .prepare<[string], QuestionNote>(
      'SELECT question_id AS questionId, markdown, updated_at AS updatedAt FROM question_notes WHERE question_id = ?',
    )
    .get(questionId);
  return row ?? null;
}

/** Stores a note; an empty (or blank) note deletes it, so "clear the box" is how a note is removed. */
export function putNote(store: ProgressStore, questionId: string, markdown: string, now: number): QuestionNote | null {
  const write = store.db.transaction((): QuestionNote | null => {
    if (markdown.trim() === '') {
      store.db.prepare('DELETE FROM question_notes WHERE question_id = ?').run(questionId);
      return null;
    }
    store.db
      .prepare(
        `INSERT INTO question_notes (question_id, markdown, updated_at) VALUES (?, ?, ?)
         ON CONFLICT(question_id) DO UPDATE SET markdown = excluded.markdown, updated_at = excluded.updated_at`,
      )
      .run(questionId, markdown, now);
    return { questionId, markdown, updatedAt: now };
  });
  const note = write.immediate();
  noteWritten(store);
  return note;
}

/**
 * Moves notes stored under an old id (an alias, after a question was renamed) to the question's current id; a
 * question that already has a note under its current id keeps it (the alias's note stays, orphaned, not lost).
 */
export function carryNoteAliases(store: ProgressStore, renames: readonly { from: string; to: string }[]): number {
  const move = store.db.prepare(
    'UPDATE question_notes SET question_id = ? WHERE question_id = ? AND NOT EXISTS (SELECT 1 FROM question_notes WHERE question_id = ?)',
  );
  let moved = 0;
  store.db.transaction(() => renames.forEach(({ from, to }) => (moved += move.run(to, from, to).changes))).immediate();
  if (moved > 0) noteWritten(store);
  return moved;
}

/** Every note, by question id. */
export function listNotes(store: ProgressStore): QuestionNote[] {
  return store.db
    .prepare<[], QuestionNote>(
      'SELECT question_id AS questionId, markdown, updated_at AS updatedAt FROM question_notes ORDER BY question_id',
    )
    .all();
}

/** Note writes through each store's own connection (PRAGMA data_version only counts other connections' commits). */
const localWrites = new WeakMap<ProgressStore, number>();

/** Call after writing notes through `store` (putNote and the import do). */
export function noteWritten(store: ProgressStore): void {
  localWrites.set(store, (localWrites.get(store) ?? 0) + 1);
}

/**
 * Changes whenever a note may have changed: a write through this connection, or any commit by another one (the
 * CLI, another server). The note search rebuilds its small index when it differs.
 */
export function notesRevision(store: ProgressStore): string {
  return `${store.db.pragma('data_version', { simple: true }) as number}:${localWrites.get(store) ?? 0}`;
}
