// The progress store: cards (question id -> FSRS state), the review log and settings, in one SQLite file.
// Every write is one transaction. A grade stores the state before and after, so undo restores exactly and a
// change of scheduler parameters can replay history. Each review carries a uid: a retried request with the same
// uid is recognised and not applied twice.

import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { QuestionId } from '../../core/model/index.js';
import { saneCard, type CardState, type Rating, type Scheduler } from '../../core/schedule/index.js';
import { DB_FILE } from './data-dir.js';
import { IdleCheckpoint } from './idle-checkpoint.js';
import { openDatabase, type OpenOptions } from './open-db.js';

export interface ReviewInput {
  questionId: QuestionId;
  rating: Rating;
  durationMs?: number;
  keyPointsChecked?: number[];
  /** The answer the user typed before revealing (schema 6); stored with the review, shown next time (typed-answers.ts). */
  typedAnswer?: string;
  /** Idempotency key; generated when absent. */
  uid?: string;
}

export interface ReviewRecord {
  id: number;
  uid: string;
  questionId: QuestionId;
  rating: Rating;
  reviewedAt: number;
  durationMs: number | null;
  keyPointsChecked: number[];
  before: CardState | null;
  after: CardState;
  undone: boolean;
}

export interface CardRow {
  question_id: string;
  state: CardState['state'];
  due: number;
  stability: number;
  difficulty: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  last_review: number | null;
  created_at: number;
}

interface LogRow {
  id: number;
  uid: string;
  question_id: string;
  rating: number;
  reviewed_at: number;
  duration_ms: number | null;
  key_points_checked: string;
  state_before: string | null;
  state_after: string;
  undone: number;
}

/** A stored card, forced into the valid ranges (card-rules.ts) so a damaged row cannot break scheduling. */
export const rowToCard = (r: CardRow): CardState =>
  saneCard({
    due: r.due,
    stability: r.stability,
    difficulty: r.difficulty,
    scheduledDays: r.scheduled_days,
    learningSteps: r.learning_steps,
    reps: r.reps,
    lapses: r.lapses,
    state: r.state,
    lastReview: r.last_review,
  });

export const rowToReview = (r: LogRow): ReviewRecord => ({
  id: r.id,
  uid: r.uid,
  questionId: r.question_id as QuestionId,
  rating: r.rating as Rating,
  reviewedAt: r.reviewed_at,
  durationMs: r.duration_ms,
  keyPointsChecked: JSON.parse(r.key_points_checked) as number[],
  before: r.state_before ? (JSON.parse(r.state_before) as CardState) : null,
  after: JSON.parse(r.state_after) as CardState,
  undone: r.undone === 1,
});

const HOUR = 3_600_000;

const isFirstStudy = (before: CardState | null) => before === null || before.state === 'new';

/** Rebuilds review_hours from the log (after an import, which inserts log rows in bulk). */
export function rebuildReviewHours(store: ProgressStore): void {
  store.db.exec(`DELETE FROM review_hours;
    INSERT INTO review_hours (hour, reviews, new_cards)
    SELECT reviewed_at / ${HOUR}, count(*), sum(state_before IS NULL OR json_extract(state_before, '$.state') = 'new') FROM review_log WHERE undone = 0 GROUP BY reviewed_at / ${HOUR};`);
}

export class ProgressStore {
  readonly db: Database.Database;
  readonly file: string;
  private readonly stmts;
  private gradeTx?: Database.Transaction<
    (input: ReviewInput, scheduler: Scheduler, now: number) => { review: ReviewRecord; duplicate: boolean }
  >;
  /** All cards, kept in memory and refreshed when any connection (another tab's request, the CLI) commits. */
  private cache: Map<QuestionId, CardState> | null = null;
  private cacheVersion = -1;
  /**
   * Bumped whenever the in-memory cards are reloaded or dropped (not on this connection's own grade or undo,
   * which patch them in place): a caller's derived index is stale when the generation it saw has changed.
   */
  generation = 0;
  /** Moves the WAL into the database file when writes pause, so a grade's request never pays for it. */
  private readonly checkpoints: IdleCheckpoint;

