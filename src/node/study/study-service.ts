// The study engine behind the review API and the CLI: scopes, the review queue, grading with key-point
// self-grading, undo, settings, the dashboard, orphaned history and progress portability. It joins the catalog
// (what questions exist) with the progress store (what the user did). The clock is injected.

import type { ReviewCardInfo, ReviewNext } from '../../core/api/types.js';
import type { QuestionId, StudyPlan } from '../../core/model/index.js';
import {
  catalogQuestions,
  computeDashboard,
  resolveScope,
  scopeUsesMarks,
  settingError,
  type CatalogQuestion,
  type CatalogTopic,
  type Dashboard,
} from '../../core/progress/index.js';
import {
  createScheduler,
  formatInterval,
  NEW_ORDERS,
  RATINGS,
  buildCardTable,
  seededRank,
  selectNextIndexed,
  setCard,
  type CardTable,
  suggestRating,
  checkRetention,
  type CardState,
  type NewOrder,
  type Rating,
  type Scheduler,
  DEFAULT_RETENTION,
  MIN_RETENTION,
  MAX_RETENTION,
  DEFAULT_LEECH_THRESHOLD,
  becomesLeech,
  hiddenIds,
  type CardMarks,
} from '../../core/schedule/index.js';
import { MAX_TYPED_ANSWER_CHARS } from '../store/own-words-io.js';
import {
  applyCardAction,
  lastCardAction,
  lastGradeTime,
  markLeech,
  readMarks,
  undoCardAction,
  unmarkLeechFrom,
  type ActionRecord,
} from '../store/card-marks-store.js';
import { checkCardAction, listCards, type CardListItem } from './card-service.js';
import { StudyInputError } from './study-errors.js';
import { exportProgress, importProgress, resetProgress, type ImportSummary, type ProgressDocument } from '../store/progress-io.js';
import {
  carryAliases,
  countNewSince,
  historyOf,
  reviewDayCounts,
  type ProgressStore,
  type ReviewInput,
  type ReviewRecord,
} from '../store/progress-store.js';
import type Database from 'better-sqlite3';

export interface StudySettings {
  retention: number;
  newLimit: number;
  newOrder: NewOrder;
  /** Lapses that make a card a leech (suspended and listed); 0 turns detection off. */
  leechThreshold: number;
}

export const DEFAULT_SETTINGS: StudySettings = {
  retention: DEFAULT_RETENTION,
  newLimit: 20,
  newOrder: 'path',
  leechThreshold: DEFAULT_LEECH_THRESHOLD,
};

/** What an undo took back: the newest of the last grade and the last card action (flag, suspend, bury, reset). */
export interface UndoResult {
  undone: ReviewRecord | null;
  undoneAction: ActionRecord | null;
}

export { StudyInputError };

/** An id that matches no question. Maps to HTTP 404. */
export class UnknownQuestionError extends Error {
  override name = 'UnknownQuestionError';
}

export type NextCard = ReviewNext<ReviewCardInfo & { questionId: QuestionId }>;

/** Today's planned order for a scope, from the interview planner (plan-service.ts); null when no plan drives it. */
export interface PlannedOrder {
  order: readonly QuestionId[];
  newIds: ReadonlySet<string>;
  counts: NextCard['counts'];
  plan: NonNullable<NextCard['plan']>;
  /** The plan's scope text, for the FSRS queue once today's plan is done. */
  scope: string;
}

export interface StudyServiceOptions {
  store: ProgressStore;
  topics: CatalogTopic[];
  plan: StudyPlan | null;
  now?: () => number;
  /** FSRS fuzz: on in the product, off in tests. */
  fuzz?: boolean;
  /** Local time minus UTC, ms; defaults to this machine's zone at the given instant. */
  tzOffsetMs?: (now: number) => number;
}

const localOffset = (now: number) => -new Date(now).getTimezoneOffset() * 60_000;

