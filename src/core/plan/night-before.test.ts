// The night-before list: weakest on the day first, never-studied (or requested, state `new`) questions at recall
// 0, ties in the scope's order, cut to the count asked for.

import { describe, expect, it } from 'vitest';
import { asQuestionId } from '../model/index.js';
import { createScheduler, type CardState } from '../schedule/index.js';
import { nightBefore } from './night-before.js';
import { DAY_MS, recallAfter } from './recall.js';
import { T0 } from './test-students.js';

const q = asQuestionId;
const fsrs = createScheduler({ retention: 0.9, fuzz: false });
const learned = (daysAgo: number) => fsrs.grade(fsrs.newCard(T0 - daysAgo * DAY_MS), T0 - daysAgo * DAY_MS, 3);

describe('nightBefore', () => {
  it('keeps the scope order between questions of equal recall', () => {
    const ids = ['e', 'b', 'd', 'a', 'c'].map(q);
    expect(nightBefore(ids, new Map(), T0, 5).map((i) => i.questionId)).toEqual(['e', 'b', 'd', 'a', 'c']);
  });

  it('counts a requested card (state new, even one carrying old figures) as recall 0', () => {
    const old = learned(10);
    const requested: CardState = { ...old, state: 'new' };
    const cards = new Map([
      [q('old'), old],
      [q('req'), requested],
    ]);
    const items = nightBefore([q('old'), q('req')], cards, T0 + DAY_MS, 2);
    expect(items[0]).toEqual({ questionId: 'req', recall: 0 });
    expect(items[1]!.questionId).toBe('old');
    // Learned 10 days before T0 with Good, so 11 whole days before the target.
    expect(items[1]!.recall).toBeCloseTo(recallAfter(11, old.stability), 12);
    expect(items[1]!.recall).toBeGreaterThan(0);
    expect(items[1]!.recall).toBeLessThan(1);
  });

  it('gives as many items as asked, none for a negative count', () => {
    const ids = ['a', 'b', 'c'].map(q);
    expect(nightBefore(ids, new Map(), T0, 2)).toHaveLength(2);
    expect(nightBefore(ids, new Map(), T0, -1)).toEqual([]);
  });
});