  constructor(file: string, opts: OpenOptions = {}) {
    this.file = file;
    this.db = openDatabase(file, opts);
    this.checkpoints = new IdleCheckpoint(this.db);
    this.stmts = {
      card: this.db.prepare<[string], CardRow>('SELECT * FROM cards WHERE question_id = ?'),
      allCards: this.db.prepare<[], CardRow>('SELECT * FROM cards'),
      upsertCard: this.db.prepare(
        `INSERT INTO cards (question_id, state, due, stability, difficulty, scheduled_days, learning_steps, reps, lapses, last_review, created_at)
         VALUES (@question_id, @state, @due, @stability, @difficulty, @scheduled_days, @learning_steps, @reps, @lapses, @last_review, @created_at)
         ON CONFLICT(question_id) DO UPDATE SET state = excluded.state, due = excluded.due, stability = excluded.stability,
           difficulty = excluded.difficulty, scheduled_days = excluded.scheduled_days, learning_steps = excluded.learning_steps,
           reps = excluded.reps, lapses = excluded.lapses, last_review = excluded.last_review`,
      ),
      deleteCard: this.db.prepare('DELETE FROM cards WHERE question_id = ?'),
      logByUid: this.db.prepare<[string], LogRow>('SELECT * FROM review_log WHERE uid = ?'),
      insertLog: this.db.prepare(
        `INSERT INTO review_log (uid, question_id, rating, reviewed_at, duration_ms, key_points_checked, state_before, state_after, undone, typed_answer)
         VALUES (@uid, @question_id, @rating, @reviewed_at, @duration_ms, @key_points_checked, @state_before, @state_after, @undone, @typed_answer)`,
      ),
      // The user's own latest grade: imported rows are someone else's history, never the target of an undo.
      lastLog: this.db.prepare<[], LogRow>('SELECT * FROM review_log WHERE undone = 0 AND imported = 0 ORDER BY id DESC LIMIT 1'),
      markUndone: this.db.prepare('UPDATE review_log SET undone = 1 WHERE id = ?'),
      bumpHour: this.db.prepare(
        `INSERT INTO review_hours (hour, reviews, new_cards) VALUES (?, ?, ?)
         ON CONFLICT(hour) DO UPDATE SET reviews = reviews + excluded.reviews, new_cards = new_cards + excluded.new_cards`,
      ),
      setting: this.db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?'),
      allSettings: this.db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings ORDER BY key'),
      reviewDays: this.db.prepare<[number, number], { day: number; count: number }>(
        `SELECT (hour * ${HOUR} + CAST(? AS INTEGER)) / 86400000 AS day, sum(reviews) AS count FROM review_hours
         WHERE hour >= CAST(? AS INTEGER) / ${HOUR} GROUP BY day HAVING sum(reviews) > 0`,
      ),
      newSince: this.db.prepare<[number], { n: number | null }>(
        `SELECT sum(new_cards) AS n FROM review_hours WHERE hour >= CAST(? AS INTEGER) / ${HOUR}`,
      ),
      putSetting: this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'),
    };
  }

  /** The prepared statements, reused by every call (preparing one costs more than running these small queries). */
  get statements() {
    return this.stmts;
  }

  static inDir(dir: string, opts: OpenOptions = {}): ProgressStore {
    return new ProgressStore(path.join(dir, DB_FILE), opts);
  }

  close(): void {
    this.checkpoints.stop();
    this.db.close();
  }

  getCard(id: QuestionId): CardState | null {
    const row = this.stmts.card.get(id);
    return row ? rowToCard(row) : null;
  }

