// A thin adapter over ts-fsrs (FSRS-6, the algorithm Anki uses). ts-fsrs keeps its snake_case Card; this file
// maps it to our camelCase CardState with epoch-millisecond times at the edge, so nothing else imports ts-fsrs.
// Fuzz is on in the product (spreads due dates so cards studied together do not stay together) and off in
// tests (determinism). Isomorphic.
//
// Retrievability follows FSRS's power forgetting curve
//   $R(t, S) = \left(1 + \text{factor}\cdot\frac{t}{S}\right)^{-w_{20}}$, with factor chosen so that $R(S, S) = 0.9$,
// where t is the time since the last review and S the stability, both in days.

import { createEmptyCard, fsrs, generatorParameters, Rating as FsrsRating, State, type Card, type Grade } from 'ts-fsrs';

export type Rating = 1 | 2 | 3 | 4;
export const RATINGS: readonly Rating[] = [1, 2, 3, 4];
export const RATING_NAMES: Record<Rating, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };
export type CardStateName = 'new' | 'learning' | 'review' | 'relearning';

export interface CardState {
  /** Epoch milliseconds. */
  due: number;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardStateName;
  lastReview: number | null;
}

export interface SchedulerOptions {
  /** Desired retention, 0.70–0.97. */
  retention: number;
  fuzz: boolean;
}

export const DEFAULT_RETENTION = 0.9;
export const MIN_RETENTION = 0.7;
export const MAX_RETENTION = 0.97;

const STATE_NAMES: Record<State, CardStateName> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};
const STATE_OF: Record<CardStateName, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

function fromFsrs(card: Card): CardState {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATE_NAMES[card.state],
    lastReview: card.last_review ? card.last_review.getTime() : null,
  };
}

function toFsrs(card: CardState, now: number): Card {
  const elapsed = card.lastReview === null ? 0 : Math.max(0, Math.floor((now - card.lastReview) / 86_400_000));
  const out: Card = {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: elapsed,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATE_OF[card.state],
  };
  if (card.lastReview !== null) out.last_review = new Date(card.lastReview);
  return out;
}

export class RetentionError extends RangeError {
  override name = 'RetentionError';
}

export function checkRetention(value: number): number {
  if (!Number.isFinite(value) || value < MIN_RETENTION || value > MAX_RETENTION) {
    throw new RetentionError(`Desired retention must be between ${MIN_RETENTION} and ${MAX_RETENTION}, not ${value}.`);
  }
  return value;
}

export interface Scheduler {
  newCard(now: number): CardState;
  /** The state each rating would give, and its interval from now in milliseconds. */
  preview(card: CardState, now: number): Record<Rating, { card: CardState; intervalMs: number }>;
  grade(card: CardState, now: number, rating: Rating): CardState;
  /** Probability of recall now, 0–1 (0 for a card never reviewed). */
  retrievability(card: CardState, now: number): number;
}

export function createScheduler(options: SchedulerOptions): Scheduler {
  const engine = fsrs(generatorParameters({ request_retention: checkRetention(options.retention), enable_fuzz: options.fuzz }));
  const newCard = (now: number) => fromFsrs(createEmptyCard(new Date(now)));
  return {
    newCard,
    preview(card, now) {
      const log = engine.repeat(toFsrs(card, now), new Date(now));
      const out = {} as Record<Rating, { card: CardState; intervalMs: number }>;
      for (const r of RATINGS) {
        const next = fromFsrs(log[r as unknown as Grade].card);
        out[r] = { card: next, intervalMs: Math.max(0, next.due - now) };
      }
      return out;
    },
    grade(card, now, rating) {
      return fromFsrs(engine.next(toFsrs(card, now), new Date(now), rating as unknown as Grade).card);
    },
    retrievability(card, now) {
      if (card.state === 'new' || card.lastReview === null) return 0;
      return engine.get_retrievability(toFsrs(card, now), new Date(now), false);
    },
  };
}

/** Keep the FsrsRating import honest: our 1–4 are ts-fsrs's Again..Easy. */
export const RATING_MATCHES_FSRS = FsrsRating.Again === 1 && FsrsRating.Easy === 4;

/** "1m", "10m", "3h", "4d", "2.5mo", "1.2y": the short interval label on the grade buttons. */
export function formatInterval(ms: number): string {
  const min = ms / 60_000;
  if (min < 60) return `${Math.max(1, Math.round(min))}m`;
  const h = min / 60;
  if (h < 24) return `${Math.round(h)}h`;
  const d = h / 24;
  if (d < 30) return `${Math.round(d)}d`;
  if (d < 365) return `${(d / 30).toFixed(d < 300 ? 1 : 0).replace(/\.0$/, '')}mo`;
  return `${(d / 365).toFixed(1).replace(/\.0$/, '')}y`;
}

/**
 * The grade the app suggests from the share of key points the user ticked. Below half is a failed recall
 * (Again); below 80 % a recall with gaps (Hard); otherwise Good. Easy is never suggested: covering every point
 * is what Good means, and Easy (a much longer interval) stays the user's own call.
 */
export function suggestRating(checked: number, total: number): Rating {
  if (total <= 0) return 3;
  const share = checked / total;
  if (share < 0.5) return 1;
  if (share < 0.8) return 2;
  return 3;
}
