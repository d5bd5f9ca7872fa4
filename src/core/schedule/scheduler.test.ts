import { describe, expect, it } from 'vitest';
import {
  createScheduler,
  formatInterval,
  suggestRating,
  checkRetention,
  RATING_MATCHES_FSRS,
  RATING_NAMES,
  RetentionError,
  type CardState,
} from './scheduler.js';

const NOW = Date.UTC(2026, 0, 5, 9, 0, 0);
const DAY = 86_400_000;

describe('scheduler adapter (fuzz off, fixed clock)', () => {
  const s = createScheduler({ retention: 0.9, fuzz: false });

  it('gives no recall for a card never reviewed, and the curve R(S, S) = 0.9 for a reviewed one', () => {
    expect(s.retrievability(s.newCard(NOW), NOW)).toBe(0);
    const easy = s.grade(s.newCard(NOW), NOW, 4);
    expect(s.retrievability({ ...easy, lastReview: null }, NOW + DAY)).toBe(0);
    expect(s.retrievability({ ...easy, state: 'new' }, NOW + DAY)).toBe(0);
    const days = Math.round(easy.stability);
    const card = { ...easy, stability: days };
    expect(s.retrievability(card, NOW + days * DAY)).toBeCloseTo(0.9, 6);
    expect(s.retrievability(card, NOW)).toBeCloseTo(1, 6);
  });

  it('maps ratings 1–4 onto Again..Easy: first-review intervals and states of FSRS-6 with default weights', () => {
    // FSRS-6 defaults: learning steps 1m and 10m; Hard on a new card is the mean of the two first steps (6m, rounded
    // to the minute); Easy skips learning (initial stability w3 = 8.2956 days, so an 8-day interval).
    const first = (r: 1 | 2 | 3 | 4) => s.grade(s.newCard(NOW), NOW, r);
    expect([1, 2, 3, 4].map((r) => [first(r as 1 | 2 | 3 | 4).state, (first(r as 1 | 2 | 3 | 4).due - NOW) / 60_000])).toEqual([
      ['learning', 1],
      ['learning', 6],
      ['learning', 10],
      ['review', 8 * 24 * 60],
    ]);
    expect(first(4).stability).toBeCloseTo(8.2956, 4);
    expect(first(1).stability).toBeCloseTo(0.212, 4);
    expect(first(1).difficulty).toBeGreaterThan(first(3).difficulty);
    expect(RATING_MATCHES_FSRS).toBe(true);
  });

  it('the preview of each rating is exactly what grading with it gives', () => {
    const c = s.grade(s.newCard(NOW), NOW, 3);
    const at = c.due + 3 * DAY;
    const p = s.preview(c, at);
    for (const r of [1, 2, 3, 4] as const) {
      expect(p[r].card).toEqual(s.grade(c, at, r));
      expect(p[r].intervalMs).toBe(p[r].card.due - at);
    }
  });

  it('maps the card fields both ways: a graded card round-trips through a second review unchanged in its counters', () => {
    const c = s.grade(s.newCard(NOW), NOW, 4);
    const again = s.grade(c, c.due, 1);
    expect(again).toMatchObject({ reps: 2, lapses: 1, state: 'relearning', lastReview: c.due, learningSteps: 0 });
    expect(again.stability).toBeLessThan(c.stability);
    expect(again.difficulty).toBeGreaterThan(c.difficulty);
    expect(again.scheduledDays).toBe(0);
  });

  it('retrievability is 0 for a new card, 1 right after a review and 0.9 after one stability of days', () => {
    const c = s.grade(s.newCard(NOW), NOW, 4);
    expect(s.retrievability(s.newCard(NOW), NOW + 5 * DAY)).toBe(0);
    expect(s.retrievability(c, NOW)).toBeCloseTo(1, 6);
    const tenDays = { ...c, stability: 10 };
    expect(s.retrievability(tenDays, NOW + 10 * DAY)).toBeCloseTo(0.9, 6);
    expect(s.retrievability(tenDays, NOW + 20 * DAY)).toBeLessThan(0.9);
  });

  it('creates a new card due now', () => {
    const c = s.newCard(NOW);
    expect(c).toMatchObject({ state: 'new', due: NOW, reps: 0, lapses: 0, lastReview: null });
    expect(s.retrievability(c, NOW)).toBe(0);
  });

  it('orders the previewed intervals Again < Hard < Good < Easy and is deterministic', () => {
    const c = s.newCard(NOW);
    const p = s.preview(c, NOW);
    expect(p[1].intervalMs).toBeLessThan(p[2].intervalMs);
    expect(p[2].intervalMs).toBeLessThan(p[3].intervalMs);
    expect(p[3].intervalMs).toBeLessThan(p[4].intervalMs);
    expect(s.preview(c, NOW)).toEqual(p);
    expect(p[4].card.state).toBe('review');
  });

  it('grows the interval with successive Good reviews and records the review time', () => {
    let c: CardState = s.newCard(NOW);
    let t = NOW;
    const intervals: number[] = [];
    for (let i = 0; i < 6; i++) {
      c = s.grade(c, t, 3);
      expect(c.lastReview).toBe(t);
      intervals.push(c.due - t);
      t = c.due;
    }
    const reviewIntervals = intervals.filter((ms) => ms >= DAY);
    expect(reviewIntervals.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < reviewIntervals.length; i++) expect(reviewIntervals[i]!).toBeGreaterThan(reviewIntervals[i - 1]!);
    // On the due date a review card's recall probability is the desired retention.
    expect(s.retrievability(c, c.lastReview! + (c.due - c.lastReview!))).toBeCloseTo(0.9, 1);
  });

  it('a lapse sends a review card to relearning and counts it', () => {
    let c = s.grade(s.newCard(NOW), NOW, 4);
    c = s.grade(c, c.due, 1);
    expect(c.state).toBe('relearning');
    expect(c.lapses).toBe(1);
  });

  it('higher desired retention gives shorter intervals', () => {
    const hi = createScheduler({ retention: 0.97, fuzz: false });
    const lo = createScheduler({ retention: 0.7, fuzz: false });
    const c = hi.grade(hi.newCard(NOW), NOW, 4);
    expect(hi.preview(c, c.due)[3].intervalMs).toBeLessThan(lo.preview(c, c.due)[3].intervalMs);
  });

  it('rejects a retention outside 0.70–0.97', () => {
    expect(() => checkRetention(0.5)).toThrow(/between 0.7 and 0.97/);
    expect(() => checkRetention(0.99)).toThrow();
    expect(() => checkRetention(Number.NaN)).toThrow();
    expect(checkRetention(0.85)).toBe(0.85);
  });
});

