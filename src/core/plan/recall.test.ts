import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { createScheduler } from '../schedule/index.js';
import { retrievabilityOf } from '../progress/index.js';
import { DAY_MS, FSRS_ALGORITHM, NEW_CARD_STABILITY, recallAfter, stabilityIfForgotten, stabilityIfRecalled } from './recall.js';

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
