// Mastery from memory stability (retrievability.ts): the cases issue 16 names, on a fixed clock.
import { describe, expect, it } from 'vitest';
import { createScheduler, type CardState } from '../schedule/index.js';
import { computeDashboard } from './dashboard.js';
import { forgettingCurve, isMastered, recallAfter, weaknessFromRecall, weaknessScore } from './retrievability.js';
import { testCatalog } from './test-catalog.js';
import { asQuestionId, type QuestionId } from '../model/index.js';

const NOW = Date.UTC(2026, 2, 1, 12);
const MIN = 60_000;
const DAY = 86_400_000;
const s = createScheduler({ retention: 0.9, fuzz: false });

/** A card taken through `ratings`, one review per `gapDays`, ending `agoMs` before NOW. */
function reviewed(ratings: (1 | 2 | 3 | 4)[], gapDays: number, agoMs: number): CardState {
  let t = NOW - agoMs - gapDays * DAY * (ratings.length - 1);
  let card = s.newCard(t);
  for (const [i, r] of ratings.entries()) {
    card = s.grade(card, t, r);
    if (i < ratings.length - 1) t += gapDays * DAY;
  }
  return card;
}

describe('isMastered', () => {
  it('is false for a card failed a minute ago, even after a long good history', () => {
    const card = reviewed([3, 3, 3, 3, 3, 1], 20, MIN);
    expect(recallAfter(card, NOW, 0)).toBeGreaterThan(0.9); // the old rule's "100 % recall"
    expect(isMastered(card, NOW)).toBe(false);
  });

  it('is false for a card graded Good once, a minute ago', () => {
    expect(isMastered(reviewed([3], 1, MIN), NOW)).toBe(false);
  });

  it('is true for a review card whose stability covers the next 30 days, false once that is used up', () => {
    const card: CardState = { ...reviewed([4], 1, DAY), state: 'review', stability: 60 };
    expect(isMastered(card, NOW)).toBe(true);
    expect(isMastered(card, NOW + 29 * DAY)).toBe(true); // 30 days since review + 30 ahead = 60 = S
    expect(isMastered(card, NOW + 31 * DAY)).toBe(false);
  });

  it('answers exactly as "recall 30 days out >= 0.9" over a grid, boundaries and states included', () => {
    const base = reviewed([4], 1, DAY);
    let checked = 0;
    let mastered = 0;
    for (const state of ['review', 'learning', 'relearning'] as const)
      for (const stability of [0, 0.5, 1, 7.25, 29.999, 30, 30.000001, 31, 44.5, 60, 60.0000001, 365, 1e4])
        for (let days = 0; days <= 400; days += 1) {
          const card: CardState = { ...base, state, stability };
          const t = base.lastReview! + days * DAY + (days % 3) * 3_600_000;
          const expected = state === 'review' && recallAfter(card, t, 30) >= 0.9;
          expect(isMastered(card, t), `${state} S=${stability} day ${days}`).toBe(expected);
          checked++;
          if (expected) mastered++;
        }
    expect(mastered).toBeGreaterThan(100);
    expect(checked - mastered).toBeGreaterThan(100);
  });

  it('is false for a new card', () => {
    expect(isMastered(s.newCard(NOW), NOW)).toBe(false);
  });

  it('lets the curve decide right at the threshold, where the quick comparison of bases could tip either way', () => {
    // Reviewed 30 days ago, so recall 30 days out is R(60, S), which crosses 0.9 a few 1e-9 below S = 60. Find
    // that stability by bisection on the curve, then step across it by 2e-10 of S, inside the 1e-9 band.
    const base = reviewed([4], 1, DAY);
    const t = base.lastReview! + 30 * DAY;
    const at = (stability: number): CardState => ({ ...base, state: 'review', stability });
    let lo = 50;
    let hi = 70;
    for (let i = 0; i < 200; i++) {
      const mid = (lo + hi) / 2;
      if (recallAfter(at(mid), t, 30) >= 0.9) hi = mid;
      else lo = mid;
    }
    expect(Math.abs(hi / 60 - 1)).toBeLessThan(1e-8);
    const seen = new Set<boolean>();
    for (let k = -20; k <= 20; k++) {
      const card = at(hi * (1 + k * 2e-10));
      const expected = recallAfter(card, t, 30) >= 0.9;
      expect(isMastered(card, t), `S = S*·(1 + ${2 * k}e-10)`).toBe(expected);
      seen.add(expected);
    }
    expect([...seen].sort()).toEqual([false, true]);
  });

  it('is false for a card without a last review or without stability, whatever else it says', () => {
    const card: CardState = { ...reviewed([4], 1, DAY), state: 'review', stability: 1e9 };
    expect(isMastered(card, NOW)).toBe(true);
    expect(isMastered({ ...card, lastReview: null }, NOW)).toBe(false);
    expect(isMastered({ ...card, stability: 0 }, NOW)).toBe(false);
    expect(isMastered({ ...card, stability: -1 }, NOW)).toBe(false);
  });
});

