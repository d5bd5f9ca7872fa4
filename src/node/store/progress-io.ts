// Lossless export and idempotent import of progress as one versioned JSON document.
// Import validates every field first (naming the field path on error) and then merges in one transaction:
// review-log rows are keyed by uid (present rows are skipped), a card is taken from the file only when the local
// database has none or has an older last review, and settings from the file fill keys the database lacks.
// Export -> import into an empty database -> export gives the same document.

import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { QuestionId } from '../../core/model/index.js';
import { cardFieldError, type CardState } from '../../core/schedule/index.js';
import { settingError } from '../../core/progress/index.js';
import { listMocks, tickedItems, type MockRecord } from './extras-store.js';
import { exportCardMarks, importCardMarks, parseCardMarksSection, type CardMarksSection } from './card-marks-io.js';
import { exportExercises, importExercises, parseExerciseSection, type ExerciseSection } from './exercise-io.js';
import { exportOwnWords, importOwnWords, parseOwnWordsSection, type OwnWordsSection } from './own-words-io.js';
import { noteWritten } from './own-words-store.js';
import { checkPlanRecord, insertImportedPlans, listPlans, type InterviewPlan } from './plan-store.js';
import { ImportError } from './progress-io-errors.js';
import { rebuildReviewHours, rowToCard, type CardRow, type ProgressStore, type ReviewRecord } from './progress-store.js';

export const PROGRESS_FORMAT = 'mlprep-progress';
/**
 * 1: cards, review log, settings. 2: adds checklist ticks and mock interviews. 3: adds interview plans, and
 * exercise attempts and drafts (exercise-io.ts). 4: adds typed answers and personal notes (own-words-io.ts), and
 * card marks: flags, suspensions, buries, leeches (card-marks-io.ts). Older files still import.
 */
export const PROGRESS_VERSION = 4;

export interface ExportedCard extends CardState {
  questionId: string;
  createdAt: number;
}

/** A review-log row as exported: the store's record without its local row id, with plain string ids. */
export type ExportedReview = Omit<ReviewRecord, 'id' | 'questionId' | 'rating'> & { questionId: string; rating: number };

export interface ProgressDocument extends ExerciseSection, OwnWordsSection, CardMarksSection {
  format: typeof PROGRESS_FORMAT;
  version: number;
  exportedAt: string;
  cards: ExportedCard[];
  reviewLog: ExportedReview[];
  settings: Record<string, unknown>;
  checklistTicks: { itemId: string; tickedAt: number }[];
  mocks: MockRecord[];
  interviewPlans: InterviewPlan[];
}

export { ImportError };

export function exportProgress(store: ProgressStore, now: number): ProgressDocument {
  // Read through rowToCard, so a damaged row exports in range and the file always imports again.
  const cards = store.db
    .prepare<[], CardRow>('SELECT * FROM cards ORDER BY question_id')
    .all()
    .map((r) => ({ questionId: r.question_id as string, ...rowToCard(r), createdAt: r.created_at }));
  const reviewLog = store.reviews({ includeUndone: true }).map((r) => ({
    uid: r.uid,
    questionId: r.questionId,
    rating: r.rating,
    reviewedAt: r.reviewedAt,
    durationMs: r.durationMs,
    keyPointsChecked: r.keyPointsChecked,
    before: r.before,
    after: r.after,
    undone: r.undone,
  }));
  const checklistTicks = [...tickedItems(store)]
    .map(([itemId, tickedAt]) => ({ itemId, tickedAt }))
    .sort((a, b) => a.itemId.localeCompare(b.itemId));
  return {
    format: PROGRESS_FORMAT,
    version: PROGRESS_VERSION,
    exportedAt: new Date(now).toISOString(),
    cards,
    reviewLog,
    settings: store.allSettings(),
    checklistTicks,
    mocks: listMocks(store),
    interviewPlans: listPlans(store),
    ...exportExercises(store),
    ...exportOwnWords(store),
    ...exportCardMarks(store),
  };
}

const STATES = ['new', 'learning', 'review', 'relearning'];

function fail(path: string, message: string): never {
  throw new ImportError(`${path}: ${message}`);
}

function num(v: unknown, path: string, nullable = false): number | null {
  if (v === null && nullable) return null;
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(path, `must be a number${nullable ? ' or null' : ''}`);
  return v;
}

/** Times (epoch ms) and counts are stored as SQLite integers: a fractional one is a malformed file, not a 500. */
function int(v: unknown, path: string, nullable = false): number | null {
  const n = num(v, path, nullable);
  if (n !== null && !Number.isSafeInteger(n)) fail(path, 'must be a whole number');
  return n;
}