  /**
   * Every card. Served from memory; `PRAGMA data_version` changes whenever another connection commits, and our
   * own writes invalidate explicitly, so the map is never stale. The returned map must not be mutated.
   */
  getCards(): ReadonlyMap<QuestionId, CardState> {
    const version = this.db.pragma('data_version', { simple: true }) as number;
    if (!this.cache || version !== this.cacheVersion) {
      this.cache = new Map(this.stmts.allCards.all().map((r) => [r.question_id as QuestionId, rowToCard(r)]));
      this.cacheVersion = version;
      this.generation++;
    }
    return this.cache;
  }

  /** Drop the in-memory cards after a write through this connection (data_version only counts other connections). */
  invalidate(): void {
    this.cache = null;
    this.generation++;
  }

  private writeCard(id: QuestionId, card: CardState, createdAt: number): void {
    this.cache?.set(id, card);
    this.stmts.upsertCard.run({
      question_id: id,
      state: card.state,
      due: card.due,
      stability: card.stability,
      difficulty: card.difficulty,
      scheduled_days: card.scheduledDays,
      learning_steps: card.learningSteps,
      reps: card.reps,
      lapses: card.lapses,
      last_review: card.lastReview,
      created_at: createdAt,
    });
  }

  /**
   * Grades a question: reads its card (a new card when first studied), schedules it and writes the card and the
   * log row in one IMMEDIATE transaction, so two concurrent graders serialize instead of losing an update.
   * Returns the stored review; with a uid seen before, returns that earlier review unchanged.
   */
  grade(input: ReviewInput, scheduler: Scheduler, now: number): { review: ReviewRecord; duplicate: boolean } {
    // Made once: a transaction wrapper per grade is garbage on the hot path (issue 16's p99).
    const tx = (this.gradeTx ??= this.db.transaction((input: ReviewInput, scheduler: Scheduler, now: number) => {
      if (input.uid) {
        const prior = this.stmts.logByUid.get(input.uid);
        if (prior) return { review: rowToReview(prior), duplicate: true };
      }
      const before = this.getCard(input.questionId);
      const after = scheduler.grade(before ?? scheduler.newCard(now), now, input.rating);
      this.writeCard(input.questionId, after, now);
      const uid = input.uid ?? randomUUID();
      this.stmts.insertLog.run({
        uid,
        question_id: input.questionId,
        rating: input.rating,
        reviewed_at: now,
        duration_ms: input.durationMs ?? null,
        key_points_checked: JSON.stringify(input.keyPointsChecked ?? []),
        state_before: before ? JSON.stringify(before) : null,
        state_after: JSON.stringify(after),
        undone: 0,
        typed_answer: input.typedAnswer ?? null,
      });
      // A card stored in state `new` (added to review before it was ever studied) is still a first study.
      this.stmts.bumpHour.run(Math.floor(now / HOUR), 1, isFirstStudy(before) ? 1 : 0);
      return { review: rowToReview(this.stmts.logByUid.get(uid)!), duplicate: false };
    }));
    try {
      const result = tx.immediate(input, scheduler, now);
      this.checkpoints.schedule();
      return { review: result.review, duplicate: result.duplicate };
    } catch (err) {
      this.invalidate(); // the rolled-back transaction may have touched the in-memory cards
      throw err;
    }
  }

  /** Undoes the most recent review that is not yet undone: restores the card's previous state. */
  undoLast(): ReviewRecord | null {
    const run = this.db.transaction(() => {
      const row = this.stmts.lastLog.get();
      if (!row) return null;
      const review = rowToReview(row);
      // Never put an older state over a newer one: when the card has moved on since this grade (an import
      // brought a later review), there is nothing of the user's to take back.
      const current = this.stmts.card.get(review.questionId);
      if (current && (current.last_review ?? 0) > review.reviewedAt) return null;
      if (review.before) this.writeCard(review.questionId, review.before, review.reviewedAt);
      else {
        this.stmts.deleteCard.run(review.questionId);
        this.cache?.delete(review.questionId);
      }
      this.stmts.markUndone.run(review.id);
      this.stmts.bumpHour.run(Math.floor(review.reviewedAt / HOUR), -1, isFirstStudy(review.before) ? -1 : 0);
      return { ...review, undone: true };
    });
    try {
      const undone = run.immediate();
      this.checkpoints.schedule();
      return undone;
    } catch (err) {
      this.invalidate();
      throw err;
    }
  }

