// One day of an interview plan: which cards to study today, and in what order, to raise the expected share of
// the scope recalled on the interview day the most for the minutes the user has.
//
// Each candidate is valued by its gain in predicted recall on the day (recall.ts) per minute it costs:
//   review:  $\Delta = E[R_{day} \mid \text{review now}] - R_{day}$, cost = minutes per review
//   new:     $\Delta = \sum_g p_g R(t_N, S_{new}(g))$ over the first-look grades, cost = minutes per new card
// and the day is filled greedily by that ratio (a fractional-knapsack order, exact here because every item of
// a class costs the same). Far from the day a new card gains more per minute than a review, so new material
// comes first; in the last days a new card's gain is still high but a review of a card whose recall on the day
// is low gains more per minute, due or not, which is the cramming the issue asks for. Cards in (re)learning
// steps come first whatever their value, because FSRS's steps are part of what makes its state true.
// Pure; the clock and the day boundaries are inputs. Isomorphic.

import { FRESH, LEARNING, REQUESTED } from '../schedule/index.js';
import type { PlanTable } from './plan-table.js';
import { recallAfter, recallIfLearned, recallIfReviewed, wholeDays } from './recall.js';

export interface PlanCosts {
  /** Minutes to learn one new question, its learning steps included. */
  newMinutes: number;
  /** Minutes per review, the relearning of a lapse included. */
  reviewMinutes: number;
}

export interface DayPlanInput {
  table: PlanTable;
  /** Positions (into the table) of the scope's questions, in the scope's own order (new cards follow it). */
  scope: ArrayLike<number>;
  now: number;
  /** The moment recall is predicted for: the interview (epoch ms). */
  target: number;
  /** Start and end of the local day containing `now` (epoch ms). */
  dayStart: number;
  dayEnd: number;
  /** Minutes left for today. */
  budgetMinutes: number;
  costs: PlanCosts;
}

export type PlannedKind = 'learning' | 'review' | 'new';

export interface DayPlan {
  /** Positions to study, in order. */
  positions: number[];
  kinds: PlannedKind[];
  newCount: number;
  reviewCount: number;
  learningCount: number;
  /** Minutes the plan uses. */
  minutes: number;
}

/** A bounded min-heap of (ratio, position): keeps the k best reviews of 100k without sorting them all. */
class TopK {
  private readonly ratio: Float64Array;
  private readonly pos: Int32Array;
  size = 0;
  constructor(private readonly k: number) {
    this.ratio = new Float64Array(Math.max(1, k));
    this.pos = new Int32Array(Math.max(1, k));
  }
  offer(ratio: number, position: number): void {
    if (this.k <= 0) return;
    if (this.size < this.k) {
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (this.ratio[parent]! <= ratio) break;
        this.ratio[i] = this.ratio[parent]!;
        this.pos[i] = this.pos[parent]!;
        i = parent;
      }
      this.ratio[i] = ratio;
      this.pos[i] = position;
      return;
    }
    if (ratio <= this.ratio[0]!) return;
    // Replace the root (the worst kept) and sift down.
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.size) break;
      const r = l + 1;
      const c = r < this.size && this.ratio[r]! < this.ratio[l]! ? r : l;
      if (this.ratio[c]! >= ratio) break;
      this.ratio[i] = this.ratio[c]!;
      this.pos[i] = this.pos[c]!;
      i = c;
    }
    this.ratio[i] = ratio;
    this.pos[i] = position;
  }
  /** The ratio an offer must beat to be kept (-Infinity until the heap is full). */
  floor(): number {
    return this.size < this.k ? -Infinity : this.ratio[0]!;
  }
  /** Best first (ties: lower position first, for determinism). */
  sorted(): { ratio: number; position: number }[] {
    const out = Array.from({ length: this.size }, (_, i) => ({ ratio: this.ratio[i]!, position: this.pos[i]! }));
    return out.sort((a, b) => b.ratio - a.ratio || a.position - b.position);
  }
}