function checkCardState(v: unknown, path: string): CardState {
  if (!v || typeof v !== 'object') fail(path, 'must be an object with the FSRS card fields');
  const o = v as Record<string, unknown>;
  if (!STATES.includes(o.state as string)) fail(`${path}.state`, `must be one of ${STATES.join(', ')}`);
  const card: CardState = {
    due: int(o.due, `${path}.due`)!,
    stability: num(o.stability, `${path}.stability`)!,
    difficulty: num(o.difficulty, `${path}.difficulty`)!,
    scheduledDays: num(o.scheduledDays, `${path}.scheduledDays`)!,
    learningSteps: int(o.learningSteps, `${path}.learningSteps`)!,
    reps: int(o.reps, `${path}.reps`)!,
    lapses: int(o.lapses, `${path}.lapses`)!,
    state: o.state as CardState['state'],
    lastReview: int(o.lastReview, `${path}.lastReview`, true),
  };
  // The same ranges the scheduler works in: a value outside them would break every later review of the card.
  for (const [field, value] of Object.entries(card)) {
    if (field === 'state') continue;
    const error = cardFieldError(field as keyof CardState, value as number | null);
    if (error) fail(`${path}.${field}`, error);
  }
  return card;
}

/** A time field (epoch ms) inside the range every Date can hold. */
function time(v: unknown, path: string, nullable = false): number | null {
  const t = int(v, path, nullable);
  if (t !== null) {
    const error = cardFieldError('reviewedAt', t);
    if (error) fail(path, error);
  }
  return t;
}

function checkMock(m: unknown, path: string): MockRecord {
  if (!m || typeof m !== 'object') fail(path, 'must be an object');
  const o = m as Record<string, unknown>;
  if (typeof o.id !== 'string' || o.id === '') fail(`${path}.id`, 'must be a non-empty string');
  if (!o.config || typeof o.config !== 'object') fail(`${path}.config`, 'must be an object');
  if (!Array.isArray(o.questionIds) || !o.questionIds.every((q) => typeof q === 'string'))
    fail(`${path}.questionIds`, 'must be an array of question ids');
  if (!Array.isArray(o.answers)) fail(`${path}.answers`, 'must be an array');
  const answers = o.answers.map((a: unknown, j) => {
    const p = `${path}.answers[${j}]`;
    const x = (a ?? {}) as Record<string, unknown>;
    if (typeof x.questionId !== 'string') fail(`${p}.questionId`, 'must be a string');
    if (typeof x.notes !== 'string') fail(`${p}.notes`, 'must be a string');
    if (!Array.isArray(x.keyPointsChecked) || !x.keyPointsChecked.every((k) => Number.isInteger(k)))
      fail(`${p}.keyPointsChecked`, 'must be an array of integers');
    return {
      index: int(x.index, `${p}.index`)!,
      questionId: x.questionId,
      answeredAt: time(x.answeredAt, `${p}.answeredAt`)!,
      durationMs: int(x.durationMs, `${p}.durationMs`)!,
      notes: x.notes,
      keyPointsChecked: x.keyPointsChecked as number[],
      keyPointsTotal: int(x.keyPointsTotal, `${p}.keyPointsTotal`)!,
    };
  });
  return {
    id: o.id,
    createdAt: time(o.createdAt, `${path}.createdAt`)!,
    config: o.config as MockRecord['config'],
    questionIds: o.questionIds as string[],
    finishedAt: time(o.finishedAt, `${path}.finishedAt`, true),
    answers,
  };
}