describe('the forgetting curve', () => {
  it('is 0.9 after S days, 1 on the day of the review, and 0 without stability', () => {
    expect(forgettingCurve(60, 60)).toBeCloseTo(0.9, 9);
    expect(forgettingCurve(0, 60)).toBe(1);
    expect(forgettingCurve(-5, 60)).toBe(1);
    expect(forgettingCurve(0, 0)).toBe(0);
    expect(forgettingCurve(10, -1)).toBe(0);
  });

  it('gives no recall for a card never reviewed, also when its state says otherwise', () => {
    const card: CardState = { ...reviewed([4], 1, DAY), state: 'review', stability: 60 };
    expect(recallAfter(card, NOW, 0)).toBeGreaterThan(0.99);
    expect(recallAfter({ ...card, lastReview: null }, NOW, 0)).toBe(0);
    expect(recallAfter({ ...card, state: 'new' }, NOW, 0)).toBe(0);
  });

  it('weakness is recall a week out, less 0.05 per lapse and 0.2 while relearning', () => {
    const card: CardState = { ...reviewed([4], 1, DAY), state: 'review', stability: 60, lapses: 2 };
    expect(weaknessFromRecall(card, 0.8)).toBeCloseTo(0.7, 12);
    expect(weaknessFromRecall({ ...card, state: 'relearning' }, 0.8)).toBeCloseTo(0.5, 12);
    expect(weaknessFromRecall({ ...card, lapses: 0, state: 'learning' }, 0.8)).toBeCloseTo(0.8, 12);
  });
});

describe('weakest questions and dashboard recall', () => {
  it('rank a card failed today before a stable card, and count neither just-seen card as mastered', () => {
    const cards = new Map<QuestionId, CardState>([
      [asQuestionId('a1'), { ...reviewed([4], 1, DAY), state: 'review', stability: 200 }],
      [asQuestionId('a2'), reviewed([3, 3, 1], 10, MIN)],
      [asQuestionId('a3'), reviewed([3], 1, MIN)],
    ]);
    const d = computeDashboard({
      topics: testCatalog(),
      cards,
      reviewDays: [],
      newToday: 0,
      newLimit: 20,
      now: NOW,
      tzOffsetMs: 0,
      weakest: 3,
    });
    expect(d.weakest.map((w) => w.id)).toEqual(['a2', 'a3', 'a1']);
    expect(d.weakest[0]!.score).toBe(weaknessScore(cards.get(asQuestionId('a2'))!, NOW));
    const topic = d.topics.find((t) => t.id === '01')!;
    expect(topic.studied).toBe(3);
    expect(topic.mastered * topic.questions).toBe(1); // only a1
    expect(topic.retention).toBeLessThan(1); // recall a week out, not "now"
  });
});
