// Interview plans in the progress database (table interview_plans, see migrations.ts). Every write is one
// transaction. Export/import carries the plans (progress-io.ts): import keeps a local plan with the same id,
// so importing twice changes nothing. The fields are validated in core/plan (checkPlanFields) before they
// reach here; checkPlanRecord validates an imported record, naming the field path.

import { dayNumberOf, type InterviewPlan } from '../../core/plan/index.js';
import type { ProgressStore } from './progress-store.js';

export type { InterviewPlan };

interface PlanRow {
  id: string;
  interview_date: string;
  scope: string;
  minutes_per_day: number;
  target: number;
  created_at: number;
}

const toPlan = (r: PlanRow): InterviewPlan => ({
  id: r.id,
  interviewDate: r.interview_date,
  scope: r.scope,
  minutesPerDay: r.minutes_per_day,
  target: r.target,
  createdAt: r.created_at,
});

/** Every plan, by interview date then creation. */
export function listPlans(store: ProgressStore): InterviewPlan[] {
  return store.db.prepare<[], PlanRow>('SELECT * FROM interview_plans ORDER BY interview_date, created_at, id').all().map(toPlan);
}

export function putPlan(store: ProgressStore, plan: InterviewPlan): void {
  store.db
    .transaction(() => {
      store.db
        .prepare(
          `INSERT INTO interview_plans (id, interview_date, scope, minutes_per_day, target, created_at) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT(id) DO UPDATE SET interview_date = excluded.interview_date, scope = excluded.scope,
             minutes_per_day = excluded.minutes_per_day, target = excluded.target`,
        )
        .run(plan.id, plan.interviewDate, plan.scope, plan.minutesPerDay, plan.target, plan.createdAt);
    })
    .immediate();
}

export function deletePlan(store: ProgressStore, id: string): boolean {
  return store.db.transaction(() => store.db.prepare('DELETE FROM interview_plans WHERE id = ?').run(id).changes > 0).immediate();
}

/** Inserts imported plans whose id is not already here; returns how many were added. Runs inside the caller's transaction. */
export function insertImportedPlans(store: ProgressStore, plans: readonly InterviewPlan[]): number {
  const insert = store.db.prepare(
    'INSERT OR IGNORE INTO interview_plans (id, interview_date, scope, minutes_per_day, target, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  let added = 0;
  for (const p of plans) added += insert.run(p.id, p.interviewDate, p.scope, p.minutesPerDay, p.target, p.createdAt).changes;
  return added;
}

/** Validates one imported plan record; `fail` throws the import error for a field path. */
export function checkPlanRecord(v: unknown, path: string, fail: (path: string, message: string) => never): InterviewPlan {
  if (!v || typeof v !== 'object' || Array.isArray(v)) fail(path, 'must be an object');
  const o = v as Record<string, unknown>;
  if (typeof o.id !== 'string' || o.id === '' || o.id.length > 100) fail(`${path}.id`, 'must be a string of 1–100 characters');
  if (typeof o.interviewDate !== 'string' || dayNumberOf(o.interviewDate) === null)
    fail(`${path}.interviewDate`, 'must be a date written YYYY-MM-DD');
  // The scope is kept as written even if the content no longer has it: resolving it later reports the problem.
  if (typeof o.scope !== 'string' || o.scope.trim() === '') fail(`${path}.scope`, 'must be a non-empty review scope');
  if (typeof o.minutesPerDay !== 'number' || !Number.isInteger(o.minutesPerDay) || o.minutesPerDay <= 0 || o.minutesPerDay > 1440)
    fail(`${path}.minutesPerDay`, 'must be a whole number of minutes from 1 to 1440');
  if (typeof o.target !== 'number' || !(o.target >= 0.5 && o.target <= 0.99))
    fail(`${path}.target`, 'must be a share between 0.5 and 0.99');
  if (typeof o.createdAt !== 'number' || !Number.isSafeInteger(o.createdAt) || o.createdAt < 0)
    fail(`${path}.createdAt`, 'must be a time in epoch milliseconds');
  return {
    id: o.id,
    interviewDate: o.interviewDate,
    scope: o.scope,
    minutesPerDay: o.minutesPerDay,
    target: o.target,
    createdAt: o.createdAt,
  };
}
