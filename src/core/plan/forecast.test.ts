import { describe, expect, it } from 'vitest';
import { forecastPlan, MAX_SEARCH_MINUTES, runPlan, searchStep, type ForecastInput } from './forecast.js';
import { DAY_MS } from './recall.js';
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
