// The own-words part of the progress document (format version 4): typed answers and personal notes, validated
// field by field (naming the path on error, like progress-io.ts) and merged on import.
//   typedAnswers:  [{ uid, text }] in log order. A typed answer belongs to the review with that uid, which must be
//                  in the same document's reviewLog; on import it fills the row's text only when it has none, so
//                  re-importing never overwrites and a local review keeps what was typed there.
//   questionNotes: [{ questionId, markdown, updatedAt }] by question id; an imported note replaces the local one
//                  only when it was saved later (the same rule as exercise drafts).
// Both sections are absent from files of versions 1-3, which import with none.

import { ImportError } from './progress-io-errors.js';
import { allTypedAnswers, listNotes, noteWritten, type QuestionNote } from './own-words-store.js';
import type { ProgressStore } from './progress-store.js';

/** Limits shared with the API (own-words-service.ts), so anything the app stored exports and imports again. */
export const MAX_TYPED_ANSWER_CHARS = 20_000;
export const MAX_NOTE_CHARS = 20_000;

export interface OwnWordsSection {
  typedAnswers: { uid: string; text: string }[];
  questionNotes: QuestionNote[];
}

function fail(path: string, message: string): never {
  throw new ImportError(`${path}: ${message}`);
}
const text = (v: unknown, path: string, max: number): string => {
  if (typeof v !== 'string' || v.length > max) fail(path, `must be a string of at most ${max} characters`);
  return v;
};
const nonEmpty = (v: unknown, path: string): string => {
  const s = text(v, path, 200);
  if (s === '') fail(path, 'must be a non-empty string');
  return s;
};
/** Epoch milliseconds between 1970 and 2200. */
const time = (v: unknown, path: string): number => {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0 || v > 7_258_118_400_000)
    fail(path, 'must be a time in whole epoch milliseconds between 1970 and 2200');
  return v;
};
const object = (v: unknown, path: string): Record<string, unknown> => {
  if (!v || typeof v !== 'object' || Array.isArray(v)) fail(path, 'must be an object');
  return v as Record<string, unknown>;
};

export function exportOwnWords(store: ProgressStore): OwnWordsSection {
  return { typedAnswers: allTypedAnswers(store), questionNotes: listNotes(store) };
}

/**
 * Validates the section of a document. `reviewUids` are the uids of the document's own reviewLog: a typed answer
 * must name one of them (a file with a typed answer for a review it does not carry is damaged).
 */
export function parseOwnWordsSection(d: Record<string, unknown>, reviewUids: ReadonlySet<string>): OwnWordsSection {
  const answers = d.typedAnswers ?? [];
  if (!Array.isArray(answers)) fail('typedAnswers', 'must be an array');
  const seen = new Set<string>();
  const typedAnswers = answers.map((a: unknown, i) => {
    const p = `typedAnswers[${i}]`;
    const o = object(a, p);
    const uid = nonEmpty(o.uid, `${p}.uid`);
    if (!reviewUids.has(uid)) fail(`${p}.uid`, `"${uid}" is not the uid of any review in reviewLog`);
    if (seen.has(uid)) fail(`${p}.uid`, `"${uid}" has a typed answer earlier in the list already`);
    seen.add(uid);
    const t = text(o.text, `${p}.text`, MAX_TYPED_ANSWER_CHARS);
    if (t.trim() === '') fail(`${p}.text`, 'must not be empty (a review without a typed answer is simply not listed)');
    return { uid, text: t };
  });
  const notes = d.questionNotes ?? [];
  if (!Array.isArray(notes)) fail('questionNotes', 'must be an array');
  const ids = new Set<string>();
  const questionNotes = notes.map((n: unknown, i): QuestionNote => {
    const p = `questionNotes[${i}]`;
    const o = object(n, p);
    const questionId = nonEmpty(o.questionId, `${p}.questionId`);
    if (ids.has(questionId)) fail(`${p}.questionId`, `"${questionId}" has a note earlier in the list already`);
    ids.add(questionId);
    const markdown = text(o.markdown, `${p}.markdown`, MAX_NOTE_CHARS);
    if (markdown.trim() === '') fail(`${p}.markdown`, 'must not be empty (a question without a note is simply not listed)');
    return { questionId, markdown, updatedAt: time(o.updatedAt, `${p}.updatedAt`) };
  });
  return { typedAnswers, questionNotes };
}

/** Merges inside the caller's transaction, after the review log; returns how many answers and notes it wrote. */
export function importOwnWords(store: ProgressStore, section: OwnWordsSection): { typedAnswersAdded: number; notesUpdated: number } {
  const fill = store.db.prepare('UPDATE review_log SET typed_answer = ? WHERE uid = ? AND typed_answer IS NULL');
  const note = store.db.prepare(
    `INSERT INTO question_notes (question_id, markdown, updated_at) VALUES (?, ?, ?)
     ON CONFLICT(question_id) DO UPDATE SET markdown = excluded.markdown, updated_at = excluded.updated_at
     WHERE excluded.updated_at > question_notes.updated_at`,
  );
  let typedAnswersAdded = 0;
  let notesUpdated = 0;
  for (const a of section.typedAnswers) typedAnswersAdded += fill.run(a.text, a.uid).changes;
  for (const n of section.questionNotes) notesUpdated += note.run(n.questionId, n.markdown, n.updatedAt).changes;
  if (notesUpdated > 0) noteWritten(store);
  return { typedAnswersAdded, notesUpdated };
}
