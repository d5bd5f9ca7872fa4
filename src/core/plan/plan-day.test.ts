import { describe, expect, it } from 'vitest';
import { createScheduler, FRESH, LEARNING, REQUESTED, REVIEW } from '../schedule/index.js';
import { dueOrderDay, planDay, type DayPlan, type DayPlanInput } from './plan-day.js';
import { buildPlanTable, type PlanTable } from './plan-table.js';
import { DAY_MS, recallAfter, recallIfLearned, recallIfReviewed, wholeDays } from './recall.js';
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

// Small hand-built tables: T0 is 09:00 UTC, its day runs from 00:00 to 24:00.
const DAY_START = T0 - 9 * 3_600_000;
const DAY_END = T0 + 15 * 3_600_000;
const H = 3_600_000;
interface Row {
  kind: number;
  due?: number;
  s?: number;
  d?: number;
  last?: number;
}
const tableOf = (rows: readonly Row[]): PlanTable => ({
  ids: scopeOf(rows.length),
  kind: Uint8Array.from(rows, (r) => r.kind),
  due: Float64Array.from(rows, (r) => r.due ?? 0),
  stability: Float64Array.from(rows, (r) => r.s ?? 0),
  difficulty: Float64Array.from(rows, (r) => r.d ?? 0),
  lastReview: Float64Array.from(rows, (r) => r.last ?? NaN),
});
const dayOf = (t: PlanTable, scopeOrder: readonly number[], over: Partial<DayPlanInput> = {}): DayPlanInput => ({
  table: t,
  scope: scopeOrder,
  now: T0,
  target: T0 + 10 * DAY_MS,
  dayStart: DAY_START,
  dayEnd: DAY_END,
  budgetMinutes: 60,
  costs,
  ...over,
});
const fresh: Row = { kind: FRESH };
/** A review card last seen `daysAgo` days before T0 with stability s. */
const rev = (daysAgo: number, s: number, d = 5): Row => ({ kind: REVIEW, due: T0 - DAY_MS, s, d, last: T0 - daysAgo * DAY_MS });
/** Gain in recall on the day per review minute, straight from the definition in plan-day.ts's header. */
const reviewRatio = (t: PlanTable, p: number, target: number, reviewMinutes: number) => {
  const s = t.stability[p]!;
  const onDay = recallAfter(wholeDays(t.lastReview[p]!, target), s);
  const rNow = recallAfter(wholeDays(t.lastReview[p]!, T0), s);
  return (recallIfReviewed(t.difficulty[p]!, s, rNow, wholeDays(T0, target)) - onDay) / reviewMinutes;
};
const kindsOf = (plan: DayPlan) => plan.positions.map((p, i) => `${plan.kinds[i]}:${p}`);

