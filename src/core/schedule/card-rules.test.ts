// Card field ranges at their edges, with the bounds written out (36,500 days, difficulty 10, year 9999), so a
// moved bound or a loosened comparison fails here; and saneCard, which must clamp a damaged card and leave a
// valid one untouched.
import { describe, expect, it } from 'vitest';
import { cardFieldError, saneCard } from './card-rules.js';
import type { CardState } from './scheduler.js';

const END_OF_9999 = Date.UTC(9999, 11, 31);
const TIME = 'must be a time (epoch ms) between 1970 and 9999';

describe('cardFieldError', () => {
  it('takes stability and scheduled days from 0 to 36,500 days, both ends included', () => {
    for (const field of ['stability', 'scheduledDays'] as const) {
      for (const v of [0, 0.001, 36_500]) expect(cardFieldError(field, v), `${field} ${v}`).toBeNull();
      for (const v of [-0.001, 36_500.5]) expect(cardFieldError(field, v), `${field} ${v}`).toBe('must be from 0 to 36500 (days)');
    }
  });

  it('takes difficulty from 0 to 10, both ends included', () => {
    for (const v of [0, 1, 10]) expect(cardFieldError('difficulty', v)).toBeNull();
    for (const v of [-0.5, 10.01]) expect(cardFieldError('difficulty', v)).toBe('must be from 0 to 10');
  });

  it('takes times from 1970 to the end of 9999, and a null last review only', () => {
    for (const field of ['due', 'lastReview', 'createdAt', 'reviewedAt'] as const) {
      for (const v of [0, END_OF_9999]) expect(cardFieldError(field, v), `${field} ${v}`).toBeNull();
      for (const v of [-1, END_OF_9999 + 1]) expect(cardFieldError(field, v), `${field} ${v}`).toBe(TIME);
    }
    expect(cardFieldError('lastReview', null)).toBeNull();
    for (const field of ['due', 'stability', 'reps', 'createdAt'] as const)
      expect(cardFieldError(field, null), field).toBe('must not be null');
  });

  it('takes any count from 0 up, and has no rule for the state', () => {
    for (const field of ['reps', 'lapses', 'learningSteps'] as const) {
      expect(cardFieldError(field, 0)).toBeNull();
      expect(cardFieldError(field, 1e9)).toBeNull();
      expect(cardFieldError(field, -1)).toBe('must not be negative');
    }
    expect(cardFieldError('state', -5)).toBeNull();
  });
});

describe('saneCard', () => {
  const valid: CardState = {
    due: Date.UTC(2026, 0, 1),
    stability: 12.5,
    difficulty: 6.2,
    scheduledDays: 12,
    learningSteps: 1,
    reps: 4,
    lapses: 1,
    state: 'review',
    lastReview: Date.UTC(2025, 11, 20),
  };

  it('leaves a valid card as it is, new or reviewed', () => {
    expect(saneCard(valid)).toEqual(valid);
    const fresh: CardState = {
      ...valid,
      state: 'new',
      stability: 0,
      difficulty: 0,
      reps: 0,
      lapses: 0,
      learningSteps: 0,
      scheduledDays: 0,
      lastReview: null,
    };
    expect(saneCard(fresh)).toEqual(fresh);
  });

  it('clamps every field of a damaged reviewed card into range, a non-number to the lower end', () => {
    const damaged: CardState = {
      ...valid,
      due: -5,
      stability: 0,
      difficulty: 0.2,
      scheduledDays: 99_999,
      learningSteps: 5000,
      reps: -3,
      lapses: Number.NaN,
      lastReview: END_OF_9999 * 2,
    };
    expect(saneCard(damaged)).toEqual({
      ...valid,
      due: 0,
      stability: 0.001,
      difficulty: 1,
      scheduledDays: 36_500,
      learningSteps: 1000,
      reps: 0,
      lapses: 0,
      lastReview: END_OF_9999,
    });
    expect(saneCard({ ...valid, stability: Infinity, difficulty: 11, due: Infinity, reps: 2 ** 60 })).toEqual({
      ...valid,
      stability: 0.001,
      difficulty: 10,
      due: 0,
      reps: Number.MAX_SAFE_INTEGER,
    });
  });

  it('lets a new card keep stability and difficulty 0', () => {
    const c = saneCard({ ...valid, state: 'new', stability: -1, difficulty: -1, lastReview: null });
    expect([c.stability, c.difficulty, c.lastReview]).toEqual([0, 0, null]);
  });
});
