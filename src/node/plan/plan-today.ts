// Today's part of an interview plan against the real progress: the minutes already studied today in the scope
// (counted at the plan's per-card costs, so the plan and its budget speak the same unit), the cards still to
// study in planned order, and the same thing as the review queue's ordered list. Reads the store; the plan
// itself is core/plan's pure planDay.

import type { QuestionId } from '../../core/model/index.js';
import { buildPlanTable, interviewMoment, planDay, type DayPlan, type InterviewPlan, type PlanCosts } from '../../core/plan/index.js';
import { LEARN_AHEAD_MS } from '../../core/schedule/index.js';
import type { StudyService } from '../study/study-service.js';

export interface TodayPlan {
  ids: readonly QuestionId[];
  day: DayPlan;
  /** Minutes studied today in the scope, at the plan's costs. */
  spent: number;
  /** Questions of the scope studied today. */
  studiedToday: number;
}

/** Minutes studied since `since` in a scope: a first look costs a new card, a review a review; steps are free. */
export function minutesSpent(
  study: StudyService,
  inScope: ReadonlySet<string>,
  since: number,
  costs: PlanCosts,
): { minutes: number; ids: Set<string> } {
  let minutes = 0;
  const ids = new Set<string>();
  for (const r of study.store.reviews({ since })) {
    if (!inScope.has(r.questionId)) continue;
    ids.add(r.questionId);
    const state = r.before?.state ?? 'new';
    if (state === 'new') minutes += costs.newMinutes;
    else if (state === 'review') minutes += costs.reviewMinutes;
  }
  return { minutes, ids };
}

export function planToday(study: StudyService, plan: InterviewPlan, costs: PlanCosts): TodayPlan {
  const now = study.now();
  const tz = study.tzOffset(now);
  const scope = study.resolve(plan.scope);
  const ids = scope.questionIds;
  const dayStart = study.startOfToday(now);
  const spent = minutesSpent(study, new Set(ids), dayStart, costs);
  const table = buildPlanTable(ids, study.store.getCards());
  const target = interviewMoment(plan.interviewDate, tz);
  const day = planDay({
    table,
    scope: Int32Array.from(ids, (_, i) => i),
    now,
    target,
    dayStart,
    dayEnd: Math.min(dayStart + 86_400_000, Math.max(target, now)),
    budgetMinutes: plan.minutesPerDay - spent.minutes,
    costs,
  });
  return { ids, day, spent: spent.minutes, studiedToday: spent.ids.size };
}

/**
 * The planned order as a queue: cards whose learning step is due now first, then the planned reviews and new
 * cards, then learning steps due within the learn-ahead window (as the FSRS queue does).
 */
export function plannedQueue(
  today: TodayPlan,
  now: number,
  dueOf: (id: QuestionId) => number,
): { order: QuestionId[]; newIds: Set<string> } {
  const dueNow: QuestionId[] = [];
  const planned: QuestionId[] = [];
  const soon: QuestionId[] = [];
  const newIds = new Set<string>();
  today.day.positions.forEach((p, i) => {
    const id = today.ids[p]!;
    const kind = today.day.kinds[i]!;
    if (kind === 'new') newIds.add(id);
    if (kind !== 'learning') planned.push(id);
    else if (dueOf(id) <= now) dueNow.push(id);
    else if (dueOf(id) <= now + LEARN_AHEAD_MS) soon.push(id);
  });
  return { order: [...dueNow, ...planned, ...soon], newIds };
}
