// The card-marks part of the progress document (format version 4): each marked question's flag, suspension,
// bury end and leech mark, validated field by field (naming the path on error, like progress-io.ts) and merged
// on import: a question's marks are taken from the file when the database has none for it or older ones (by
// updatedAt). The undo log of card actions is local history and is not exported, as undo of grades is not.

import { cardFieldError } from '../../core/schedule/index.js';
import { readMarkRows, type MarksRow } from './card-marks-store.js';
import { ImportError } from './progress-io-errors.js';
import type { ProgressStore } from './progress-store.js';

export interface ExportedMarks {
  questionId: string;
  flagged: boolean;
  suspended: boolean;
  buriedUntil: number | null;
  leech: boolean;
  leechAt: number | null;
  updatedAt: number;
}

export interface CardMarksSection {
  cardMarks: ExportedMarks[];
}

function fail(path: string, message: string): never {
  throw new ImportError(`${path}: ${message}`);
}

const bool = (v: unknown, path: string): boolean => {
  if (typeof v !== 'boolean') fail(path, 'must be true or false');
  return v;
};

function time(v: unknown, path: string, nullable: boolean): number | null {
  if (v === null && nullable) return null;
  if (typeof v !== 'number' || !Number.isSafeInteger(v)) fail(path, `must be a whole number${nullable ? ' or null' : ''}`);
  const error = cardFieldError('reviewedAt', v);
  if (error) fail(path, error);
  return v;
}

export function exportCardMarks(store: ProgressStore): CardMarksSection {
  return {
    cardMarks: readMarkRows(store).map((r) => ({
      questionId: r.question_id,
      flagged: r.flagged === 1,
      suspended: r.suspended === 1,
      buriedUntil: r.buried_until,
      leech: r.leech === 1,
      leechAt: r.leech_at,
      updatedAt: r.updated_at,
    })),
  };
}

/** Validates the section of a document (absent before version 4: no marks). */
export function parseCardMarksSection(d: Record<string, unknown>): CardMarksSection {
  const list = d.cardMarks ?? [];
  if (!Array.isArray(list)) fail('cardMarks', 'must be an array');
  const seen = new Set<string>();
  return {
    cardMarks: list.map((v: unknown, i): ExportedMarks => {
      const p = `cardMarks[${i}]`;
      if (!v || typeof v !== 'object' || Array.isArray(v)) fail(p, 'must be an object');
      const o = v as Record<string, unknown>;
      if (typeof o.questionId !== 'string' || o.questionId === '' || o.questionId.length > 200)
        fail(`${p}.questionId`, 'must be a non-empty string of at most 200 characters');
      if (seen.has(o.questionId)) fail(`${p}.questionId`, `"${o.questionId}" appears twice`);
      seen.add(o.questionId);
      return {
        questionId: o.questionId,
        flagged: bool(o.flagged, `${p}.flagged`),
        suspended: bool(o.suspended, `${p}.suspended`),
        buriedUntil: time(o.buriedUntil, `${p}.buriedUntil`, true),
        leech: bool(o.leech, `${p}.leech`),
        leechAt: time(o.leechAt, `${p}.leechAt`, true),
        updatedAt: time(o.updatedAt, `${p}.updatedAt`, false)!,
      };
    }),
  };
}

/** Merges inside the caller's transaction; returns how many questions' marks were added or replaced. */
export function importCardMarks(store: ProgressStore, section: CardMarksSection): number {
  const local = store.db.prepare<[string], Pick<MarksRow, 'updated_at'>>('SELECT updated_at FROM card_marks WHERE question_id = ?');
  const put = store.db.prepare(
    `INSERT OR REPLACE INTO card_marks (question_id, flagged, suspended, buried_until, leech, leech_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  let changed = 0;
  for (const m of section.cardMarks) {
    const mine = local.get(m.questionId);
    if (mine && mine.updated_at >= m.updatedAt) continue;
    put.run(m.questionId, m.flagged ? 1 : 0, m.suspended ? 1 : 0, m.buriedUntil, m.leech ? 1 : 0, m.leechAt, m.updatedAt);
    changed++;
  }
  return changed;
}
