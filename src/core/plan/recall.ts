// The recall model the planner optimises: FSRS-6's forgetting curve and its stability updates, with ts-fsrs's
// default weights (the same ones the scheduler uses), evaluated on plain numbers so that a day's plan over 100k
// cards is a loop over typed arrays. The stability updates are ts-fsrs's own (FSRSAlgorithm), not re-derived
// here; the curve is progress/retrievability.ts's, inlined there for the reason given in that file. Isomorphic.
//
// Recall of a card t whole days after its last review with stability S:
//   $R(t,S) = \left(1 + f\,\frac{t}{S}\right)^{-d}$,  $f = 0.9^{-1/d} - 1$,  $d = w_{20}$.
// Whole days, as ts-fsrs and the dashboard count them, so a prediction agrees with what the dashboard will show.

import { createEmptyCard, default_w, fsrs, FSRSAlgorithm, generatorParameters, Rating } from 'ts-fsrs';
import { forgettingCurve } from '../progress/retrievability.js';

export const DAY_MS = 86_400_000;
const algorithm = new FSRSAlgorithm(generatorParameters({ enable_fuzz: false }));

/** Recall `days` after a review with stability S: the dashboard's own curve (progress/retrievability.ts). */
export const recallAfter = forgettingCurve;

/** Whole days from `from` to `to` (epoch ms), never negative. */
export const wholeDays = (from: number, to: number) => Math.max(0, Math.floor((to - from) / DAY_MS));

// The two stability updates below are ts-fsrs's next_recall_stability (Good), next_forget_stability and
// next_short_term_stability (Good), written out over a plain copy of the weights: ts-fsrs reads its weights
// through a Proxy on every call, which made a 100k-card plan take ~300 ms instead of a few. recall.test.ts
// checks that they agree with the library's methods.
const w = Float64Array.from(default_w);
const S_MIN = 0.001;
const S_MAX = 36_500;
const clampS = (s: number) => Math.min(S_MAX, Math.max(S_MIN, s));
const E_W8 = Math.exp(w[8]!);

/**
 * Stability after a successful review (Good) of a card with difficulty d, stability s and recall r now:
 *   $S'_r = S\,(1 + e^{w_8}(11-D)\,S^{-w_9}(e^{w_{10}(1-R)}-1))$
 */
export const stabilityIfRecalled = (d: number, s: number, r: number) =>
  clampS(s * (1 + E_W8 * (11 - d) * Math.pow(s, -w[9]!) * (Math.exp((1 - r) * w[10]!) - 1)));

/**
 * Stability after a lapse (Again) and one relearning step passed (Good), which is where a failed card ends the
 * day: $S'_f = w_{11} D^{-w_{12}}((S+1)^{w_{13}}-1)e^{w_{14}(1-R)}$, then raised by the short-term factor
 * $\max(1, S^{-w_{19}} e^{w_{17} w_{18}})$ of the relearning step.
 */
export function stabilityIfForgotten(d: number, s: number, r: number): number {
  const f = clampS(w[11]! * Math.pow(d, -w[12]!) * (Math.pow(s + 1, w[13]!) - 1) * Math.exp((1 - r) * w[14]!));
  return clampS(f * Math.max(1, Math.pow(f, -w[19]!) * Math.exp(w[17]! * w[18]!)));
}

/** ts-fsrs's own algorithm object, the reference the inlined formulas are tested against. */
export const FSRS_ALGORITHM = algorithm;

/** Probabilities of Again, Hard, Good, Easy on a question's first look (most people half-know an answer). */
export const FIRST_LOOK: readonly [number, number, number, number] = [0.35, 0.15, 0.45, 0.05];

/**
 * Stability of a new card at the end of the day it was learned, for each first-look grade (index 0: Again),
 * through ts-fsrs's own learning steps with Good on each later step. Computed once by running the real scheduler
 * (fuzz off), so it follows the library's steps.
 */
export const NEW_CARD_STABILITY: readonly number[] = ([Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const).map((first) => {
  const engine = fsrs(generatorParameters({ enable_fuzz: false }));
  let now = new Date(Date.UTC(2026, 0, 1, 9));
  let card = engine.next(createEmptyCard(now), now, first).card;
  for (let i = 0; i < 10 && (card.state === 1 || card.state === 3); i++) {
    now = card.due;
    card = engine.next(card, now, Rating.Good).card;
  }
  return card.stability;
});

/** Expected recall on the target day of a question learned now: $\sum_g p_g\,R(t_N, S_{new}(g))$. */
export function recallIfLearned(daysToTarget: number): number {
  let sum = 0;
  for (let g = 0; g < 4; g++) sum += FIRST_LOOK[g]! * recallAfter(daysToTarget, NEW_CARD_STABILITY[g]!);
  return sum;
}

/**
 * Expected recall on the target day if the card is reviewed now:
 *   $E = r\,R(t_N, S_r) + (1-r)\,R(t_N, S_f)$
 * with r the recall now, $t_N$ the whole days from now to the target, $S_r$ and $S_f$ the stabilities after a
 * recall and after a lapse.
 */
export function recallIfReviewed(d: number, s: number, rNow: number, daysToTarget: number): number {
  return (
    rNow * recallAfter(daysToTarget, stabilityIfRecalled(d, s, rNow)) +
    (1 - rNow) * recallAfter(daysToTarget, stabilityIfForgotten(d, s, rNow))
  );
}
