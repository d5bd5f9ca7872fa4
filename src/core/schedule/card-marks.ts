// What the user did to a card besides grading it, as Anki has it: a flag (a bookmark), a suspension (never shown
// until unsuspended), a bury (hidden until the next local day starts) and a leech mark (failed too often; the
// card is suspended at the same time). Marks apply to any question, studied or not, and never change its FSRS
// state. The day boundary is local midnight, the one the scheduler's "today" uses (StudyService.startOfToday).
// Isomorphic.

import type { CardState } from './scheduler.js';

const DAY = 86_400_000;

export interface CardMarks {
  flagged: boolean;
  suspended: boolean;
  /** Epoch ms until which the card is buried (the start of the next local day), or null. */
  buriedUntil: number | null;
  leech: boolean;
  /** Epoch ms of the grade that made the card a leech, or null; undoing that grade takes the mark back. */
  leechAt: number | null;
}

export const NO_MARKS: CardMarks = { flagged: false, suspended: false, buriedUntil: null, leech: false, leechAt: null };

/** Anki's default leech threshold: a card forgotten 8 times. */
export const DEFAULT_LEECH_THRESHOLD = 8;
export const MAX_LEECH_THRESHOLD = 99;

export const isBuried = (m: CardMarks | undefined, now: number): boolean => m?.buriedUntil != null && m.buriedUntil > now;

/** A hidden card is left out of the review queue, its counts and the dashboard's due figures. */
export const isHidden = (m: CardMarks | undefined, now: number): boolean => !!m && (m.suspended || isBuried(m, now));

/** The end of a bury made at `now`: the next local midnight. `tzOffsetMs` is local time minus UTC. */
export function buryUntil(now: number, tzOffsetMs: number): number {
  return (Math.floor((now + tzOffsetMs) / DAY) + 1) * DAY - tzOffsetMs;
}

/**
 * True when a grade takes the card's lapses (times graded Again after it was learned, FSRS's count and Anki's)
 * to the threshold or past it for the first time. A threshold of 0 turns leech detection off.
 */
export function becomesLeech(before: CardState | null, after: CardState, threshold: number): boolean {
  if (threshold <= 0) return false;
  return after.lapses >= threshold && (before?.lapses ?? 0) < threshold;
}

/** The states the card browser filters on (a card can be in several: a flagged leech is also suspended). */
export type CardFilterState = 'new' | 'learning' | 'review' | 'suspended' | 'buried' | 'leech' | 'flagged';
export const CARD_FILTER_STATES: readonly CardFilterState[] = ['new', 'learning', 'review', 'suspended', 'buried', 'leech', 'flagged'];

export function cardFilterStates(card: CardState | null | undefined, marks: CardMarks | undefined, now: number): CardFilterState[] {
  const out: CardFilterState[] = [];
  const s = card?.state ?? 'new';
  out.push(s === 'new' ? 'new' : s === 'review' ? 'review' : 'learning');
  if (marks?.suspended) out.push('suspended');
  if (isBuried(marks, now)) out.push('buried');
  if (marks?.leech) out.push('leech');
  if (marks?.flagged) out.push('flagged');
  return out;
}
