import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { createScheduler } from '../schedule/index.js';
import { retrievabilityOf } from '../progress/index.js';
import {
  DAY_MS,
  FSRS_ALGORITHM,
  NEW_CARD_STABILITY,
  recallAfter,
  recallIfLearned,
  recallIfReviewed,
  stabilityIfForgotten,
  stabilityIfRecalled,
} from './recall.js';

describe('recall model', () => {
  it.each([
    [5, 3, 0.9],
    [1, 0.5, 0.3],
    [9.5, 40, 0.75],
    [3, 200, 0.95],
  ])('the stability updates agree with ts-fsrs (d=%f, s=%f, r=%f)', (d, s, r) => {
    expect(stabilityIfRecalled(d, s, r)).toBeCloseTo(FSRS_ALGORITHM.next_recall_stability(d, s, r, Rating.Good), 6);
    const forgot = FSRS_ALGORITHM.next_forget_stability(d, s, r);
    expect(stabilityIfForgotten(d, s, r)).toBeCloseTo(FSRS_ALGORITHM.next_short_term_stability(forgot, Rating.Good), 6);
  });

  it('the curve is the dashboard’s retrievability', () => {
    const fsrs = createScheduler({ retention: 0.9, fuzz: false });
    const t0 = Date.UTC(2026, 0, 1, 9);
    const card = fsrs.grade(fsrs.grade(fsrs.newCard(t0), t0, 3), t0 + 10 * 60_000, 3);
    for (const days of [0, 1, 5, 30])
      expect(recallAfter(days, card.stability)).toBeCloseTo(retrievabilityOf(card, card.lastReview! + days * DAY_MS), 10);
  });

  it('a new card learned with Good ends the day with ts-fsrs’s stability, Again with less', () => {
    expect(NEW_CARD_STABILITY[2]).toBeGreaterThan(NEW_CARD_STABILITY[0]!);
    expect(NEW_CARD_STABILITY[3]).toBeGreaterThan(NEW_CARD_STABILITY[2]!);
  });
});

describe('recall on the day', () => {
  it('a new card’s stability on its first evening is the scheduler’s after its learning steps passed with Good', () => {
    // The reference: the app's scheduler, first look graded 1–4, then Good on each step until the card is in review.
    const fsrs = createScheduler({ retention: 0.9, fuzz: false });
    const t0 = Date.UTC(2026, 0, 1, 9);
    const expected = ([1, 2, 3, 4] as const).map((first) => {
      let card = fsrs.grade(fsrs.newCard(t0), t0, first);
      while (card.state !== 'review') card = fsrs.grade(card, card.due, 3);
      return card.stability;
    });
    NEW_CARD_STABILITY.forEach((s, g) => expect(s).toBeCloseTo(expected[g]!, 9));
  });

  it('a question learned now is recalled for sure today and less and less after, never above 1', () => {
    expect(recallIfLearned(0)).toBeCloseTo(1, 12);
    let previous = 1;
    for (const days of [1, 3, 10, 30, 100]) {
      const r = recallIfLearned(days);
      expect(r).toBeLessThan(previous);
      expect(r).toBeGreaterThan(0);
      previous = r;
    }
  });

  it('a review’s expected recall on the day lies between the lapse and the success outcomes', () => {
    for (const [d, s, r, days] of [
      [5, 3, 0.5, 20],
      [8, 1, 0.3, 10],
      [2, 30, 0.8, 40],
    ] as const) {
      const ifRecalled = recallAfter(days, stabilityIfRecalled(d, s, r));
      const ifForgotten = recallAfter(days, stabilityIfForgotten(d, s, r));
      const e = recallIfReviewed(d, s, r, days);
      expect(e).toBeGreaterThan(Math.min(ifRecalled, ifForgotten));
      expect(e).toBeLessThan(Math.max(ifRecalled, ifForgotten));
    }
  });
});