export class StudyService {
  readonly store: ProgressStore;
  readonly topics: CatalogTopic[];
  readonly plan: StudyPlan | null;
  readonly now: () => number;
  private readonly fuzz: boolean;
  private readonly tz: (now: number) => number;
  private readonly questions: Map<string, CatalogQuestion>;
  /** Catalog questions in topic order; a question's index here is its position in the card table. */
  private readonly ids: QuestionId[];
  private readonly positionOf: Map<string, number>;
  private table: CardTable | null = null;
  private tableGeneration = -1;
  private randomRank: { seed: number; rank: Float64Array } | null = null;
  readonly aliasesCarried: number;
  /** Resolved scopes by their text: the catalog never changes during the service's life. */
  private readonly scopes = new Map<string, ReturnType<typeof resolveScope> & { positions: Int32Array }>();
  private schedulerFor: { retention: number; scheduler: Scheduler } | null = null;
  /** Set by the plan service: serves a planned order for the active plan's scope (or the scope `plan`). */
  planner: { orderFor(scopeText: string | undefined): PlannedOrder | null } | null = null;
  /** Grades and undos made through this service: part of the plan forecast's cache key. */
  writes = 0;
  /** Card marks, reloaded when the store's generation moves (another connection wrote, an import) or we wrote. */
  private marksCache: { generation: number; marks: Map<QuestionId, CardMarks> } | null = null;
  /** The last "Add to review now" (in memory: undo is for the moment after the click, not across restarts). */
  private gradeTx?: Database.Transaction<
    (
      input: ReviewInput,
      scheduler: Scheduler,
      now: number,
      threshold: number,
    ) => { review: ReviewRecord; duplicate: boolean; leech: boolean }
  >;
  private lastAdded: { questionId: QuestionId; before: CardState | null; after: CardState } | null = null;
  /** History without a question, for the store generation it was computed at (the dashboard asks every time). */
  private orphanCache: { generation: number; list: { questionId: string; reviews: number; lastReview: number | null }[] } | null = null;

  constructor(opts: StudyServiceOptions) {
    this.store = opts.store;
    this.topics = opts.topics;
    this.plan = opts.plan;
    this.now = opts.now ?? Date.now;
    this.fuzz = opts.fuzz ?? true;
    this.tz = opts.tzOffsetMs ?? localOffset;
    const all = catalogQuestions(this.topics);
    this.questions = new Map(all.map((q) => [q.id as string, q]));
    this.ids = all.map((q) => q.id);
    this.positionOf = new Map(all.map((q, i) => [q.id as string, i]));
    for (const q of all) for (const a of q.aliases) if (!this.questions.has(a)) this.questions.set(a, q);
    this.aliasesCarried = carryAliases(
      this.store,
      all.flatMap((q) => q.aliases.map((a) => ({ from: a, to: q.id }))),
    );
  }

  /** The stored settings; a stored value that breaks its rule (an edited database) reads as the default. */
  settings(): StudySettings {
    const stored = this.store.allSettings();
    const pick = <K extends keyof StudySettings>(key: K): StudySettings[K] =>
      settingError(key, stored[key]) === null ? (stored[key] as StudySettings[K]) : DEFAULT_SETTINGS[key];
    return {
      retention: pick('retention'),
      newLimit: pick('newLimit'),
      newOrder: pick('newOrder'),
      leechThreshold: pick('leechThreshold'),
    };
  }

  updateSettings(patch: unknown): StudySettings {
    if (!patch || typeof patch !== 'object' || Array.isArray(patch))
      throw new StudyInputError('(body)', 'Send a JSON object with any of retention, newLimit, newOrder, leechThreshold.');
    const p = patch as Record<string, unknown>;
    const updates: [string, unknown][] = [];
    for (const key of Object.keys(p)) {
      const error = key === 'activePath' ? 'Set the active path with PUT /api/paths/active.' : settingError(key, p[key]);
      if (error) throw new StudyInputError(key, error);
      updates.push([key, p[key]]);
    }
    this.store.db.transaction(() => updates.forEach(([k, v]) => this.store.setSetting(k, v)))();
    return this.settings();
  }

  private scheduler(retention = this.settings().retention): Scheduler {
    if (this.schedulerFor?.retention !== retention)
      this.schedulerFor = { retention, scheduler: createScheduler({ retention: checkRetention(retention), fuzz: this.fuzz }) };
    return this.schedulerFor.scheduler;
  }

  tzOffset(now: number): number {
    return this.tz(now);
  }

  /** A review scope resolved against the catalog (throws ScopeError), with the catalog position of each question. */
  resolve(text: string | undefined): ReturnType<typeof resolveScope> & { positions: Int32Array } {
    return this.scope(text);
  }

  private scope(text: string | undefined): ReturnType<typeof resolveScope> & { positions: Int32Array } {
    const key = (text ?? '').trim() || 'all';
    // A scope that reads the marks (`flagged`) changes with them, so it is resolved afresh each time.
    const usesMarks = scopeUsesMarks(key);
    let scope = usesMarks ? undefined : this.scopes.get(key);
    if (!scope) {
      const flagged = usesMarks ? new Set([...this.marks()].filter(([, m]) => m.flagged).map(([id]) => id as string)) : undefined;
      const resolved = resolveScope(key, this.topics, this.plan, flagged ? { flagged } : {});
      scope = { ...resolved, positions: Int32Array.from(resolved.questionIds, (id) => this.positionOf.get(id)!) };
      if (this.scopes.size > 200) this.scopes.clear();
      if (!usesMarks) this.scopes.set(key, scope);
    }
    return scope;
  }

