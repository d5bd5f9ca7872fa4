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

export function retrievabilityOf(card: CardState, now: number): number {
  if (card.state === 'new' || card.lastReview === null || card.stability <= 0) return 0;
  const days = Math.max(0, Math.floor((now - card.lastReview) / DAY));
  return Math.pow(1 + (factor * days) / card.stability, decay);
}

/** A question counts as mastered when its probability of recall is at least this. */
export const MASTERED_AT = 0.9;
