import { describe, expect, it } from 'vitest';
import type { QuestionId } from '../model/index.js';
import { createScheduler, type CardState } from '../schedule/index.js';
import { DAY_MS, NEW_CARD_STABILITY, recallAfter } from './recall.js';
import { expectedRecall, simulate, startOfLocalDay, type Policy, type SimulationInput } from './simulate.js';
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

describe('simulate: days, minutes and counts', () => {
  const fsrs = createScheduler({ retention: 0.9, fuzz: false });
  const ids = scopeOf(20);
  const run = (over: Partial<SimulationInput>) =>
    simulate({
      ids,
      cards: new Map(),
      now: T0,
      target: T0 + DAY_MS,
      tzOffsetMs: 0,
      minutesPerDay: 30,
      costs,
      policy: 'plan',
      seed: 1,
      ...over,
    });
  /** Recall one whole day after a first look graded Again, Hard, Good or Easy and its steps passed. */
  const oneDay = NEW_CARD_STABILITY.map((s) => recallAfter(1, s));

  it('starts local days at local midnight', () => {
    // 23:30 UTC on 5 January is 01:30 on 6 January at UTC+2, whose day began at 22:00 UTC on the 5th.
    expect(startOfLocalDay(Date.UTC(2026, 0, 5, 23, 30), 2 * 3_600_000)).toBe(Date.UTC(2026, 0, 5, 22));
    expect(startOfLocalDay(Date.UTC(2026, 0, 5, 1), -3 * 3_600_000)).toBe(Date.UTC(2026, 0, 4, 3));
  });

  it('expected recall: 0 for an empty scope, unstudied or requested questions count 0', () => {
    expect(expectedRecall([], new Map(), T0)).toBe(0);
    const learned = fsrs.grade(fsrs.newCard(T0 - 5 * DAY_MS), T0 - 5 * DAY_MS, 3);
    const requested: CardState = { ...learned, state: 'new' };
    const cards = new Map([
      [ids[0]!, learned],
      [ids[1]!, requested],
    ]);
    expect(expectedRecall(ids.slice(0, 3), cards, T0)).toBeCloseTo(recallAfter(5, learned.stability) / 3, 12);
  });

  it('studied the evening before, every question studied is fully recalled the next morning (0 whole days)', () => {
    const r = run({ now: T0 + 11 * 3_600_000, target: T0 + DAY_MS });
    expect(r.newStudied).toBe(6);
    expect(r.recallOnDay).toBeCloseTo(6 / 20, 12);
    expect(r.curve.map((p) => p.daysLeft)).toEqual([1, 0]);
  });

  it('gives today’s session the minutes not yet spent, later days the full minutes', () => {
    // Reviews cost more than a day holds, so each day is new cards only: 2 today, 6 tomorrow.
    const expensive = { newMinutes: 5, reviewMinutes: 31 };
    expect(run({ spentToday: 20, costs: expensive }).newStudied).toBe(2);
    expect(run({ spentToday: 20, costs: expensive, target: T0 + 2 * DAY_MS }).newStudied).toBe(8);
    expect(run({ spentToday: 20, costs: expensive, target: T0 + 2 * DAY_MS }).curve.map((p) => p.daysLeft)).toEqual([2, 1, 0]);
  });

  it('on the interview day studies before the interview, not at or after it', () => {
    const before = run({ target: T0 + 3 * 3_600_000 });
    expect(before.newStudied).toBe(6);
    expect(before.curve).toHaveLength(2);
    for (const target of [T0, T0 - 3_600_000]) {
      const after = run({ target });
      expect(after).toMatchObject({ newStudied: 0, reviews: 0, unseen: 20, recallOnDay: 0 });
      expect(after.curve).toHaveLength(1);
    }
  });

  it('each study takes its minutes: cards studied 40 minutes or more into the session are 0 whole days from a point 39 minutes in, a day later', () => {
    // 20 minutes per new card, and a first look's steps end within 16 minutes: 6 cards at +0, +20, ..., +100.
    const start = T0 + 13 * 3_600_000;
    const r = run({ now: start, target: start + DAY_MS + 39 * 60_000, minutesPerDay: 120, costs: { newMinutes: 20, reviewMinutes: 50 } });
    expect(r.newStudied).toBe(6);
    // Four cards at recall 1, the two first at one day's recall for their first-look grade.
    const rest = 20 * r.recallOnDay - 4;
    const pairs = oneDay.flatMap((a) => oneDay.map((b) => a + b));
    expect(Math.min(...pairs.map((s) => Math.abs(s - rest)))).toBeLessThan(1e-9);
  });

  it('counts new cards and reviews apart, and steps as neither', () => {
    // Under due order: 3 reviews due, 1 card in steps, 2 new questions.
    const scope = scopeOf(6, 'c');
    const due = (daysAgo: number) => {
      const first = fsrs.grade(fsrs.newCard(T0 - daysAgo * DAY_MS), T0 - daysAgo * DAY_MS, 3);
      return fsrs.grade(first, first.due, 3);
    };
    const inSteps = fsrs.grade(fsrs.newCard(T0 - 3_600_000), T0 - 3_600_000, 1);
    const cards = new Map<QuestionId, CardState>([
      [scope[0]!, due(20)],
      [scope[1]!, due(25)],
      [scope[2]!, due(30)],
      [scope[3]!, inSteps],
    ]);
    expect([...cards.values()].map((c) => c.state)).toEqual(['review', 'review', 'review', 'learning']);
    expect([...cards.values()].every((c) => c.due < T0)).toBe(true);
    const r = run({ ids: scope, cards, policy: 'due', minutesPerDay: 100 });
    expect(r).toMatchObject({ newStudied: 2, reviews: 3, unseen: 0 });
  });

  it('a review is graded by the recall now: over many students a half-forgotten card is sometimes recalled, sometimes not, and nothing else', () => {
    // Learned 20 days ago with stability about 2: recall now about 0.69.
    const one = [ids[0]!];
    const weak = fsrs.grade(fsrs.newCard(T0 - 20 * DAY_MS), T0 - 20 * DAY_MS, 3);
    const outcomes = Array.from({ length: 30 }, (_, seed) =>
      run({ ids: one, cards: new Map([[one[0]!, weak]]), policy: 'due', target: T0 + 10 * DAY_MS, seed }).recallOnDay.toFixed(9),
    );
    const counts = new Map<string, number>();
    for (const o of outcomes) counts.set(o, (counts.get(o) ?? 0) + 1);
    expect(counts.size).toBe(2);
    const recalled = Math.max(...[...counts.keys()].map(Number));
    expect(counts.get(recalled.toFixed(9))).toBeGreaterThan(10);
  });

  it('a requested question (state new) studied under due order gets a first look, graded from the first-look spread', () => {
    const one = [ids[0]!];
    const requested = new Map([[one[0]!, fsrs.newCard(T0 - DAY_MS)]]);
    const outcomes = new Set(
      Array.from({ length: 30 }, (_, seed) =>
        run({ ids: one, cards: requested, policy: 'due', target: T0 + 36 * 3_600_000, seed }).recallOnDay.toFixed(9),
      ),
    );
    // One session, one whole day before the interview: one outcome per first-look grade that came up.
    expect(outcomes.size).toBeGreaterThanOrEqual(3);
    for (const o of outcomes) expect(oneDay.some((v) => Math.abs(v - Number(o)) < 1e-8)).toBe(true);
  });

  it('counts requested questions (state new) left unstudied as unseen', () => {
    const cards = new Map(ids.map((id) => [id, fsrs.newCard(T0 - DAY_MS)]));
    expect(run({ cards, minutesPerDay: 0 }).unseen).toBe(20);
  });
});
