import { describe, expect, it } from 'vitest';
import type { QuestionId } from '../model/index.js';
import type { CardState } from '../schedule/index.js';
import { DAY_MS } from './recall.js';
import { expectedRecall, simulate, type Policy } from './simulate.js';
import { scopeOf, T0, warmStudent } from './test-students.js';

const costs = { newMinutes: 5, reviewMinutes: 2 };
const SEEDS = [1, 2, 3];

/** Mean expected recall on the day over a few seeded students. */
function onDay(policy: Policy, ids: readonly QuestionId[], cards: Map<QuestionId, CardState>, days: number, minutes: number): number {
  let sum = 0;
  for (const seed of SEEDS)
    sum += simulate({
      ids,
      cards,
      now: T0,
      target: T0 + days * DAY_MS,
      tzOffsetMs: 0,
      minutesPerDay: minutes,
      costs,
      policy,
      seed,
    }).recallOnDay;
  return sum / SEEDS.length;
}

describe('planned schedule vs plain FSRS due order, same minutes a day', () => {
  it.each([
    ['a new student, a scope larger than the time (400 questions, 14 days, 30 min)', 400, 0, 14, 30],
    ['a new student, 28 days, 60 min', 400, 0, 28, 60],
    ['a student back from a break with half the scope studied (21 days, 45 min)', 300, 150, 21, 45],
    ['a small scope that fits (60 questions, 10 days, 40 min)', 60, 0, 10, 40],
  ])('%s: the plan recalls more on the day', (_name, size, studied, days, minutes) => {
    const ids = scopeOf(size);
    const cards = studied ? warmStudent(ids, studied, 120, 5, 30) : new Map<QuestionId, CardState>();
    const planned = onDay('plan', ids, cards, days, minutes);
    const due = onDay('due', ids, cards, days, minutes);
    expect(planned).toBeGreaterThan(due);
  });
});

describe('simulate', () => {
  const ids = scopeOf(80);
  const base = {
    ids,
    cards: new Map(),
    now: T0,
    target: T0 + 10 * DAY_MS,
    tzOffsetMs: 0,
    minutesPerDay: 30,
    costs,
    policy: 'plan' as const,
  };

  it('is deterministic for a seed and varies with it', () => {
    expect(simulate({ ...base, seed: 4 })).toEqual(simulate({ ...base, seed: 4 }));
    expect(simulate({ ...base, seed: 4 }).recallOnDay).not.toBe(simulate({ ...base, seed: 5 }).recallOnDay);
  });

  it('spends no more than the minutes a day', () => {
    const r = simulate({ ...base, seed: 1 });
    expect(r.newStudied * costs.newMinutes + r.reviews * costs.reviewMinutes).toBeLessThanOrEqual(10 * 30);
    expect(r.newStudied).toBeGreaterThan(0);
  });

  it('draws a curve from "if stopped now" to "if followed", one point per day left', () => {
    const r = simulate({ ...base, seed: 1 });
    expect(r.curve.map((p) => p.daysLeft)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    expect(r.curve[0]!.recall).toBe(r.recallIfStopped);
    expect(r.curve.at(-1)!.recall).toBe(r.recallOnDay);
    expect(r.recallIfStopped).toBe(0);
  });

  it('with 0 minutes leaves the forecast where it is', () => {
    const cards = warmStudent(ids, 40, 60, 3);
    const r = simulate({ ...base, cards, minutesPerDay: 0, seed: 1 });
    expect(r.recallOnDay).toBe(expectedRecall(ids, cards, base.target));
    expect(r.unseen).toBe(40);
  });
});
