// The interview-plan API (issue 30). PUT /api/plan sets the nearest plan (replacing the active one, or adding one
// when none is active); /api/plans lists, adds, updates and deletes plans; GET /api/plan is the active plan's
// status and forecast; GET /api/plan/night-before is the last-evening session. Bad fields are 400s naming the
// field (via StudyInputError), an unknown plan id a 404. Writes go through the app's request guard like every
// other write route.

import { Hono } from 'hono';
import type { PlanService } from '../node/plan/plan-service.js';
import { notFound } from './errors.js';
import { guard, jsonBody, jsonBodyLimit } from './routes-study.js';

export function planRoutes(plans: PlanService): Hono {
  const api = new Hono();
  const limit = jsonBodyLimit(64 * 1024);
  const noPlan = () =>
    notFound('no_plan', 'No interview plan is set. Set one with PUT /api/plan { "interviewDate", "scope", "minutesPerDay" }.');

  api.get(
    '/plan',
    guard((c) => {
      const status = plans.status();
      if (!status) throw noPlan();
      return c.json(status);
    }),
  );
  api.put(
    '/plan',
    limit,
    guard(async (c) => {
      const plan = plans.save(await jsonBody(c), 'nearest');
      return c.json({ plan, status: plans.status(plan.id) });
    }),
  );
  api.get(
    '/plan/night-before',
    guard((c) => {
      const session = plans.nightBefore();
      if (!session) throw noPlan();
      return c.json(session);
    }),
  );
  api.get(
    '/plans',
    guard((c) => c.json({ plans: plans.list() })),
  );
  api.post(
    '/plans',
    limit,
    guard(async (c) => c.json({ plan: plans.save(await jsonBody(c), null) }, 201)),
  );
  api.get(
    '/plans/:id',
    guard((c) => {
      const status = plans.status(c.req.param('id') ?? '');
      if (!status) throw notFound('not_found', `No interview plan with id "${c.req.param('id')}".`);
      return c.json(status);
    }),
  );
  api.put(
    '/plans/:id',
    limit,
    guard(async (c) => c.json({ plan: plans.save(await jsonBody(c), c.req.param('id') ?? '') })),
  );
  api.delete(
    '/plans/:id',
    limit,
    guard((c) => {
      if (!plans.remove(c.req.param('id') ?? '')) throw notFound('not_found', `No interview plan with id "${c.req.param('id')}".`);
      return c.json({ deleted: true });
    }),
  );
  return api;
}