describe('planDay on hand-built days', () => {
  it('takes cards in steps due today by due time (ties by position), whatever the scope order; later ones wait', () => {
    const t = tableOf([
      fresh,
      { kind: LEARNING, due: T0 + 2 * H, last: T0 - H },
      { kind: LEARNING, due: T0 + H, last: T0 - H },
      { kind: LEARNING, due: T0 + 2 * H, last: T0 - H },
      { kind: LEARNING, due: DAY_END, last: T0 - H },
      { kind: LEARNING, due: DAY_END + H, last: T0 - H },
      { kind: LEARNING, due: T0 - 3 * H, last: T0 - 4 * H },
    ]);
    const plan = planDay(dayOf(t, [5, 4, 3, 1, 2, 6, 0], { budgetMinutes: 0 }));
    expect(kindsOf(plan)).toEqual(['learning:6', 'learning:2', 'learning:1', 'learning:3']);
    expect(plan.learningCount).toBe(4);
    expect(plan.minutes).toBe(0);
  });

  it('charges a review’s minutes for steps left from an earlier day, none for steps started today (from midnight on)', () => {
    const t = tableOf([
      { kind: LEARNING, due: T0, last: DAY_START - H },
      { kind: LEARNING, due: T0, last: DAY_START },
      fresh,
      fresh,
      fresh,
      fresh,
    ]);
    // 10 minutes: 2 for the leftover step, then 8 for new cards at 4 minutes each.
    const plan = planDay(dayOf(t, [0, 1, 2, 3, 4, 5], { budgetMinutes: 10, costs: { newMinutes: 4, reviewMinutes: 2 } }));
    expect(kindsOf(plan)).toEqual(['learning:0', 'learning:1', 'new:2', 'new:3']);
    expect(plan).toMatchObject({ learningCount: 2, newCount: 2, reviewCount: 0, minutes: 10 });
  });

  it('does not review again a review card already reviewed today, even at midnight', () => {
    // Reviewed at 00:00; at 23:00 a review would count one whole day less to a 08:00 interview.
    const t = tableOf([{ kind: REVIEW, due: DAY_END + 5 * DAY_MS, s: 3, d: 5, last: DAY_START }]);
    const late = T0 + 14 * H;
    const plan = planDay(dayOf(t, [0], { now: late, target: DAY_END + 9 * DAY_MS + 8 * H }));
    expect(plan.positions).toEqual([]);
  });

  it('does not review a card whose review would gain nothing on the day (seen last night, whole days unchanged)', () => {
    const t = tableOf([{ kind: REVIEW, due: DAY_END + 5 * DAY_MS, s: 3, d: 5, last: DAY_START - H }]);
    expect(planDay(dayOf(t, [0])).positions).toEqual([]);
  });

  it('plans neither new cards nor reviews that cost no minutes (costs unknown), rather than all of them', () => {
    const t = tableOf([fresh, rev(20, 1), fresh, rev(15, 2)]);
    expect(planDay(dayOf(t, [0, 1, 2, 3], { costs: { newMinutes: 0, reviewMinutes: 2 } }))).toMatchObject({
      newCount: 0,
      reviewCount: 2,
    });
    expect(planDay(dayOf(t, [0, 1, 2, 3], { costs: { newMinutes: 5, reviewMinutes: 0 } }))).toMatchObject({
      newCount: 2,
      reviewCount: 0,
    });
  });

  it('the day before the interview, reviews of weak cards come before new cards', () => {
    const t = tableOf([fresh, fresh, rev(20, 1), rev(25, 1, 7), fresh]);
    const over = { target: T0 + DAY_MS, costs: { newMinutes: 5, reviewMinutes: 1 } };
    const newRatio = recallIfLearned(1) / 5;
    expect(reviewRatio(t, 2, T0 + DAY_MS, 1)).toBeGreaterThan(newRatio);
    expect(reviewRatio(t, 3, T0 + DAY_MS, 1)).toBeGreaterThan(newRatio);
    const plan = planDay(dayOf(t, [0, 1, 2, 3, 4], over));
    expect(plan.kinds).toEqual(['review', 'review', 'new', 'new', 'new']);
    expect(plan.positions.slice(2)).toEqual([0, 1, 4]);
    expect(plan).toMatchObject({ reviewCount: 2, newCount: 3, learningCount: 0, minutes: 17 });
  });

  it('orders reviews by gain per minute, equal gains by position', () => {
    // Positions 1, 3 and 5 are the same card; 2 and 4 differ.
    const t = tableOf([fresh, rev(12, 2), rev(30, 8), rev(12, 2), rev(6, 1.5, 8), rev(12, 2)]);
    const target = T0 + 10 * DAY_MS;
    const plan = planDay(dayOf(t, [5, 4, 3, 2, 1], { costs: { newMinutes: 5, reviewMinutes: 2 } }));
    const expected = [5, 4, 3, 2, 1].sort((a, b) => reviewRatio(t, b, target, 2) - reviewRatio(t, a, target, 2) || a - b);
    expect(new Set([1, 2, 4].map((p) => reviewRatio(t, p, target, 2))).size).toBe(3);
    expect(plan.positions).toEqual(expected);
    expect(plan.kinds).toEqual(Array(5).fill('review'));
    expect(plan.minutes).toBe(10);
  });

  it.each([
    [2, 30, 15],
    [2, 61, 30],
    [0.5, 10, 20],
    [3, 200, 40],
    // 0.3 / 0.1 is 2.9999999999999996 in floating point: the third review still fits.
    [0.1, 0.3, 3],
  ])(
    'with %f-minute reviews and %f minutes, plans exactly the %i reviews that gain most per minute, best first',
    (reviewMinutes, budget, count) => {
      // 40 review cards, all different, seen 1–23 days ago with stabilities 0.5–20.
      const rows = Array.from({ length: 40 }, (_, i) => rev(1 + ((i * 7) % 23), 0.5 + ((i * 13) % 40) * 0.5, 3 + (i % 6)));
      const t = tableOf(rows);
      const target = T0 + 6 * DAY_MS;
      const order = Array.from({ length: 40 }, (_, i) => (i * 17) % 40);
      const ratio = (p: number) => reviewRatio(t, p, target, reviewMinutes);
      const gaining = order.filter((p) => ratio(p) > 1e-9);
      expect(gaining.length).toBe(40);
      const best = [...gaining].sort((a, b) => ratio(b) - ratio(a) || a - b).slice(0, count);
      const plan = planDay(dayOf(t, order, { target, budgetMinutes: budget, costs: { newMinutes: 5, reviewMinutes } }));
      expect(plan.positions).toEqual(best);
      expect(plan.reviewCount).toBe(count);
      expect(plan.minutes).toBeCloseTo(count * reviewMinutes, 9);
    },
  );
});