describe('formatInterval', () => {
  it.each([
    [30_000, '1m'],
    [10 * 60_000, '10m'],
    [3 * 3_600_000, '3h'],
    [4 * DAY, '4d'],
    [45 * DAY, '1.5mo'],
    [400 * DAY, '1.1y'],
    // Each unit's boundary belongs to the next unit; whole values lose their ".0".
    [59 * 60_000, '59m'],
    [60 * 60_000, '1h'],
    [23 * 3_600_000, '23h'],
    [24 * 3_600_000, '1d'],
    [29 * DAY, '29d'],
    [30 * DAY, '1mo'],
    [299 * DAY, '10mo'],
    [310 * DAY, '10mo'],
    [364 * DAY, '12mo'],
    [365 * DAY, '1y'],
    [730 * DAY, '2y'],
  ])('%d ms -> %s', (ms, label) => expect(formatInterval(ms)).toBe(label));
});

describe('rating names and retention errors', () => {
  it('names the four grades as the buttons show them', () => {
    expect(RATING_NAMES).toEqual({ 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' });
  });
  it('throws a RetentionError that says so by name', () => {
    let error: unknown;
    try {
      checkRetention(0.1);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RetentionError);
    expect((error as Error).name).toBe('RetentionError');
    expect((error as Error).message).toBe('Desired retention must be between 0.7 and 0.97, not 0.1.');
  });
});

describe('suggestRating', () => {
  it.each([
    [0, 4, 1],
    [1, 4, 1],
    [2, 4, 2],
    [3, 4, 2],
    [4, 5, 3],
    [4, 4, 3],
    [0, 0, 3],
  ])('%d of %d ticked -> %d', (checked, total, rating) => expect(suggestRating(checked, total)).toBe(rating));
});
