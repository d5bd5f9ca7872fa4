import { describe, expect, it } from 'vitest';
import { FORECAST_SEED, forecastPlan, MAX_SEARCH_MINUTES, minutesForGoal, runPlan, searchStep, type ForecastInput } from './forecast.js';
import { DAY_MS } from './recall.js';
import { simulate } from './simulate.js';
import { scopeOf, T0, warmStudent } from './test-students.js';

const ids = scopeOf(120);
const input: ForecastInput = {
  ids,
  cards: warmStudent(ids, 40, 60, 9),
  now: T0,
  target: T0 + 14 * DAY_MS,
  tzOffsetMs: 0,
  minutesPerDay: 20,
  spentToday: 0,
  costs: { newMinutes: 5, reviewMinutes: 2 },
  goal: 0.9,
};

describe('forecastPlan', () => {
  it('following the plan beats stopping now, and more minutes a day beat fewer', () => {
    const f = forecastPlan(input);
    expect(f.expectedRecallOnDay).toBeGreaterThan(f.expectedRecallIfStopped);
    expect(forecastPlan({ ...input, minutesPerDay: 60 }).expectedRecallOnDay).toBeGreaterThan(f.expectedRecallOnDay);
  });

  it('finds the minutes a day that reach the target: they do, one search step fewer do not', () => {
    const f = forecastPlan(input);
    expect(f.fits).toBe(false);
    expect(f.minutesForGoal).not.toBeNull();
    const m = f.minutesForGoal!;
    expect(runPlan(input, m).recallOnDay).toBeGreaterThanOrEqual(0.9);
    expect(runPlan(input, m - searchStep(m)).recallOnDay).toBeLessThan(0.9);
    // The same answer whether the plan's own minutes are below or above it.
    expect(forecastPlan({ ...input, minutesPerDay: 300 }).minutesForGoal).toBe(m);
    expect(forecastPlan({ ...input, minutesPerDay: m }).fits).toBe(true);
  });

  it('says no daily time is enough when the days are too few', () => {
    const big = scopeOf(3000);
    const f = forecastPlan({ ...input, ids: big, cards: new Map(), target: T0 + 2 * DAY_MS });
    expect(runPlan({ ...input, ids: big, cards: new Map(), target: T0 + 2 * DAY_MS }, MAX_SEARCH_MINUTES).recallOnDay).toBeLessThan(0.9);
    expect(f.minutesForGoal).toBeNull();
    expect(f.unseenOnDay).toBeGreaterThan(0);
  });
});

describe('searchStep', () => {
  it('is 5 minutes up to 70, then a tenth of the answer rounded to 5', () => {
    expect([0, 5, 40, 72, 75, 100, 240, 720].map(searchStep)).toEqual([5, 5, 5, 5, 10, 10, 25, 70]);
  });
});

describe('forecast on a small scope', () => {
  // 12 questions, half studied, 4 days: each run takes milliseconds. Recall on the day by minutes a day:
  // 0 → 0.47, 5 → 0.77, 10 → 0.95, 15 → 0.99.
  const small = scopeOf(12);
  const base: ForecastInput = {
    ...input,
    ids: small,
    cards: warmStudent(small, 6, 30, 3),
    target: T0 + 4 * DAY_MS,
    minutesPerDay: 20,
  };

  it('runs the planner’s policy with the fixed seed', () => {
    const fields = { ids: small, cards: base.cards, now: T0, target: base.target, tzOffsetMs: 0, spentToday: 0, costs: base.costs };
    expect(runPlan(base, 20)).toEqual(simulate({ ...fields, minutesPerDay: 20, policy: 'plan', seed: FORECAST_SEED }));
    expect(runPlan(base, 20)).not.toEqual(simulate({ ...fields, minutesPerDay: 20, policy: 'due', seed: FORECAST_SEED }));
  });

  it('needs 0 minutes when stopping now already reaches the goal', () => {
    const f = forecastPlan({ ...base, goal: 0.4 });
    expect(f.expectedRecallIfStopped).toBeGreaterThanOrEqual(0.4);
    expect(f).toMatchObject({ minutesForGoal: 0, fits: true });
  });

  it.each([5, 10, 20, 60, 300, 720])('from %i minutes a day, finds the 10 minutes that reach 90 %', (minutesPerDay) => {
    expect(runPlan(base, 5).recallOnDay).toBeLessThan(0.9);
    expect(runPlan(base, 10).recallOnDay).toBeGreaterThanOrEqual(0.9);
    expect(minutesForGoal({ ...base, minutesPerDay, goal: 0.9 })).toBe(10);
    expect(forecastPlan({ ...base, minutesPerDay, goal: 0.9 }).minutesForGoal).toBe(10);
  });

  it('fits exactly when the plan’s recall equals the goal', () => {
    const recall = runPlan(base, 20).recallOnDay;
    expect(forecastPlan({ ...base, goal: recall }).fits).toBe(true);
    expect(forecastPlan({ ...base, goal: recall + 1e-12 }).fits).toBe(false);
  });
});

describe('minutesForGoal on a scope that needs hours', () => {
  // 300 new questions in 6 days: recall on the day rises steadily with the minutes, 0.745 at 220 and 0.780 at 230.
  const big: ForecastInput = { ...input, ids: scopeOf(300), cards: new Map(), target: T0 + 6 * DAY_MS, goal: 0.75 };

  it.each([5, 20, 100, 300, 720])('from %i minutes a day, doubles or halves then bisects to within a search step', (minutesPerDay) => {
    const m = minutesForGoal({ ...big, minutesPerDay })!;
    expect(m % 5).toBe(0);
    expect(m).toBeGreaterThanOrEqual(225);
    expect(m).toBeLessThanOrEqual(250);
    expect(runPlan(big, m).recallOnDay).toBeGreaterThanOrEqual(0.75);
    expect(runPlan(big, m - searchStep(m)).recallOnDay).toBeLessThan(0.75);
  });
});