  /** The card table, rebuilt only when the store reloaded its cards (another connection wrote, or an import). */
  private cardTable(): CardTable {
    const cards = this.store.getCards();
    if (!this.table || this.tableGeneration !== this.store.generation) {
      this.table = buildCardTable(this.ids, cards);
      this.tableGeneration = this.store.generation;
    }
    return this.table;
  }

  /** Keep the table in step with this service's own writes (which do not bump the store's generation). */
  private patchTable(questionId: string, card: CardState | null): void {
    const position = this.positionOf.get(questionId);
    if (this.table && position !== undefined && this.tableGeneration === this.store.generation) setCard(this.table, position, card);
  }

  /** Every question's marks (flag, suspension, bury, leech); only marked questions are present. */
  marks(): ReadonlyMap<QuestionId, CardMarks> {
    this.store.getCards(); // moves the generation when another connection committed
    if (!this.marksCache || this.marksCache.generation !== this.store.generation)
      this.marksCache = { generation: this.store.generation, marks: readMarks(this.store) };
    return this.marksCache.marks;
  }

  private marksChanged(): void {
    this.marksCache = null;
    this.writes++;
  }

  private rankFor(seed: number): Float64Array {
    if (this.randomRank?.seed !== seed) this.randomRank = { seed, rank: Float64Array.from(this.ids, (id) => seededRank(id, seed)) };
    return this.randomRank.rank;
  }

  startOfToday(now: number): number {
    const tz = this.tz(now);
    return Math.floor((now + tz) / 86_400_000) * 86_400_000 - tz;
  }

  question(id: string): CatalogQuestion {
    const q = this.questions.get(id);
    if (!q) throw new UnknownQuestionError(`No question with id "${id}".`);
    return q;
  }

  next(scopeText?: string, exclude: readonly string[] = []): NextCard {
    const now = this.now();
    const planned = this.planner?.orderFor(scopeText);
    if (planned) {
      const skip = new Set(exclude);
      const id = planned.order.find((q) => !skip.has(q));
      if (id)
        return {
          ...this.cardFor(this.question(id), planned.newIds.has(id), this.scope(planned.scope).label, planned.counts, now),
          plan: planned.plan,
        };
      // Today's plan is done: more study of the scope follows plain FSRS order.
      return { ...this.queueNext(planned.scope, exclude, now), plan: planned.plan };
    }
    return this.queueNext(scopeText, exclude, now);
  }

  /** The next card in FSRS order (see core/schedule/queue.ts). */
  private queueNext(scopeText: string | undefined, exclude: readonly string[], now: number): NextCard {
    const scope = this.scope(scopeText);
    const settings = this.settings();
    const newLimit = settings.newLimit - countNewSince(this.store, this.startOfToday(now));
    const seed = Math.floor(now / 86_400_000);
    const pick = selectNextIndexed({
      scope: scope.positions,
      table: this.cardTable(),
      now,
      newLimit,
      order: settings.newOrder,
      ...(settings.newOrder === 'random' ? { rank: this.rankFor(seed) } : {}),
      // Suspended cards, and cards buried until after now, are neither picked nor counted.
      exclude: new Set(
        [...exclude, ...hiddenIds(this.marks(), now)].map((id) => this.positionOf.get(id)).filter((p): p is number => p !== undefined),
      ),
    });
    const pickedId = pick.position >= 0 ? this.ids[pick.position]! : null;
    if (!pickedId) return { scope: scope.label, card: null, counts: pick.counts, intervals: null };
    return this.cardFor(this.question(pickedId), pick.isNew, scope.label, pick.counts, now);
  }

  private cardFor(q: CatalogQuestion, isNew: boolean, label: string, counts: NextCard['counts'], now: number): NextCard {
    const settings = this.settings();
    const state = this.store.getCard(q.id);
    const scheduler = this.scheduler(settings.retention);
    const preview = scheduler.preview(state ?? scheduler.newCard(now), now);
    const intervals = Object.fromEntries(RATINGS.map((r) => [r, formatInterval(preview[r].intervalMs)])) as Record<Rating, string>;
    return {
      scope: label,
      card: { questionId: q.id, topicId: q.topicId, partNumber: q.partNumber, title: q.title, keyPoints: q.keyPoints, isNew, state },
      counts,
      intervals,
    };
  }

