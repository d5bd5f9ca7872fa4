// Interview plans behind the API: CRUD over the stored plans (the nearest one not yet past drives the day), the
// status the dashboard reads (today's plan, the forecast, the minutes a day the target needs, what to drop when
// it cannot fit) and the planned order the review queue serves for the plan's scope or the scope `plan`.
// The forecast runs the simulator several times, so it is cached until a grade, an undo, a plan change, a
// reload of the cards or a new day.

import { randomUUID } from 'node:crypto';
import type { QuestionId } from '../../core/model/index.js';
import {
  checkPlanFields,
  daysLeftUntil,
  estimateCosts,
  forecastPlan,
  interviewMoment,
  localDayNumber,
  nearestPlan,
  nightBefore,
  PlanInputError,
  proposeDrops,
  roleChecklistOf,
  runPlan,
  type EstimatedCosts,
  type Forecast,
  type InterviewPlan,
} from '../../core/plan/index.js';
import { ScopeError, type CatalogQuestion } from '../../core/progress/index.js';
import { deletePlan, listPlans, putPlan } from '../store/plan-store.js';
import { UnknownItemError } from '../study/prep-service.js';
import { StudyInputError, type PlannedOrder, type StudyService } from '../study/study-service.js';
import { plannedQueue, planToday } from './plan-today.js';

/** The scope word that means "the active plan's scope, in planned order". */
export const PLAN_SCOPE = 'plan';
/** Questions in a "night before" session. */
export const NIGHT_BEFORE_COUNT = 15;

export interface PlanStatus extends Forecast {
  id: string;
  interviewDate: string;
  scope: string;
  scopeLabel: string;
  minutesPerDay: number;
  target: number;
  daysLeft: number;
  questions: number;
  today: { newCount: number; reviewCount: number; learningCount: number; minutes: number; minutesSpent: number; studied: number };
  costs: EstimatedCosts;
  drop: { count: number; questionIds: string[]; reason: string; minutesSaved: number; expectedRecallOnDayWithout: number } | null;
  message: string;
}

const pct = (x: number) => `${Math.round(x * 100)} %`;

export class PlanService {
  private cache: { key: string; status: PlanStatus } | null = null;

  constructor(
    private readonly study: StudyService,
    private readonly newId: () => string = randomUUID,
  ) {
    study.planner = { orderFor: (scope) => this.orderFor(scope) };
  }

  list(): (InterviewPlan & { daysLeft: number; active: boolean })[] {
    const now = this.study.now();
    const tz = this.study.tzOffset(now);
    const plans = listPlans(this.study.store);
    const active = nearestPlan(plans, now, tz);
    return plans.map((p) => ({ ...p, daysLeft: daysLeftUntil(p.interviewDate, now, tz), active: p.id === active?.id }));
  }

  active(): InterviewPlan | null {
    const now = this.study.now();
    return nearestPlan(listPlans(this.study.store), now, this.study.tzOffset(now));
  }

  /** Validates and stores a plan: `id` updates that plan, 'nearest' replaces the active plan (or adds one), null adds one. */
  save(body: unknown, id: string | 'nearest' | null): InterviewPlan {
    const now = this.study.now();
    const fields = this.checked(body, now);
    const existing = id === 'nearest' ? this.active() : id ? (listPlans(this.study.store).find((p) => p.id === id) ?? null) : null;
    if (id && id !== 'nearest' && !existing) throw new UnknownItemError(`No interview plan with id "${id}".`);
    const plan: InterviewPlan = { id: existing?.id ?? this.newId(), createdAt: existing?.createdAt ?? now, ...fields };
    putPlan(this.study.store, plan);
    this.cache = null;
    return plan;
  }

  remove(id: string): boolean {
    this.cache = null;
    return deletePlan(this.study.store, id);
  }

  private checked(body: unknown, now: number) {
    try {
      const fields = checkPlanFields(body, now, this.study.tzOffset(now));
      if (fields.scope === PLAN_SCOPE)
        throw new PlanInputError('scope', 'scope cannot be "plan" itself; name a path, checklist or topics.');
      this.study.resolve(fields.scope);
      return fields;
    } catch (err) {
      if (err instanceof PlanInputError) throw new StudyInputError(err.field, err.message);
      if (err instanceof ScopeError) throw new StudyInputError('scope', err.message);
      throw err;
    }
  }

  costs(): EstimatedCosts {
    return estimateCosts(this.study.store.reviews());
  }

  /** The dashboard's view of a plan (default: the active one); null when there is none. */
  status(id?: string): PlanStatus | null {
    const plan = id ? (listPlans(this.study.store).find((p) => p.id === id) ?? null) : this.active();
    if (!plan) return null;
    const now = this.study.now();
    const tz = this.study.tzOffset(now);
    const key = [
      plan.id,
      plan.interviewDate,
      plan.scope,
      plan.minutesPerDay,
      plan.target,
      localDayNumber(now, tz),
      this.study.writes,
      this.study.store.generation,
    ].join('|');
    if (this.cache?.key === key) return this.cache.status;
    const status = this.compute(plan, now, tz);
    this.cache = { key, status };
    return status;
  }

