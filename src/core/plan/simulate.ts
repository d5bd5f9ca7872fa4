// A seeded simulated student, for the planner's tests, its forecast and the bench table. The student's memory
// IS the FSRS model: each review's recall is drawn with the probability FSRS predicts (recall.ts), the card is
// then graded through the real scheduler (ts-fsrs, fuzz off), and a day's (re)learning steps are played out the
// same day. A new question's first look is graded from a fixed spread (most people half-know an answer the first
// time). Each day runs one session of the given minutes under a policy: the planner (plan-day.ts) or plain FSRS
// due order. The figure compared is the expected share recalled at the target, the mean over the scope of the
// FSRS recall of each final card state (0 for a question never studied), so the only noise is in the grades.
// Pure and deterministic for a seed. Isomorphic.

import type { QuestionId } from '../model/index.js';
import { createScheduler, seededRandom, type CardState, type Rating, type Scheduler } from '../schedule/index.js';
import { dueOrderDay, planDay, type DayPlan, type DayPlanInput, type PlanCosts } from './plan-day.js';
import { buildPlanTable } from './plan-table.js';
import { DAY_MS, FIRST_LOOK, recallAfter, wholeDays } from './recall.js';

export type Policy = 'plan' | 'due';

export interface SimulationInput {
  /** The scope, in its own order. */
  ids: readonly QuestionId[];
  cards: ReadonlyMap<QuestionId, CardState>;
  now: number;
  /** The interview moment (epoch ms). */
  target: number;
  /** Local time minus UTC (ms): days start at local midnight. */
  tzOffsetMs: number;
  minutesPerDay: number;
  /** Minutes already studied today (today's session gets the rest). */
  spentToday?: number;
  costs: PlanCosts;
  policy: Policy;
  seed: number;
  retention?: number;
}

export interface SimulationResult {
  /** Expected share of the scope recalled at the target after following the policy. */
  recallOnDay: number;
  /** The same if no more studying happens from now. */
  recallIfStopped: number;
  /** Expected recall at the target after each day's session, with the days left after it (first: now). */
  curve: { daysLeft: number; recall: number }[];
  newStudied: number;
  reviews: number;
  /** Questions still never studied at the target. */
  unseen: number;
}

export const startOfLocalDay = (t: number, tzOffsetMs: number) => Math.floor((t + tzOffsetMs) / DAY_MS) * DAY_MS - tzOffsetMs;

/** Expected share of `ids` recalled at `target`, from each card's FSRS state (0 when never studied). */
export function expectedRecall(ids: readonly QuestionId[], cards: ReadonlyMap<QuestionId, CardState>, target: number): number {
  if (ids.length === 0) return 0;
  let sum = 0;
  for (const id of ids) {
    const c = cards.get(id);
    if (c && c.state !== 'new' && c.lastReview !== null) sum += recallAfter(wholeDays(c.lastReview, target), c.stability);
  }
  return sum / ids.length;
}

function draw(rnd: () => number, p: readonly number[]): Rating {
  let u = rnd();
  for (let i = 0; i < p.length; i++) if ((u -= p[i]!) < 0) return (i + 1) as Rating;
  return p.length as Rating;
}

/** Grades one study of a card and plays out its same-day steps; returns the new state. */
function study(card: CardState | undefined, t: number, dayEnd: number, rnd: () => number, fsrs: Scheduler): CardState {
  let state: CardState;
  if (!card || card.state === 'new') state = fsrs.grade(card ?? fsrs.newCard(t), t, draw(rnd, FIRST_LOOK));
  else {
    const p = card.lastReview === null ? 0 : recallAfter(wholeDays(card.lastReview, t), card.stability);
    state = fsrs.grade(card, t, rnd() < p ? 3 : 1);
  }
  // (Re)learning steps due before the day ends are done the same day, with recall drawn as for a review.
  for (let step = 0; step < 8 && state.state !== 'review' && state.due < dayEnd; step++) {
    const at = Math.max(t, state.due);
    const p = state.lastReview === null ? 0 : recallAfter(wholeDays(state.lastReview, at), state.stability);
    state = fsrs.grade(state, at, rnd() < p ? 3 : 1);
  }
  return state;
}

export function simulate(input: SimulationInput): SimulationResult {
  const fsrs = createScheduler({ retention: input.retention ?? 0.9, fuzz: false });
  const rnd = seededRandom(input.seed);
  const ids = [...new Set(input.ids)];
  const cards = new Map<QuestionId, CardState>();
  for (const id of ids) {
    const c = input.cards.get(id);
    if (c) cards.set(id, c);
  }
  const scope = Int32Array.from(ids, (_, i) => i);
  const tz = input.tzOffsetMs;
  const targetDay = startOfLocalDay(input.target, tz);
  const today = startOfLocalDay(input.now, tz);
  const daysLeft = Math.max(0, Math.round((targetDay - today) / DAY_MS));
  const recallIfStopped = expectedRecall(ids, cards, input.target);
  const curve = [{ daysLeft, recall: recallIfStopped }];
  let newStudied = 0;
  let reviews = 0;
  // One session per day from today to the day before the interview; on the day itself, one before it starts.
  const sessions = Math.max(daysLeft, input.now < input.target ? 1 : 0);
  for (let d = 0; d < sessions; d++) {
    const dayStart = today + d * DAY_MS;
    // Today's session starts now; later ones at the interview's time of day, so whole-day gaps line up.
    const start = d === 0 ? input.now : dayStart + (input.target - targetDay);
    const dayEnd = Math.min(dayStart + DAY_MS, input.target);
    const table = buildPlanTable(ids, cards);
    const dayInput: DayPlanInput = {
      table,
      scope,
      now: start,
      target: input.target,
      dayStart,
      dayEnd,
      budgetMinutes: input.minutesPerDay - (d === 0 ? (input.spentToday ?? 0) : 0),
      costs: input.costs,
    };
    const plan: DayPlan = input.policy === 'plan' ? planDay(dayInput) : dueOrderDay(dayInput);
    let t = start;
    plan.positions.forEach((p, i) => {
      const id = ids[p]!;
      const kind = plan.kinds[i]!;
      cards.set(id, study(cards.get(id), t, dayEnd, rnd, fsrs));
      if (kind === 'new') newStudied++;
      else if (kind === 'review') reviews++;
      t += (kind === 'new' ? input.costs.newMinutes : kind === 'review' ? input.costs.reviewMinutes : 0) * 60_000;
    });
    curve.push({ daysLeft: daysLeft - d - 1, recall: expectedRecall(ids, cards, input.target) });
  }
  let unseen = 0;
  for (const id of ids) if (!cards.has(id) || cards.get(id)!.state === 'new') unseen++;
  return { recallOnDay: curve[curve.length - 1]!.recall, recallIfStopped, curve, newStudied, reviews, unseen };
}