/** Validates an unknown value as a progress document; throws ImportError naming the first bad field. */
export function parseProgressDocument(data: unknown): ProgressDocument {
  if (!data || typeof data !== 'object' || Array.isArray(data)) fail('(root)', 'must be a JSON object exported by mlprep');
  const d = data as Record<string, unknown>;
  if (d.format !== PROGRESS_FORMAT) fail('format', `must be "${PROGRESS_FORMAT}"; this is not an mlprep progress export`);
  if (typeof d.version !== 'number' || !Number.isInteger(d.version) || d.version < 1) fail('version', 'must be a positive integer');
  if (d.version > PROGRESS_VERSION) fail('version', `is ${d.version}, newer than this mlprep reads (${PROGRESS_VERSION}); upgrade mlprep`);
  if (!Array.isArray(d.cards)) fail('cards', 'must be an array');
  if (!Array.isArray(d.reviewLog)) fail('reviewLog', 'must be an array');
  if (!d.settings || typeof d.settings !== 'object' || Array.isArray(d.settings)) fail('settings', 'must be an object');
  for (const [key, value] of Object.entries(d.settings as Record<string, unknown>)) {
    const error = settingError(key, value);
    if (error) fail(`settings.${key}`, error);
  }
  const cards = d.cards.map((c: unknown, i): ExportedCard => {
    const o = (c ?? {}) as Record<string, unknown>;
    if (typeof o.questionId !== 'string' || o.questionId === '') fail(`cards[${i}].questionId`, 'must be a non-empty string');
    return { ...checkCardState(c, `cards[${i}]`), questionId: o.questionId, createdAt: time(o.createdAt, `cards[${i}].createdAt`)! };
  });
  const reviewLog = d.reviewLog.map((r: unknown, i): ExportedReview => {
    const p = `reviewLog[${i}]`;
    const o = (r ?? {}) as Record<string, unknown>;
    if (typeof o.uid !== 'string' || o.uid === '') fail(`${p}.uid`, 'must be a non-empty string');
    if (typeof o.questionId !== 'string' || o.questionId === '') fail(`${p}.questionId`, 'must be a non-empty string');
    const rating = num(o.rating, `${p}.rating`)!;
    if (![1, 2, 3, 4].includes(rating)) fail(`${p}.rating`, 'must be 1, 2, 3 or 4');
    if (!Array.isArray(o.keyPointsChecked) || !o.keyPointsChecked.every((k) => Number.isInteger(k)))
      fail(`${p}.keyPointsChecked`, 'must be an array of integers');
    if (typeof o.undone !== 'boolean') fail(`${p}.undone`, 'must be true or false');
    return {
      uid: o.uid,
      questionId: o.questionId,
      rating,
      reviewedAt: time(o.reviewedAt, `${p}.reviewedAt`)!,
      durationMs: int(o.durationMs, `${p}.durationMs`, true),
      keyPointsChecked: o.keyPointsChecked as number[],
      before: o.before === null ? null : checkCardState(o.before, `${p}.before`),
      after: checkCardState(o.after, `${p}.after`),
      undone: o.undone,
    };
  });
  const ticks = d.checklistTicks ?? [];
  if (!Array.isArray(ticks)) fail('checklistTicks', 'must be an array');
  const checklistTicks = ticks.map((t: unknown, i) => {
    const o = (t ?? {}) as Record<string, unknown>;
    if (typeof o.itemId !== 'string' || o.itemId === '') fail(`checklistTicks[${i}].itemId`, 'must be a non-empty string');
    return { itemId: o.itemId, tickedAt: time(o.tickedAt, `checklistTicks[${i}].tickedAt`)! };
  });
  const mockList = d.mocks ?? [];
  if (!Array.isArray(mockList)) fail('mocks', 'must be an array');
  const mocks = mockList.map((m: unknown, i) => checkMock(m, `mocks[${i}]`));
  const planList = d.interviewPlans ?? [];
  if (!Array.isArray(planList)) fail('interviewPlans', 'must be an array');
  const interviewPlans = planList.map((p: unknown, i) => checkPlanRecord(p, `interviewPlans[${i}]`, fail));
  return {
    format: PROGRESS_FORMAT,
    version: d.version,
    exportedAt: String(d.exportedAt ?? ''),
    cards,
    reviewLog,
    settings: d.settings as Record<string, unknown>,
    checklistTicks,
    mocks,
    interviewPlans,
    ...parseExerciseSection(d),
    ...parseOwnWordsSection(d, new Set(reviewLog.map((r) => r.uid))),
    ...parseCardMarksSection(d),
  };
}

export interface ImportSummary {
  cardsAdded: number;
  cardsUpdated: number;
  reviewsAdded: number;
  reviewsSkipped: number;
  settingsAdded: number;
  ticksAdded: number;
  mocksAdded: number;
  plansAdded: number;
  exerciseAttemptsAdded: number;
  exerciseDraftsUpdated: number;
  typedAnswersAdded: number;
  notesUpdated: number;
  cardMarksUpdated: number;
}