  /** Validates a grade request and applies it in one transaction. */
  grade(body: unknown): { review: ReviewRecord; duplicate: boolean; suggested: Rating | null } {
    if (!body || typeof body !== 'object' || Array.isArray(body))
      throw new StudyInputError(
        '(body)',
        'Send a JSON object: { "questionId", "rating": 1-4, "durationMs"?, "keyPointsChecked"?, "typedAnswer"? }.',
      );
    const b = body as Record<string, unknown>;
    if (typeof b.questionId !== 'string' || b.questionId === '')
      throw new StudyInputError('questionId', 'questionId must be a question id string.');
    const q = this.question(b.questionId);
    if (!RATINGS.includes(b.rating as Rating))
      throw new StudyInputError('rating', 'rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy).');
    if (
      b.durationMs !== undefined &&
      (typeof b.durationMs !== 'number' || !Number.isFinite(b.durationMs) || b.durationMs < 0 || b.durationMs > 86_400_000)
    ) {
      throw new StudyInputError('durationMs', 'durationMs must be a number of milliseconds from 0 to 86400000.');
    }
    let checked: number[] | undefined;
    if (b.keyPointsChecked !== undefined) {
      const k = b.keyPointsChecked;
      if (!Array.isArray(k) || !k.every((i) => Number.isInteger(i) && i >= 0 && i < q.keyPoints) || new Set(k).size !== k.length) {
        throw new StudyInputError(
          'keyPointsChecked',
          `keyPointsChecked must list distinct key-point indices from 0 to ${q.keyPoints - 1}.`,
        );
      }
      checked = [...(k as number[])].sort((x, y) => x - y);
    }
    if (b.uid !== undefined && (typeof b.uid !== 'string' || b.uid.length === 0 || b.uid.length > 100))
      throw new StudyInputError('uid', 'uid must be a string of 1–100 characters.');
    if (b.typedAnswer !== undefined && (typeof b.typedAnswer !== 'string' || b.typedAnswer.length > MAX_TYPED_ANSWER_CHARS))
      throw new StudyInputError('typedAnswer', `typedAnswer must be a string of at most ${MAX_TYPED_ANSWER_CHARS} characters.`);
    // Blank text is no answer: nothing is stored, so the history lists only answers that say something.
    const typed = typeof b.typedAnswer === 'string' && b.typedAnswer.trim() !== '' ? b.typedAnswer : undefined;
    const input = {
      questionId: q.id,
      rating: b.rating as Rating,
      ...(b.durationMs !== undefined ? { durationMs: Math.round(b.durationMs as number) } : {}),
      ...(checked ? { keyPointsChecked: checked } : {}),
      ...(b.uid ? { uid: b.uid as string } : {}),
      ...(typed !== undefined ? { typedAnswer: typed } : {}),
    };
    const threshold = this.settings().leechThreshold;
    const scheduler = this.scheduler();
    const now = this.now();
    // The grade and the leech mark it may bring commit together (the store's transaction nests as a savepoint).
    // The wrapper is made once: one per grade is garbage on the hot path.
    const tx = (this.gradeTx ??= this.store.db.transaction((input: ReviewInput, scheduler: Scheduler, now: number, threshold: number) => {
      const graded = this.store.grade(input, scheduler, now);
      const leech = !graded.duplicate && becomesLeech(graded.review.before, graded.review.after, threshold);
      if (leech) markLeech(this.store, input.questionId, graded.review.reviewedAt);
      return { ...graded, leech };
    }));
    const result = tx.immediate(input, scheduler, now, threshold);
    if (!result.duplicate) {
      this.patchTable(q.id, result.review.after);
      this.writes++;
    }
    if (result.leech) this.marksChanged();
    return { ...result, suggested: checked ? suggestRating(checked.length, q.keyPoints) : null };
  }

  /**
   * "Add to review now": a studied card not yet due becomes due now (it joins today's due reviews); a question
   * never studied is stored as a requested card in state `new`, which the queue serves before due reviews and
   * outside the daily new-card budget (core/schedule/queue.ts). A card already due is left as it is. The step is
   * remembered so undoAddNow can take it back while the card has not moved on.
   */
  addNow(body: unknown): { questionId: QuestionId; changed: boolean; card: CardState } {
    if (!body || typeof body !== 'object' || Array.isArray(body) || typeof (body as { questionId?: unknown }).questionId !== 'string')
      throw new StudyInputError('questionId', 'Send a JSON object: { "questionId": "<question id>" }.');
    const q = this.question((body as { questionId: string }).questionId);
    const now = this.now();
    const before = this.store.getCard(q.id);
    let after: CardState;
    if (!before) after = this.scheduler().newCard(now);
    else if (before.state === 'new' || before.due <= now) return { questionId: q.id, changed: false, card: before };
    else after = { ...before, due: now };
    this.store.putCard(q.id, after, now);
    this.patchTable(q.id, after);
    this.writes++;
    this.lastAdded = { questionId: q.id, before, after };
    return { questionId: q.id, changed: true, card: after };
  }

