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
  /** Minutes a day that reach the goal, to searchStep; null when even MAX_SEARCH_MINUTES does not. */
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
 * The precision of the minutes-for-target answer: 5 minutes, or a tenth of the answer when that is more. Finer
 * would be false precision (the costs are estimates) and would cost simulator runs at large budgets.
 */
export const searchStep = (minutes: number) => Math.max(SEARCH_STEP, Math.round(minutes / 10 / SEARCH_STEP) * SEARCH_STEP);

/**
 * The smallest daily minutes (to searchStep) whose plan reaches the goal. Recall on the day grows with the minutes
 * (the planner fills a larger budget with a superset of the day's picks, up to the simulator's grading noise),
 * so: double from the plan's own minutes until the goal is reached (or MAX_SEARCH_MINUTES is not enough), then
 * bisect. Starting from the plan's minutes keeps the runs, whose cost grows with the minutes, as small as they
 * can be.
 */
export function minutesForGoal(input: ForecastInput, known?: { minutes: number; recall: number }): number | null {
  const cache = new Map<number, boolean>();
  if (known) cache.set(known.minutes, known.recall >= input.goal);
  const reaches = (m: number) => {
    let r = cache.get(m);
    if (r === undefined) cache.set(m, (r = runPlan(input, m).recallOnDay >= input.goal));
    return r;
  };
  if (reaches(0)) return 0;
  const start = Math.min(MAX_SEARCH_MINUTES, Math.max(SEARCH_STEP, Math.round(input.minutesPerDay / SEARCH_STEP) * SEARCH_STEP));
  let lo = 0; // known not to reach
  let hi = start;
  if (reaches(start)) {
    while (hi > SEARCH_STEP && reaches(Math.round(hi / 2 / SEARCH_STEP) * SEARCH_STEP || SEARCH_STEP))
      hi = Math.round(hi / 2 / SEARCH_STEP) * SEARCH_STEP || SEARCH_STEP;
    lo = hi <= SEARCH_STEP ? 0 : Math.round(hi / 2 / SEARCH_STEP) * SEARCH_STEP;
  } else {
    while (!reaches(hi)) {
      if (hi >= MAX_SEARCH_MINUTES) return null;
      lo = hi;
      hi = Math.min(MAX_SEARCH_MINUTES, hi * 2);
    }
  }
  while (hi - lo > searchStep(hi)) {
    const mid = Math.round((lo + hi) / 2 / SEARCH_STEP) * SEARCH_STEP;
    if (mid <= lo || mid >= hi) break;
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
    minutesForGoal: minutesForGoal(input, { minutes: input.minutesPerDay, recall: run.recallOnDay }),
    fits,
    unseenOnDay: run.unseen,
    newStudied: run.newStudied,
    reviews: run.reviews,
  };
}