export function importProgress(store: ProgressStore, data: unknown): ImportSummary {
  const doc = parseProgressDocument(data);
  const db = store.db;
  const summary: ImportSummary = {
    cardsAdded: 0,
    cardsUpdated: 0,
    reviewsAdded: 0,
    reviewsSkipped: 0,
    settingsAdded: 0,
    ticksAdded: 0,
    mocksAdded: 0,
    plansAdded: 0,
    exerciseAttemptsAdded: 0,
    exerciseDraftsUpdated: 0,
    typedAnswersAdded: 0,
    notesUpdated: 0,
    cardMarksUpdated: 0,
  };
  const insertLog = db.prepare(
    `INSERT OR IGNORE INTO review_log (uid, question_id, rating, reviewed_at, duration_ms, key_points_checked, state_before, state_after, undone, imported)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  );
  const getCard = db.prepare<[string], { last_review: number | null }>('SELECT last_review FROM cards WHERE question_id = ?');
  const putCard = db.prepare(
    `INSERT OR REPLACE INTO cards (question_id, state, due, stability, difficulty, scheduled_days, learning_steps, reps, lapses, last_review, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const hasSetting = db.prepare<[string], { key: string }>('SELECT key FROM settings WHERE key = ?');
  const putSetting = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
  db.transaction(() => {
    for (const r of doc.reviewLog) {
      const info = insertLog.run(
        r.uid,
        r.questionId,
        r.rating,
        r.reviewedAt,
        r.durationMs,
        JSON.stringify(r.keyPointsChecked),
        r.before ? JSON.stringify(r.before) : null,
        JSON.stringify(r.after),
        r.undone ? 1 : 0,
      );
      if (info.changes > 0) summary.reviewsAdded++;
      else summary.reviewsSkipped++;
    }
    for (const c of doc.cards) {
      const local = getCard.get(c.questionId);
      if (local && (local.last_review ?? 0) >= (c.lastReview ?? 0)) continue;
      putCard.run(
        c.questionId as QuestionId,
        c.state,
        c.due,
        c.stability,
        c.difficulty,
        c.scheduledDays,
        c.learningSteps,
        c.reps,
        c.lapses,
        c.lastReview,
        c.createdAt,
      );
      if (local) summary.cardsUpdated++;
      else summary.cardsAdded++;
    }
    for (const [key, value] of Object.entries(doc.settings)) {
      if (hasSetting.get(key)) continue;
      putSetting.run(key, JSON.stringify(value));
      summary.settingsAdded++;
    }
    const tick = db.prepare('INSERT OR IGNORE INTO checklist_ticks (item_id, ticked_at) VALUES (?, ?)');
    for (const t of doc.checklistTicks) summary.ticksAdded += tick.run(t.itemId, t.tickedAt).changes;
    const mock = db.prepare('INSERT OR IGNORE INTO mocks (id, created_at, config, question_ids, finished_at) VALUES (?, ?, ?, ?, ?)');
    const answer = db.prepare(
      'INSERT OR IGNORE INTO mock_answers (mock_id, idx, question_id, answered_at, duration_ms, notes, key_points_checked, key_points_total) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const m of doc.mocks) {
      const added = mock.run(m.id, m.createdAt, JSON.stringify(m.config), JSON.stringify(m.questionIds), m.finishedAt).changes;
      summary.mocksAdded += added;
      for (const a of m.answers)
        answer.run(m.id, a.index, a.questionId, a.answeredAt, a.durationMs, a.notes, JSON.stringify(a.keyPointsChecked), a.keyPointsTotal);
    }
    summary.plansAdded = insertImportedPlans(store, doc.interviewPlans);
    const ex = importExercises(store, doc);
    summary.exerciseAttemptsAdded = ex.attemptsAdded;
    summary.exerciseDraftsUpdated = ex.draftsUpdated;
    const words = importOwnWords(store, doc);
    summary.typedAnswersAdded = words.typedAnswersAdded;
    summary.notesUpdated = words.notesUpdated;
    summary.cardMarksUpdated = importCardMarks(store, doc);
    if (summary.reviewsAdded > 0) rebuildReviewHours(store);
  }).immediate();
  store.invalidate();
  return summary;
}

/** Reset backups kept next to the database: the newest few, so repeated resets cannot fill the disk. */
export const KEEP_RESET_BACKUPS = 3;

/** Writes a backup copy of the database, then deletes all progress. Returns the backup's path. */
export async function resetProgress(store: ProgressStore, now: number): Promise<string> {
  const backup = `${store.file}.reset-backup-${new Date(now).toISOString().replace(/[:.]/g, '-')}`;
  await store.db.backup(backup);
  store.db
    .transaction(() => {
      store.db.exec(
        'DELETE FROM review_log; DELETE FROM review_hours; DELETE FROM cards; DELETE FROM settings; DELETE FROM mock_answers; DELETE FROM mocks; DELETE FROM checklist_ticks; DELETE FROM interview_plans; DELETE FROM exercise_attempts; DELETE FROM exercise_drafts; DELETE FROM question_notes; DELETE FROM card_marks; DELETE FROM card_actions;',
      );
    })
    .immediate();
  store.invalidate();
  noteWritten(store);
  await pruneResetBackups(store.file, KEEP_RESET_BACKUPS);
  return backup;
}

/** Deletes all but the `keep` newest reset backups of `file` (their names sort by time). */
export async function pruneResetBackups(file: string, keep: number): Promise<string[]> {
  const dir = path.dirname(file);
  const prefix = `${path.basename(file)}.reset-backup-`;
  const backups = (await readdir(dir)).filter((f) => f.startsWith(prefix)).sort();
  const old = backups.slice(0, Math.max(0, backups.length - keep));
  await Promise.all(old.map((f) => rm(path.join(dir, f), { force: true })));
  return old;
}
