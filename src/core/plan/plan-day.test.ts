import { describe, expect, it } from 'vitest';
import { createScheduler, FRESH, REVIEW } from '../schedule/index.js';
import { dueOrderDay, planDay, type DayPlanInput } from './plan-day.js';
import { buildPlanTable } from './plan-table.js';
import { DAY_MS, recallAfter, wholeDays } from './recall.js';
import { scopeOf, T0, warmStudent } from './test-students.js';

const costs = { newMinutes: 5, reviewMinutes: 2 };
const ids = scopeOf(200);
const cards = warmStudent(ids, 120, 40, 7);
const table = buildPlanTable(ids, cards);
const scope = Int32Array.from(ids, (_, i) => i);
const input = (daysLeft: number, budgetMinutes: number): DayPlanInput => ({
  table,
  scope,
  now: T0,
  target: T0 + daysLeft * DAY_MS,
  dayStart: T0 - 9 * 3_600_000,
  dayEnd: T0 + 15 * 3_600_000,
  budgetMinutes,
  costs,
});
const recallOnDay = (p: number, target: number) => recallAfter(wholeDays(table.lastReview[p]!, target), table.stability[p]!);

describe('planDay', () => {
  it('fits the minutes: never plans more than the budget', () => {
    for (const budget of [0, 3, 17, 60, 240]) {
      const plan = planDay(input(20, budget));
      expect(plan.minutes).toBeLessThanOrEqual(budget + 1e-9);
      expect(plan.newCount * costs.newMinutes + plan.reviewCount * costs.reviewMinutes).toBeCloseTo(plan.minutes);
    }
  });

  it('puts new material first when the interview is weeks away', () => {
    const plan = planDay(input(28, 60));
    expect(plan.newCount).toBe(12);
    expect(plan.kinds.slice(0, 12)).toEqual(Array(12).fill('new'));
  });

  it('in the last days reviews the cards weakest on the day even when none is due', () => {
    // Everything studied and every due review done: plain due order has nothing to do today.
    const upToDate = warmStudent(ids, 200, 90, 11);
    const t = buildPlanTable(ids, upToDate);
    const target = T0 + 2 * DAY_MS;
    expect(dueOrderDay({ ...input(2, 30), table: t }).positions).toEqual([]);
    const plan = planDay({ ...input(2, 30), table: t });
    expect(plan.reviewCount).toBe(15);
    expect(plan.positions.every((p) => t.due[p]! > T0 + 15 * 3_600_000)).toBe(true);
    const onDay = (p: number) => recallAfter(wholeDays(t.lastReview[p]!, target), t.stability[p]!);
    const planned = new Set(plan.positions);
    const left = [...scope].filter((p) => !planned.has(p));
    expect(Math.max(...plan.positions.map(onDay))).toBeLessThanOrEqual(Math.min(...left.map(onDay)) + 0.02);
  });

  it('orders new cards by the scope order (a path’s steps)', () => {
    const plan = planDay(input(28, 60));
    const fresh = plan.positions.filter((_, i) => plan.kinds[i] === 'new');
    expect(fresh).toEqual([...fresh].sort((a, b) => a - b));
    expect(fresh.every((p) => table.kind[p] === FRESH)).toBe(true);
  });

  it('takes cards in learning steps first, at no extra cost when their steps started today', () => {
    const fsrs = createScheduler({ retention: 0.9, fuzz: false });
    const learning = fsrs.grade(fsrs.newCard(T0 - 3_600_000), T0 - 3_600_000, 1);
    const t = buildPlanTable(ids.slice(0, 3), new Map([[ids[2]!, learning]]));
    const plan = planDay({ ...input(10, 10), table: t, scope: [0, 1, 2] });
    expect(plan.kinds[0]).toBe('learning');
    expect(plan.positions[0]).toBe(2);
    expect(plan.minutes).toBe(10);
  });
});

describe('dueOrderDay (the baseline)', () => {
  it('takes due reviews most overdue first, then new cards, within the minutes', () => {
    const plan = dueOrderDay(input(20, 60));
    const reviews = plan.positions.filter((_, i) => plan.kinds[i] === 'review');
    expect(reviews.every((p) => table.due[p]! < T0 + 15 * 3_600_000)).toBe(true);
    expect(reviews.map((p) => table.due[p]!)).toEqual(reviews.map((p) => table.due[p]!).sort((a, b) => a - b));
    expect(plan.minutes).toBeLessThanOrEqual(60);
  });
});
