// The forecast a user reads on the dashboard: the expected share of the scope recalled on the interview day if
// the plan is followed and if they stop now, the recall on the day after each day of the plan (the curve the
// dashboard plots against the days left), and the minutes a day that would reach the target share. All figures
// come from the seeded simulator (simulate.ts) under the planner's policy, with one fixed seed so a page shows
// the same figures on every load. Pure. Isomorphic.

import type { QuestionId } from '../model/index.js';
import type { CardState } from '../schedule/index.js';
import type { PlanCosts } from './plan-day.js';
import { simulate, type SimulationResult } from './simulate.js';

/** The largest daily time the minutes-for-target search tries: beyond it the answer is "more days". */
export const MAX_SEARCH_MINUTES = 720;
/** The search stops at this step, in minutes: a finer answer would be false precision. */
const SEARCH_STEP = 5;
export const FORECAST_SEED = 20_260_101;

export interface ForecastInput {
  ids: readonly QuestionId[];
  cards: ReadonlyMap<QuestionId, CardState>;
  now: number;
  target: number;
  tzOffsetMs: number;
  minutesPerDay: number;
  spentToday: number;
  costs: PlanCosts;
  /** Target share recalled on the day, 0–1. */
  goal: number;
  retention?: number;
}

export interface Forecast {
  expectedRecallOnDay: number;
  expectedRecallIfStopped: number;
  /** Expected recall on the day after each day of the plan; the first point is today before studying. */
  curve: { daysLeft: number; recall: number }[];
  /** Minutes a day that reach the goal, to SEARCH_STEP; null when even MAX_SEARCH_MINUTES does not. */
  minutesForGoal: number | null;
  /** Whether the plan as set reaches the goal. */
  fits: boolean;
  /** Questions of the scope the plan leaves never studied by the day. */
  unseenOnDay: number;
  newStudied: number;
  reviews: number;
}

export function runPlan(input: ForecastInput, minutesPerDay: number, ids = input.ids): SimulationResult {
  return simulate({
    ids,
    cards: input.cards,
    now: input.now,
    target: input.target,
    tzOffsetMs: input.tzOffsetMs,
    minutesPerDay,
    spentToday: input.spentToday,
    costs: input.costs,
    policy: 'plan',
    seed: FORECAST_SEED,
    ...(input.retention !== undefined ? { retention: input.retention } : {}),
  });
}

/**
 * The smallest daily minutes (to SEARCH_STEP) whose plan reaches the goal, by bisection: more minutes never
 * plan less (the planner fills a larger budget with a superset of the day's picks), so recall on the day grows
 * with the minutes up to the simulator's grading noise.
 */
export function minutesForGoal(input: ForecastInput, known?: { minutes: number; recall: number }): number | null {
  const reaches = (m: number) => (known && known.minutes === m ? known.recall : runPlan(input, m).recallOnDay) >= input.goal;
  if (!reaches(MAX_SEARCH_MINUTES)) return null;
  let lo = 0; // does not reach (0 minutes studies nothing more)
  let hi = MAX_SEARCH_MINUTES;
  if (input.goal <= runPlan(input, 0).recallOnDay) return 0;
  while (hi - lo > SEARCH_STEP) {
    const mid = Math.round((lo + hi) / 2 / SEARCH_STEP) * SEARCH_STEP || SEARCH_STEP;
    if (mid >= hi || mid <= lo) break;
    if (reaches(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

export function forecastPlan(input: ForecastInput): Forecast {
  const run = runPlan(input, input.minutesPerDay);
  const fits = run.recallOnDay >= input.goal;
  return {
    expectedRecallOnDay: run.recallOnDay,
    expectedRecallIfStopped: run.recallIfStopped,
    curve: run.curve,
    minutesForGoal: fits && input.minutesPerDay <= SEARCH_STEP ? input.minutesPerDay : minutesForGoal(input, { minutes: input.minutesPerDay, recall: run.recallOnDay }),
    fits,
    unseenOnDay: run.unseen,
    newStudied: run.newStudied,
    reviews: run.reviews,
  };
}
