// Retrievability for many cards at once, for the dashboard and the weak-question lists. This is ts-fsrs's own
// forgetting curve with its default FSRS-6 weights,
//   $R(t,S) = \left(1 + f\,\frac{t}{S}\right)^{-d}$,  $f = 0.9^{-1/d} - 1$,  $d = w_{20}$,
// with t the whole days since the last review and S the stability (so R(S, S) = 0.9). It is computed here with
// f and d fixed once, because ts-fsrs's `forgetting_curve` recomputes f (an exp and a log) on every call and
// `get_retrievability` also converts a whole card object: too slow for 100k cards per request. A test checks
// that the two agree. Isomorphic.

import { computeDecayFactor, default_w } from 'ts-fsrs';
import type { CardState } from '../schedule/index.js';

const DAY = 86_400_000;
const { decay, factor } = computeDecayFactor(default_w);

/** The curve itself: recall `days` after a review with stability S (0 for S <= 0). The planner uses it too. */
export function forgettingCurve(days: number, stability: number): number {
  if (stability <= 0) return 0;
  return Math.pow(1 + (factor * Math.max(0, days)) / stability, decay);
}

/** Predicted recall `aheadDays` whole days from now (0 = now), on the same curve. */
export function recallAfter(card: CardState, now: number, aheadDays: number): number {
  if (card.state === 'new' || card.lastReview === null) return 0;
  return forgettingCurve(Math.max(0, Math.floor((now - card.lastReview) / DAY)) + aheadDays, card.stability);
}

/** Recall now. */
export const retrievabilityOf = (card: CardState, now: number): number => recallAfter(card, now, 0);

/**
 * Mastery is a property of the memory, not of the moment: a card is mastered when it is in review (not being
 * learnt or relearnt) and its predicted recall MASTERY_HORIZON_DAYS from now is still at least MASTERED_AT.
 * Since R(S, S) = 0.9, that is the same as a stability of at least (days since the last review + 30) days. Right
 * after any review the recall *now* is about 1, so "recall now >= 90 %" called every just-seen card mastered,
 * even one failed a minute ago.
 */
export const MASTERED_AT = 0.9;
export const MASTERY_HORIZON_DAYS = 30;

/**
 * The curve's base at which recall is exactly MASTERED_AT: with decay < 0, (1 + factor·t/S)^decay >= 0.9 holds
 * exactly when 1 + factor·t/S <= 0.9^(1/decay).
 */
const MASTERED_BASE = Math.pow(MASTERED_AT, 1 / decay);
/** Relative margin around MASTERED_BASE within which the curve itself decides (pow is accurate to ~1e-16). */
const NEAR = 1e-9;

export function isMastered(card: CardState, now: number): boolean {
  if (card.state !== 'review' || card.lastReview === null || card.stability <= 0) return false;
  // The same answer as `recallAfter(card, now, MASTERY_HORIZON_DAYS) >= MASTERED_AT` without a pow per card
  // (the dashboard asks for 100k cards, issue 16): compare the bases, and only next to the threshold, where
  // rounding could tip the comparison, evaluate the curve.
  const days = Math.max(0, Math.floor((now - card.lastReview) / DAY)) + MASTERY_HORIZON_DAYS;
  const base = 1 + (factor * days) / card.stability;
  if (base < MASTERED_BASE * (1 - NEAR)) return true;
  if (base > MASTERED_BASE * (1 + NEAR)) return false;
  return recallAfter(card, now, MASTERY_HORIZON_DAYS) >= MASTERED_AT;
}

/** The horizon of the "recall" the dashboard shows: the expected recall a week from now. */
export const RECALL_HORIZON_DAYS = 7;

/**
 * How weak a studied card is, lower = weaker: its recall a week out, lowered by 0.05 per lapse and by 0.2 while
 * it is being relearnt (a recent failure). Ranks the "weakest questions" by stability, lapses and recent
 * failures together rather than by momentary recall, which is ~1 for anything reviewed today.
 */
export function weaknessScore(card: CardState, now: number): number {
  return weaknessFromRecall(card, recallAfter(card, now, RECALL_HORIZON_DAYS));
}

/** weaknessScore given the card's recall at RECALL_HORIZON_DAYS, for callers that computed it already. */
export function weaknessFromRecall(card: CardState, recallAtHorizon: number): number {
  return recallAtHorizon - 0.05 * card.lapses - (card.state === 'relearning' ? 0.2 : 0);
}
