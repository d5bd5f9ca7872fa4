// Retrievability for many cards at once, for the dashboard and the weak-question lists. It is ts-fsrs's own
// forgetting curve, $R(t,S) = (1 + f\,t/S)^{-w_{20}}$ with whole elapsed days t, called directly instead of through
// `get_retrievability`, which converts and validates a whole card object per call (100k cards per request).
// Isomorphic.

import { default_w, forgetting_curve } from 'ts-fsrs';
import type { CardState } from '../schedule/index.js';

const DAY = 86_400_000;

export function retrievabilityOf(card: CardState, now: number): number {
  if (card.state === 'new' || card.lastReview === null || card.stability <= 0) return 0;
  const days = Math.max(0, Math.floor((now - card.lastReview) / DAY));
  return forgetting_curve(default_w, days, card.stability);
}

/** A question counts as mastered when its probability of recall is at least this. */
export const MASTERED_AT = 0.9;