describe('dueOrderDay on a hand-built day', () => {
  const t = tableOf([
    fresh,
    fresh,
    { kind: LEARNING, due: T0 + H, last: T0 - H },
    { kind: LEARNING, due: DAY_END + H, last: T0 - H },
    { kind: REVIEW, due: DAY_END, s: 3, d: 5, last: T0 - 3 * DAY_MS },
    { kind: REVIEW, due: T0 - 2 * DAY_MS, s: 3, d: 5, last: T0 - 5 * DAY_MS },
    { kind: REVIEW, due: T0 - 5 * DAY_MS, s: 3, d: 5, last: T0 - 8 * DAY_MS },
    { kind: REVIEW, due: T0 - 2 * DAY_MS, s: 3, d: 5, last: T0 - 5 * DAY_MS },
    { kind: REVIEW, due: T0 - 2 * DAY_MS, s: 3, d: 5, last: T0 - 5 * DAY_MS },
  ]);
  const order = [8, 7, 1, 6, 4, 0, 5, 3, 2];
  const day = (budgetMinutes: number) => dueOrderDay(dayOf(t, order, { budgetMinutes }));

  it('takes steps due today, then reviews due before the day ends (most overdue first, ties by position), then new cards in scope order', () => {
    const plan = day(60);
    expect(kindsOf(plan)).toEqual(['learning:2', 'review:6', 'review:5', 'review:7', 'review:8', 'new:1', 'new:0']);
    expect(plan).toMatchObject({ learningCount: 1, reviewCount: 4, newCount: 2, minutes: 18 });
  });

  it('stops each kind at the minutes, taking an item that fits exactly', () => {
    expect(kindsOf(day(6))).toEqual(['learning:2', 'review:6', 'review:5', 'review:7']);
    expect(day(6).minutes).toBe(6);
    expect(kindsOf(day(13))).toEqual(['learning:2', 'review:6', 'review:5', 'review:7', 'review:8', 'new:1']);
    expect(day(13)).toMatchObject({ reviewCount: 4, newCount: 1, minutes: 13 });
    expect(kindsOf(day(0))).toEqual(['learning:2']);
    expect(kindsOf(day(-5))).toEqual(['learning:2']);
  });
});

describe('requested cards ("Add to review now")', () => {
  // Requested at T0 - 1 h (position 1) and T0 - 2 h (position 2): first looks, the earliest request first.
  const t = tableOf([fresh, { kind: REQUESTED, due: T0 - H }, { kind: REQUESTED, due: T0 - 2 * H }, fresh]);

  it('are planned as new cards, before the other new cards, in the order asked for', () => {
    const plan = planDay(dayOf(t, [0, 1, 2, 3], { costs: { newMinutes: 5, reviewMinutes: 2 } }));
    expect(kindsOf(plan)).toEqual(['new:2', 'new:1', 'new:0', 'new:3']);
    expect(plan).toMatchObject({ newCount: 4, reviewCount: 0, minutes: 20 });
  });

  it('come first among new cards in due order too, each charged a new card’s minutes', () => {
    const plan = dueOrderDay(dayOf(t, [3, 0, 1, 2], { budgetMinutes: 10, costs: { newMinutes: 5, reviewMinutes: 2 } }));
    expect(kindsOf(plan)).toEqual(['new:2', 'new:1']);
    expect(plan).toMatchObject({ newCount: 2, reviewCount: 0, minutes: 10 });
  });
});