  private compute(plan: InterviewPlan, now: number, tz: number): PlanStatus {
    const costs = this.costs();
    const today = planToday(this.study, plan, costs);
    const cards = this.study.store.getCards();
    const input = {
      ids: today.ids,
      cards,
      now,
      target: interviewMoment(plan.interviewDate, tz),
      tzOffsetMs: tz,
      minutesPerDay: plan.minutesPerDay,
      spentToday: today.spent,
      costs,
      goal: plan.target,
      retention: this.study.settings().retention,
    };
    const forecast = forecastPlan(input);
    const daysLeft = daysLeftUntil(plan.interviewDate, now, tz);
    let drop: PlanStatus['drop'] = null;
    if (!forecast.fits) {
      const questions = new Map<string, CatalogQuestion>(today.ids.map((q) => [q, this.study.question(q)]));
      const list = roleChecklistOf(plan.scope, this.study.plan);
      const role = list ? { title: list.title, questionIds: this.study.resolve(`checklist:${list.id}`).questionIds } : null;
      const proposal = proposeDrops(today.ids, questions, cards, role);
      if (proposal.questionIds.length > 0) {
        const dropped = new Set<string>(proposal.questionIds);
        const rest = today.ids.filter((q) => !dropped.has(q));
        drop = {
          count: proposal.questionIds.length,
          questionIds: proposal.questionIds,
          reason: proposal.reason,
          minutesSaved: Math.round(proposal.questionIds.length * costs.newMinutes),
          expectedRecallOnDayWithout: rest.length ? runPlan(input, plan.minutesPerDay, rest).recallOnDay : 0,
        };
      }
    }
    const scope = this.study.resolve(plan.scope);
    return {
      id: plan.id,
      interviewDate: plan.interviewDate,
      scope: plan.scope,
      scopeLabel: scope.label,
      minutesPerDay: plan.minutesPerDay,
      target: plan.target,
      daysLeft,
      questions: today.ids.length,
      today: {
        newCount: today.day.newCount,
        reviewCount: today.day.reviewCount,
        learningCount: today.day.learningCount,
        minutes: Math.round(today.day.minutes * 10) / 10,
        minutesSpent: Math.round(today.spent * 10) / 10,
        studied: today.studiedToday,
      },
      ...forecast,
      costs,
      drop,
      message: this.message(plan, forecast, drop),
    };
  }

  private message(plan: InterviewPlan, f: Forecast, drop: PlanStatus['drop']): string {
    const on = `At ${plan.minutesPerDay} min a day you can expect to recall ${pct(f.expectedRecallOnDay)} of the scope on ${plan.interviewDate}`;
    if (f.fits) return `${on}, above your ${pct(plan.target)} target.`;
    const need =
      f.minutesForGoal === null
        ? `No daily time reaches ${pct(plan.target)} in the days left`
        : `Reaching ${pct(plan.target)} takes about ${f.minutesForGoal} min a day`;
    const unseen = f.unseenOnDay > 0 ? ` ${f.unseenOnDay} questions would never be studied.` : '';
    const cut = drop
      ? ` Drop the ${drop.count} ${drop.reason} (about ${drop.minutesSaved} min of new material) and the rest reaches ${pct(drop.expectedRecallOnDayWithout)}.`
      : '';
    return `The plan does not fit: ${on.charAt(0).toLowerCase()}${on.slice(1)}, short of ${pct(plan.target)}. ${need}.${unseen}${cut}`;
  }

  /** The planned order for the review queue: the active plan's scope (or `plan`) is served in today's plan order. */
  orderFor(scopeText: string | undefined): PlannedOrder | null {
    const text = (scopeText ?? '').trim();
    const plan = this.active();
    if (text === PLAN_SCOPE && !plan) throw new ScopeError('No interview plan is set: set one with PUT /api/plan (or in Settings).');
    if (!plan || (text !== PLAN_SCOPE && text !== plan.scope)) return null;
    const now = this.study.now();
    const today = planToday(this.study, plan, this.costs());
    const queue = plannedQueue(today, now, (id) => this.study.store.getCard(id)?.due ?? 0);
    return {
      order: queue.order,
      newIds: queue.newIds,
      counts: { due: today.day.reviewCount, new: today.day.newCount, learning: today.day.learningCount },
      plan: {
        interviewDate: plan.interviewDate,
        daysLeft: daysLeftUntil(plan.interviewDate, now, this.study.tzOffset(now)),
        remaining: queue.order.length,
      },
      scope: plan.scope,
    };
  }

  /** The night-before session: the weakest questions of the plan's scope (its must-know ones, when the collection marks them). */
  nightBefore(count = NIGHT_BEFORE_COUNT): {
    scope: string;
    secondsEach: number;
    questions: { questionId: QuestionId; title: string; topicId: string; recall: number }[];
  } | null {
    const plan = this.active();
    if (!plan) return null;
    const now = this.study.now();
    let scope = plan.scope;
    // The scope's must-know questions (study.yaml `mustKnow:`) when it has any; otherwise the whole scope.
    if (this.study.resolve(`${plan.scope};must-know`).questionIds.length > 0) scope = `${plan.scope};must-know`;
    const ids = this.study.resolve(scope).questionIds;
    const items = nightBefore(ids, this.study.store.getCards(), interviewMoment(plan.interviewDate, this.study.tzOffset(now)), count);
    return {
      scope,
      secondsEach: Math.round(this.costs().reviewMinutes * 60),
      questions: items.map((i) => {
        const q = this.study.question(i.questionId);
        return { questionId: i.questionId, title: q.title, topicId: q.topicId, recall: i.recall };
      }),
    };
  }
}
