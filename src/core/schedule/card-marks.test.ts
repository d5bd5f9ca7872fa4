import { describe, expect, it } from 'vitest';
import { asQuestionId, type QuestionId } from '../model/index.js';
import { becomesLeech, buryUntil, CARD_FILTER_STATES, cardFilterStates, isHidden, NO_MARKS, type CardMarks } from './card-marks.js';
import { selectNext } from './queue.js';
import type { CardState } from './scheduler.js';

const HOUR = 3_600_000;
// 23:30 local time in UTC+2 (21:30 UTC), half an hour before the local day ends.
const LATE = Date.UTC(2026, 0, 5, 21, 30);
const TZ = 2 * HOUR;
const q = (s: string) => asQuestionId(s);
const withLapses = (lapses: number): CardState => ({
  due: LATE,
  stability: 2,
  difficulty: 6,
  scheduledDays: 0,
  learningSteps: 0,
  reps: lapses + 3,
  lapses,
  state: 'relearning',
  lastReview: LATE,
});
const review = (due: number): CardState => ({ ...withLapses(0), state: 'review', due });

describe('buryUntil', () => {
  it('ends at the next local midnight, in the user’s zone', () => {
    expect(buryUntil(LATE, TZ)).toBe(Date.UTC(2026, 0, 5, 22, 0)); // 00:00 on the 6th in UTC+2
    expect(buryUntil(LATE, 0)).toBe(Date.UTC(2026, 0, 6, 0, 0));
    expect(buryUntil(Date.UTC(2026, 0, 5, 0, 0), 0)).toBe(Date.UTC(2026, 0, 6, 0, 0)); // at midnight: the whole day
    // 23:00 UTC is already 01:00 on the 6th in UTC+2: buried until the local midnight after that.
    expect(buryUntil(Date.UTC(2026, 0, 5, 23, 0), TZ)).toBe(Date.UTC(2026, 0, 6, 22, 0));
    // And in UTC-5, 02:00 UTC on the 6th is still 21:00 on the 5th.
    expect(buryUntil(Date.UTC(2026, 0, 6, 2, 0), -5 * HOUR)).toBe(Date.UTC(2026, 0, 6, 5, 0));
  });
});

describe('isHidden', () => {
  const buried: CardMarks = { ...NO_MARKS, buriedUntil: buryUntil(LATE, TZ) };
  it('hides a buried card until the day boundary, then shows it again', () => {
    expect(isHidden(buried, LATE)).toBe(true);
    expect(isHidden(buried, buried.buriedUntil! - 1)).toBe(true);
    expect(isHidden(buried, buried.buriedUntil!)).toBe(false);
  });
  it('hides a suspended card at any time, and never a flagged one', () => {
    expect(isHidden({ ...NO_MARKS, suspended: true }, LATE + 1000 * 86_400_000)).toBe(true);
    expect(isHidden({ ...NO_MARKS, flagged: true }, LATE)).toBe(false);
    expect(isHidden(undefined, LATE)).toBe(false);
  });
});

describe('queue filtering by marks', () => {
  const scope = ['a', 'b', 'c'].map(q);
  const cards = new Map<QuestionId, CardState>([
    [q('a'), review(LATE - 5 * HOUR)],
    [q('b'), review(LATE - HOUR)],
  ]);
  const pick = (marks: Map<QuestionId, CardMarks>, now = LATE) => selectNext({ scope, cards, now, newLimit: 5, order: 'path', marks });

  it('skips and does not count a suspended card', () => {
    const p = pick(new Map([[q('a'), { ...NO_MARKS, suspended: true }]]));
    expect(p.questionId).toBe('b');
    expect(p.counts).toEqual({ due: 1, new: 1, learning: 0 });
  });

  it('skips a buried card until the user’s next day starts, then serves it first again', () => {
    const marks = new Map([[q('a'), { ...NO_MARKS, buriedUntil: buryUntil(LATE, TZ) }]]);
    expect(pick(marks).questionId).toBe('b');
    const justBefore = buryUntil(LATE, TZ) - 1;
    expect(pick(marks, justBefore).questionId).toBe('b');
    const p = pick(marks, buryUntil(LATE, TZ));
    expect(p.questionId).toBe('a');
    expect(p.counts.due).toBe(2);
  });

  it('leaves a suspended new card out of the new count', () => {
    const p = pick(new Map([[q('c'), { ...NO_MARKS, suspended: true }]]));
    expect(p.counts.new).toBe(0);
  });

  it('serves a flagged card like any other', () => {
    expect(pick(new Map([[q('a'), { ...NO_MARKS, flagged: true }]])).questionId).toBe('a');
  });
});

describe('becomesLeech', () => {
  it('fires on the lapse that reaches the threshold (the 8th by default), once', () => {
    expect(becomesLeech(withLapses(6), withLapses(7), 8)).toBe(false);
    expect(becomesLeech(withLapses(7), withLapses(8), 8)).toBe(true);
    expect(becomesLeech(withLapses(8), withLapses(9), 8)).toBe(false);
    expect(becomesLeech(null, withLapses(1), 1)).toBe(true);
  });
  it('never fires with a threshold of 0 (off)', () => {
    expect(becomesLeech(withLapses(7), withLapses(8), 0)).toBe(false);
    expect(becomesLeech(withLapses(99), withLapses(100), 0)).toBe(false);
  });
});

describe('cardFilterStates', () => {
  it('lists the scheduling state and every mark', () => {
    expect(cardFilterStates(undefined, undefined, LATE)).toEqual(['new']);
    expect(cardFilterStates(withLapses(8), { ...NO_MARKS, suspended: true, leech: true, flagged: true }, LATE)).toEqual([
      'learning',
      'suspended',
      'leech',
      'flagged',
    ]);
    expect(cardFilterStates(review(LATE), { ...NO_MARKS, buriedUntil: LATE - 1 }, LATE)).toEqual(['review']);
    expect(cardFilterStates(review(LATE), { ...NO_MARKS, buriedUntil: LATE + 1 }, LATE)).toEqual(['review', 'buried']);
    expect(cardFilterStates({ ...review(LATE), state: 'new' }, undefined, LATE)).toEqual(['new']);
  });

  it('offers the filters in the browser in a fixed order, and no mark by default', () => {
    expect(CARD_FILTER_STATES).toEqual(['new', 'learning', 'review', 'suspended', 'buried', 'leech', 'flagged']);
    expect(NO_MARKS).toEqual({ flagged: false, suspended: false, buriedUntil: null, leech: false, leechAt: null });
  });
});
