// Card marks in SQLite (migration 7): flags, suspensions, buries and leech marks, and the log of card actions
// that undo walks back. Every action writes the marks and its log row, with each card's prior marks and FSRS row,
// in one IMMEDIATE transaction, so undo restores exactly what the action changed. A question whose marks are all
// cleared has no row. The action names are the bulk-action API's (routes-cards.ts).

import type { QuestionId } from '../../core/model/index.js';
import { buryUntil, NO_MARKS, type CardMarks } from '../../core/schedule/index.js';
import type { CardRow, ProgressStore } from './progress-store.js';

export const CARD_ACTIONS = ['flag', 'unflag', 'suspend', 'unsuspend', 'bury', 'unbury', 'reset'] as const;
export type CardAction = (typeof CARD_ACTIONS)[number];

export interface MarksRow {
  question_id: string;
  flagged: number;
  suspended: number;
  buried_until: number | null;
  leech: number;
  leech_at: number | null;
  updated_at: number;
}

export const rowToMarks = (r: MarksRow): CardMarks => ({
  flagged: r.flagged === 1,
  suspended: r.suspended === 1,
  buriedUntil: r.buried_until,
  leech: r.leech === 1,
  leechAt: r.leech_at,
});

/** What one card looked like before an action: its marks row and (for a reset) its FSRS row. */
interface Prior {
  questionId: string;
  marks: MarksRow | null;
  card: CardRow | null;
}

export interface ActionRecord {
  id: number;
  action: CardAction;
  createdAt: number;
  questionIds: string[];
}

/** The statements, prepared once per connection: a bulk action over 1,000 cards runs them 1,000 times. */
const prepared = new WeakMap<ProgressStore['db'], ReturnType<typeof prepare>>();
function prepare(db: ProgressStore['db']) {
  return {
    get: db.prepare<[string], MarksRow>('SELECT * FROM card_marks WHERE question_id = ?'),
    del: db.prepare('DELETE FROM card_marks WHERE question_id = ?'),
    upsert: db.prepare(
      `INSERT INTO card_marks (question_id, flagged, suspended, buried_until, leech, leech_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(question_id) DO UPDATE SET flagged = excluded.flagged, suspended = excluded.suspended,
         buried_until = excluded.buried_until, leech = excluded.leech, leech_at = excluded.leech_at, updated_at = excluded.updated_at`,
    ),
    cardRow: db.prepare<[string], CardRow>('SELECT * FROM cards WHERE question_id = ?'),
    deleteCard: db.prepare('DELETE FROM cards WHERE question_id = ?'),
  };
}
const stmts = (store: ProgressStore) => {
  let s = prepared.get(store.db);
  if (!s) prepared.set(store.db, (s = prepare(store.db)));
  return s;
};

export function readMarks(store: ProgressStore): Map<QuestionId, CardMarks> {
  const rows = store.db.prepare<[], MarksRow>('SELECT * FROM card_marks').all();
  return new Map(rows.map((r) => [r.question_id as QuestionId, rowToMarks(r)]));
}

export function readMarkRows(store: ProgressStore): MarksRow[] {
  return store.db.prepare<[], MarksRow>('SELECT * FROM card_marks ORDER BY question_id').all();
}

/** Writes a question's marks, deleting the row when nothing is marked any more. */
export function putMarks(store: ProgressStore, id: string, m: CardMarks, now: number): void {
  if (!m.flagged && !m.suspended && m.buriedUntil === null && !m.leech) {
    stmts(store).del.run(id);
    return;
  }
  stmts(store).upsert.run(id, m.flagged ? 1 : 0, m.suspended ? 1 : 0, m.buriedUntil, m.leech ? 1 : 0, m.leechAt, now);
}

function marksOf(store: ProgressStore, id: string): MarksRow | null {
  return stmts(store).get.get(id) ?? null;
}

/** The marks an action gives a card. `reset` forgets the leech mark with the lapses it counted. */
function nextMarks(m: CardMarks, action: CardAction, now: number, tzOffsetMs: number): CardMarks {
  switch (action) {
    case 'flag':
      return { ...m, flagged: true };
    case 'unflag':
      return { ...m, flagged: false };
    case 'suspend':
      return { ...m, suspended: true };
    case 'unsuspend':
      // Unsuspending a leech keeps its mark (it is still a card you keep failing) but lets it be studied again.
      return { ...m, suspended: false };
    case 'bury':
      return { ...m, buriedUntil: buryUntil(now, tzOffsetMs) };
    case 'unbury':
      return { ...m, buriedUntil: null };
    case 'reset':
      return { ...m, leech: false, leechAt: null };
  }
}