  /** Takes back the last addNow, unless the card changed since (graded, or added again): returns what it restored. */
  undoAddNow(): { questionId: QuestionId; card: CardState | null } | null {
    const last = this.lastAdded;
    this.lastAdded = null;
    if (!last) return null;
    const current = this.store.getCard(last.questionId);
    if (!current || JSON.stringify(current) !== JSON.stringify(last.after)) return null;
    this.store.putCard(last.questionId, last.before, this.now());
    this.patchTable(last.questionId, last.before);
    this.writes++;
    return { questionId: last.questionId, card: last.before };
  }

  /**
   * Takes back the user's newest change: the last grade or the last card action (a bulk one included), whichever
   * came later. Undoing a grade that made a card a leech also lifts that leech mark and its suspension.
   */
  undo(): UndoResult {
    const action = lastCardAction(this.store);
    const gradeAt = lastGradeTime(this.store);
    if (action && (gradeAt === null || action.createdAt >= gradeAt)) {
      const undoneAction = undoCardAction(this.store);
      this.marksChanged();
      return { undone: null, undoneAction };
    }
    const undone = this.store.db
      .transaction(() => {
        const review = this.store.undoLast();
        if (review && unmarkLeechFrom(this.store, review.questionId, review.reviewedAt)) this.marksCache = null;
        return review;
      })
      .immediate();
    if (undone) {
      this.patchTable(undone.questionId, undone.before);
      this.writes++;
    }
    return { undone, undoneAction: null };
  }

  /** Every catalog question with its card and marks, for the card browser (see card-service.ts). */
  cardList(ids?: readonly string[]): { now: number; cards: CardListItem[] } {
    const now = this.now();
    const cards = listCards(this.topics, this.store, this.marks(), now);
    if (!ids) return { now, cards };
    // Just these questions (the question page's marks): unknown ids are a 404, aliases find their question.
    const wanted = new Set(ids.map((id) => this.question(id).id as string));
    return { now, cards: cards.filter((c) => wanted.has(c.id)) };
  }

  /** Validates and applies a bulk card action (flag, suspend, bury, reset …) in one transaction. */
  cardAction(body: unknown): ActionRecord {
    const { action, questionIds } = checkCardAction(body, (id) => this.question(id).id);
    const now = this.now();
    const record = applyCardAction(this.store, action, questionIds, now, this.tz(now));
    this.marksChanged();
    return record;
  }

  dashboard(): Dashboard & { orphans: { questionId: string; reviews: number; lastReview: number | null }[]; settings: StudySettings } {
    const now = this.now();
    const tz = this.tz(now);
    const settings = this.settings();
    const dash = computeDashboard({
      topics: this.topics,
      cards: this.store.getCards(),
      reviewDays: reviewDayCounts(this.store, now - 400 * 86_400_000, tz),
      newToday: countNewSince(this.store, this.startOfToday(now)),
      newLimit: settings.newLimit,
      now,
      tzOffsetMs: tz,
      marks: this.marks(),
    });
    return { ...dash, orphans: this.orphans(), settings };
  }

  /** History whose question no longer exists in the content (kept, never deleted). */
  orphans(): { questionId: string; reviews: number; lastReview: number | null }[] {
    // getCards() first: it reloads (and bumps the generation) when another connection wrote. Between reloads the
    // orphans cannot change: this service only grades or adds catalog questions.
    const cards = this.store.getCards();
    if (this.orphanCache?.generation !== this.store.generation) {
      const orphaned: string[] = [];
      for (const id of cards.keys()) if (!this.questions.has(id)) orphaned.push(id);
      this.orphanCache = { generation: this.store.generation, list: historyOf(this.store, orphaned) };
    }
    return this.orphanCache.list;
  }

  exportDoc(): ProgressDocument {
    return exportProgress(this.store, this.now());
  }

  importDoc(data: unknown): ImportSummary {
    return importProgress(this.store, data);
  }

  reset(): Promise<string> {
    return resetProgress(this.store, this.now());
  }
}
