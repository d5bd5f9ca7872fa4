// The valid range of every stored card field, shared by the progress import (which rejects a value outside it,
// naming the field) and the store's reads (which clamp a value that got into the database some other way, so an
// edited or damaged database degrades to a sane schedule instead of a 500). Ranges follow ts-fsrs: stability is
// at most 36,500 days (its maximum interval), difficulty lies in [1, 10] once a card has been reviewed (0 before).
// Times are epoch milliseconds between 1970 and the year 9999, inside JavaScript's Date range. Isomorphic.

import type { CardState } from './scheduler.js';

export const MAX_STABILITY_DAYS = 36_500;
export const MAX_DIFFICULTY = 10;
export const MIN_STABILITY_DAYS = 0.001;
export const MAX_TIME_MS = Date.UTC(9999, 11, 31);

/** The reason `value` is not a valid `field` of a card, or null when it is. */
export function cardFieldError(field: keyof CardState | 'createdAt' | 'reviewedAt', value: number | null): string | null {
  if (value === null) return field === 'lastReview' ? null : 'must not be null';
  switch (field) {
    case 'stability':
      return value >= 0 && value <= MAX_STABILITY_DAYS ? null : `must be from 0 to ${MAX_STABILITY_DAYS} (days)`;
    case 'difficulty':
      return value >= 0 && value <= MAX_DIFFICULTY ? null : `must be from 0 to ${MAX_DIFFICULTY}`;
    case 'scheduledDays':
      return value >= 0 && value <= MAX_STABILITY_DAYS ? null : `must be from 0 to ${MAX_STABILITY_DAYS} (days)`;
    case 'due':
    case 'lastReview':
    case 'createdAt':
    case 'reviewedAt':
      return value >= 0 && value <= MAX_TIME_MS ? null : 'must be a time (epoch ms) between 1970 and 9999';
    case 'reps':
    case 'lapses':
    case 'learningSteps':
      return value >= 0 ? null : 'must not be negative';
    default:
      return null;
  }
}

const clamp = (v: number, lo: number, hi: number) => (Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : lo);

/** A card with every field forced into its valid range (a no-op for a valid card). */
export function saneCard(c: CardState): CardState {
  // A reviewed card needs FSRS's minimum stability (0.001 days) and a difficulty of at least 1.
  const reviewed = c.state !== 'new';
  return {
    ...c,
    due: clamp(c.due, 0, MAX_TIME_MS),
    stability: clamp(c.stability, reviewed ? MIN_STABILITY_DAYS : 0, MAX_STABILITY_DAYS),
    difficulty: clamp(c.difficulty, reviewed ? 1 : 0, MAX_DIFFICULTY),
    scheduledDays: clamp(c.scheduledDays, 0, MAX_STABILITY_DAYS),
    learningSteps: clamp(c.learningSteps, 0, 1000),
    reps: clamp(c.reps, 0, Number.MAX_SAFE_INTEGER),
    lapses: clamp(c.lapses, 0, Number.MAX_SAFE_INTEGER),
    lastReview: c.lastReview === null ? null : clamp(c.lastReview, 0, MAX_TIME_MS),
  };
}