/** Applies one action to the given questions in one transaction and logs it for undo. Returns the log record. */
export function applyCardAction(
  store: ProgressStore,
  action: CardAction,
  ids: readonly string[],
  now: number,
  tzOffsetMs: number,
): ActionRecord {
  const { cardRow, deleteCard } = stmts(store);
  const run = store.db.transaction(() => {
    const prior: Prior[] = [];
    for (const id of ids) {
      const row = marksOf(store, id);
      const card = action === 'reset' ? (cardRow.get(id) ?? null) : null;
      prior.push({ questionId: id, marks: row, card });
      putMarks(store, id, nextMarks(row ? rowToMarks(row) : NO_MARKS, action, now, tzOffsetMs), now);
      // Reset to new: the FSRS state goes, the review history stays (as Anki's "Forget" keeps the revlog).
      if (card) deleteCard.run(id);
    }
    const info = store.db
      .prepare('INSERT INTO card_actions (action, created_at, before) VALUES (?, ?, ?)')
      .run(action, now, JSON.stringify(prior));
    return { id: Number(info.lastInsertRowid), action, createdAt: now, questionIds: [...ids] };
  });
  try {
    return run.immediate();
  } finally {
    if (action === 'reset') store.invalidate();
  }
}

/** The newest card action not yet undone, or null. */
export function lastCardAction(store: ProgressStore): { id: number; createdAt: number } | null {
  return (
    store.db
      .prepare<[], { id: number; createdAt: number }>(
        'SELECT id, created_at AS createdAt FROM card_actions WHERE undone = 0 ORDER BY id DESC LIMIT 1',
      )
      .get() ?? null
  );
}

/** The time of the newest grade made here and not undone (imported rows are never undone), or null. */
export function lastGradeTime(store: ProgressStore): number | null {
  const row = store.db
    .prepare<[], { t: number }>('SELECT reviewed_at AS t FROM review_log WHERE undone = 0 AND imported = 0 ORDER BY id DESC LIMIT 1')
    .get();
  return row?.t ?? null;
}

const INSERT_CARD = `INSERT OR REPLACE INTO cards (question_id, state, due, stability, difficulty, scheduled_days, learning_steps, reps, lapses, last_review, created_at)
  VALUES (@question_id, @state, @due, @stability, @difficulty, @scheduled_days, @learning_steps, @reps, @lapses, @last_review, @created_at)`;

/** Undoes the newest card action: puts back every card's prior marks (and FSRS row, for a reset). */
export function undoCardAction(store: ProgressStore): ActionRecord | null {
  const run = store.db.transaction((): ActionRecord | null => {
    const row = store.db
      .prepare<[], { id: number; action: CardAction; created_at: number; before: string }>(
        'SELECT id, action, created_at, before FROM card_actions WHERE undone = 0 ORDER BY id DESC LIMIT 1',
      )
      .get();
    if (!row) return null;
    const prior = JSON.parse(row.before) as Prior[];
    const putRow = store.db.prepare(
      `INSERT OR REPLACE INTO card_marks (question_id, flagged, suspended, buried_until, leech, leech_at, updated_at)
       VALUES (@question_id, @flagged, @suspended, @buried_until, @leech, @leech_at, @updated_at)`,
    );
    const currentCard = store.db.prepare<[string], { last_review: number | null }>('SELECT last_review FROM cards WHERE question_id = ?');
    for (const p of prior) {
      if (p.marks) putRow.run(p.marks);
      else store.db.prepare('DELETE FROM card_marks WHERE question_id = ?').run(p.questionId);
      // A card graded since the reset (an import brought a later review) keeps its newer state.
      const now = currentCard.get(p.questionId);
      if (p.card && (!now || (now.last_review ?? 0) <= row.created_at)) store.db.prepare(INSERT_CARD).run(p.card);
    }
    store.db.prepare('UPDATE card_actions SET undone = 1 WHERE id = ?').run(row.id);
    return { id: row.id, action: row.action, createdAt: row.created_at, questionIds: prior.map((p) => p.questionId) };
  });
  try {
    return run.immediate();
  } finally {
    store.invalidate();
  }
}

/** Marks a card as a leech and suspends it, as part of the grade at `at` that made it one. */
export function markLeech(store: ProgressStore, id: string, at: number): void {
  const row = marksOf(store, id);
  putMarks(store, id, { ...(row ? rowToMarks(row) : NO_MARKS), leech: true, leechAt: at, suspended: true }, at);
}

/** Undoing the grade at `reviewedAt` takes back the leech mark (and its suspension) that grade made. */
export function unmarkLeechFrom(store: ProgressStore, id: string, reviewedAt: number): boolean {
  const row = marksOf(store, id);
  if (!row || row.leech !== 1 || row.leech_at !== reviewedAt) return false;
  putMarks(store, id, { ...rowToMarks(row), leech: false, leechAt: null, suspended: false }, reviewedAt);
  return true;
}