export function planDay(input: DayPlanInput): DayPlan {
  const { table, scope, now, target, costs } = input;
  const { kind, due, stability, difficulty, lastReview } = table;
  const daysToTarget = wholeDays(now, target);
  const learning: { position: number; due: number }[] = [];
  const fresh: number[] = [];
  const requested: number[] = [];
  let budget = Math.max(0, input.budgetMinutes);
  const reviewSlots = costs.reviewMinutes > 0 ? Math.floor(budget / costs.reviewMinutes) + 1 : 0;
  const reviews = new TopK(Math.min(reviewSlots, scope.length));
  for (let i = 0; i < scope.length; i++) {
    const p = scope[i]!;
    const k = kind[p]!;
    if (k === FRESH) {
      fresh.push(p);
      continue;
    }
    if (k === REQUESTED) {
      requested.push(p);
      continue;
    }
    const last = lastReview[p]!;
    if (k === LEARNING) {
      if (due[p]! < input.dayEnd) learning.push({ position: p, due: due[p]! });
      continue;
    }
    // A review card already studied today has had its review; another today would gain little and cost a lot.
    if (last >= input.dayStart) continue;
    const s = stability[p]!;
    const stay = recallAfter(wholeDays(last, target), s);
    // A review can gain at most 1 - stay: most cards of a large collection are strong enough to be skipped here,
    // before the costlier stability updates.
    if ((1 - stay) / costs.reviewMinutes <= reviews.floor()) continue;
    const rNow = recallAfter(wholeDays(last, now), s);
    const gain = recallIfReviewed(difficulty[p]!, s, rNow, daysToTarget) - stay;
    if (gain > 1e-9) reviews.offer(gain / costs.reviewMinutes, p);
  }
  learning.sort((a, b) => a.due - b.due || a.position - b.position);
  // A requested card ("Add to review now") has never been studied: it is a first look, valued and charged as a new
  // card, and it comes before the other new cards, in the order asked for, because the user asked for it.
  const newCards = requestedFirst(requested, fresh, due);
  const plan: DayPlan = { positions: [], kinds: [], newCount: 0, reviewCount: 0, learningCount: 0, minutes: 0 };
  for (const l of learning) {
    // Steps left over from an earlier day are a review's worth of work; today's own steps are in the new or
    // review cost already.
    const cost = lastReview[l.position]! >= input.dayStart ? 0 : costs.reviewMinutes;
    plan.positions.push(l.position);
    plan.kinds.push('learning');
    plan.learningCount++;
    plan.minutes += cost;
    budget -= cost;
  }
  const newRatio = costs.newMinutes > 0 ? recallIfLearned(daysToTarget) / costs.newMinutes : 0;
  const best = reviews.sorted();
  let r = 0;
  let n = 0;
  for (;;) {
    const reviewFits = r < best.length && costs.reviewMinutes <= budget + 1e-9;
    const newFits = n < newCards.length && newRatio > 0 && costs.newMinutes <= budget + 1e-9;
    if (!reviewFits && !newFits) break;
    const takeReview = reviewFits && (!newFits || best[r]!.ratio >= newRatio);
    if (takeReview) {
      plan.positions.push(best[r++]!.position);
      plan.kinds.push('review');
      plan.reviewCount++;
      plan.minutes += costs.reviewMinutes;
      budget -= costs.reviewMinutes;
    } else {
      plan.positions.push(newCards[n++]!);
      plan.kinds.push('new');
      plan.newCount++;
      plan.minutes += costs.newMinutes;
      budget -= costs.newMinutes;
    }
  }
  return plan;
}

/** Requested cards by the time they were asked for (ties by position), then the fresh ones in scope order. */
function requestedFirst(requested: number[], fresh: readonly number[], due: Float64Array): number[] {
  requested.sort((a, b) => due[a]! - due[b]! || a - b);
  return [...requested, ...fresh];
}

/**
 * Plain FSRS due order with the same minutes, the baseline the planner is measured against: cards in steps,
 * then reviews due by the end of the day (most overdue first), then new cards: the requested ones first, in the
 * order asked for, then the others in scope order.
 */
export function dueOrderDay(input: DayPlanInput): DayPlan {
  const { table, scope, costs } = input;
  const plan: DayPlan = { positions: [], kinds: [], newCount: 0, reviewCount: 0, learningCount: 0, minutes: 0 };
  const learning: number[] = [];
  const dueReviews: number[] = [];
  const fresh: number[] = [];
  const requested: number[] = [];
  for (let i = 0; i < scope.length; i++) {
    const p = scope[i]!;
    const k = table.kind[p]!;
    if (k === FRESH) fresh.push(p);
    else if (k === REQUESTED) requested.push(p);
    else if (table.due[p]! < input.dayEnd) (k === LEARNING ? learning : dueReviews).push(p);
  }
  dueReviews.sort((a, b) => table.due[a]! - table.due[b]! || a - b);
  let budget = Math.max(0, input.budgetMinutes);
  for (const p of learning) {
    plan.positions.push(p);
    plan.kinds.push('learning');
    plan.learningCount++;
  }
  for (const p of dueReviews) {
    if (costs.reviewMinutes > budget + 1e-9) break;
    plan.positions.push(p);
    plan.kinds.push('review');
    plan.reviewCount++;
    plan.minutes += costs.reviewMinutes;
    budget -= costs.reviewMinutes;
  }
  for (const p of requestedFirst(requested, fresh, table.due)) {
    if (costs.newMinutes > budget + 1e-9) break;
    plan.positions.push(p);
    plan.kinds.push('new');
    plan.newCount++;
    plan.minutes += costs.newMinutes;
    budget -= costs.newMinutes;
  }
  return plan;
}