  /**
   * Replaces one card's state outside a review (e.g. "Add to review now" making it due), or deletes it with
   * null, in one IMMEDIATE transaction. Writes no review-log row: the card's history is unchanged.
   */
  putCard(id: QuestionId, card: CardState | null, now: number): void {
    const run = this.db.transaction(() => {
      if (card) this.writeCard(id, card, now);
      else {
        this.stmts.deleteCard.run(id);
        this.cache?.delete(id);
      }
    });
    try {
      run.immediate();
      this.checkpoints.schedule();
    } catch (err) {
      this.invalidate();
      throw err;
    }
  }

  getSetting<T>(key: string): T | undefined {
    const row = this.stmts.setting.get(key);
    return row ? (JSON.parse(row.value) as T) : undefined;
  }

  setSetting(key: string, value: unknown): void {
    this.db.transaction(() => this.stmts.putSetting.run(key, JSON.stringify(value))).immediate();
    this.checkpoints.schedule();
  }

  allSettings(): Record<string, unknown> {
    const rows = this.stmts.allSettings.all();
    return Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  }

  reviews(opts: { since?: number; includeUndone?: boolean } = {}): ReviewRecord[] {
    const rows = this.db
      .prepare<[number, number], LogRow>('SELECT * FROM review_log WHERE reviewed_at >= ? AND (undone = 0 OR ?) ORDER BY id')
      .all(opts.since ?? 0, opts.includeUndone ? 1 : 0);
    return rows.map(rowToReview);
  }
}

/**
 * Reviews per local day since a time, from the hourly counters. `tzOffsetMs` is local time minus UTC; zones with
 * a half-hour offset are attributed at whole-hour resolution.
 */
export function reviewDayCounts(store: ProgressStore, since: number, tzOffsetMs: number): { day: number; count: number }[] {
  return store.statements.reviewDays.all(tzOffsetMs, since);
}

/** Questions studied for the first time since a time (whole hours). */
export function countNewSince(store: ProgressStore, since: number): number {
  return store.statements.newSince.get(since)?.n ?? 0;
}

/** Moves cards and history recorded under an old id (an alias) to the question's current id. */
export function carryAliases(store: ProgressStore, renames: readonly { from: string; to: string }[]): number {
  const has = store.db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM cards WHERE question_id = ?');
  const moveCard = store.db.prepare('UPDATE cards SET question_id = ? WHERE question_id = ?');
  const moveLog = store.db.prepare('UPDATE review_log SET question_id = ? WHERE question_id = ?');
  let moved = 0;
  store.db
    .transaction(() => {
      for (const { from, to } of renames) {
        if (has.get(from)!.n === 0 || has.get(to)!.n > 0) continue;
        moveCard.run(to, from);
        moveLog.run(to, from);
        moved++;
      }
    })
    .immediate();
  store.invalidate();
  return moved;
}

/** History (cards and review counts) for the given question ids, e.g. the orphans among all carded ids. */
export function historyOf(
  store: ProgressStore,
  ids: readonly string[],
): { questionId: string; reviews: number; lastReview: number | null }[] {
  const stmt = store.db.prepare<[string], { questionId: string; reviews: number; lastReview: number | null }>(
    `SELECT c.question_id AS questionId, (SELECT count(*) FROM review_log r WHERE r.question_id = c.question_id AND r.undone = 0) AS reviews,
            c.last_review AS lastReview FROM cards c WHERE c.question_id = ?`,
  );
  return [...ids].sort().flatMap((id) => stmt.all(id));
}
