// The interview-plan API through `app.request()` on the web-prep fixture vault with a fixed clock (UTC): the
// 400s that name the field, setting a plan, its status and forecast, the review queue in planned order, and
// several plans with the nearest one driving the day.

import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/helpers/build-test-app.js';
import type { ProgressStore } from '../node/store/progress-store.js';

const clock = { t: Date.UTC(2026, 2, 1, 12) };
let app: Hono;
let progress: ProgressStore | null;

beforeAll(async () => {
  ({ app, progress } = await buildTestApp('web-prep', { now: () => clock.t }));
});
afterAll(() => progress?.close());

const call = async (method: string, url: string, body?: unknown) => {
  const res = await app.request(url, {
    method,
    ...(method !== 'GET' ? { headers: { 'content-type': 'application/json' } } : {}),
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
};

const good = { interviewDate: '2026-03-15', scope: 'path:ml-engineer', minutesPerDay: 10 };

describe('plan API', () => {
  it('answers 404 before any plan, and the scope "plan" is a 400 that says to set one', async () => {
    expect(await call('GET', '/api/plan')).toMatchObject({ status: 404, body: { error: { code: 'no_plan' } } });
    const r = await call('GET', '/api/review/next?scope=plan');
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/PUT \/api\/plan/);
  });

  it.each([
    ['a past date', { interviewDate: '2026-02-28' }, 'interviewDate'],
    ['a non-date', { interviewDate: '2026-02-30' }, 'interviewDate'],
    ['an unknown scope', { scope: 'path:astronaut' }, 'scope'],
    ['zero minutes', { minutesPerDay: 0 }, 'minutesPerDay'],
    ['negative minutes', { minutesPerDay: -30 }, 'minutesPerDay'],
    ['minutes as text', { minutesPerDay: '30' }, 'minutesPerDay'],
  ])('rejects %s with a 400 naming the field', async (_name, patch, field) => {
    const r = await call('PUT', '/api/plan', { ...good, ...patch });
    expect(r.status).toBe(400);
    expect(r.body.error.message.startsWith(`${field}:`)).toBe(true);
    expect((await call('GET', '/api/plans')).body.plans).toEqual([]);
  });

  it('sets a plan and reports today and the forecast', async () => {
    const put = await call('PUT', '/api/plan', good);
    expect(put.status).toBe(200);
    const r = await call('GET', '/api/plan');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ interviewDate: '2026-03-15', scope: 'path:ml-engineer', daysLeft: 14, expectedRecallIfStopped: 0 });
    expect(r.body.today.newCount + r.body.today.reviewCount).toBeGreaterThan(0);
    expect(r.body.today.minutes).toBeLessThanOrEqual(10);
    expect(r.body.expectedRecallOnDay).toBeGreaterThan(0);
    expect(r.body.expectedRecallOnDay).toBeLessThanOrEqual(1);
    expect(r.body.curve).toHaveLength(15);
    expect(r.body.curve.at(-1)).toEqual({ daysLeft: 0, recall: r.body.expectedRecallOnDay });
  });

  it('serves the plan scope in planned order, and studying moves the forecast', async () => {
    const before = (await call('GET', '/api/plan')).body;
    const planned = await call('GET', '/api/review/next?scope=plan');
    expect(planned.body.plan).toMatchObject({ interviewDate: '2026-03-15', daysLeft: 14 });
    expect(planned.body.plan.remaining).toBe(before.today.newCount + before.today.reviewCount);
    // The plan's own scope is served in the same planned order.
    expect((await call('GET', '/api/review/next?scope=path:ml-engineer')).body.card.questionId).toBe(planned.body.card.questionId);
    const graded = await call('POST', '/api/review', { questionId: planned.body.card.questionId, rating: 3, durationMs: 60_000 });
    expect(graded.status).toBe(201);
    const after = (await call('GET', '/api/plan')).body;
    expect(after.expectedRecallIfStopped).toBeGreaterThan(before.expectedRecallIfStopped);
    expect(after.today.minutesSpent).toBeGreaterThan(0);
  });

  it('keeps several plans: the nearest drives the day, others can be updated and deleted', async () => {
    const far = await call('POST', '/api/plans', { interviewDate: '2026-04-20', scope: 'topics:02', minutesPerDay: 20 });
    expect(far.status).toBe(201);
    const listed = (await call('GET', '/api/plans')).body.plans as { id: string; active: boolean; interviewDate: string }[];
    expect(listed.map((p) => [p.interviewDate, p.active])).toEqual([
      ['2026-03-15', true],
      ['2026-04-20', false],
    ]);
    expect(
      (await call('PUT', `/api/plans/${far.body.plan.id}`, { interviewDate: '2026-04-21', scope: 'topics:02', minutesPerDay: 25 })).status,
    ).toBe(200);
    expect((await call('GET', `/api/plans/${far.body.plan.id}`)).body).toMatchObject({ daysLeft: 51, minutesPerDay: 25 });
    // Replacing the nearest plan with a later date hands the day to the other one.
    await call('PUT', '/api/plan', { ...good, interviewDate: '2026-05-01' });
    expect((await call('GET', '/api/plan')).body.interviewDate).toBe('2026-04-21');
    expect((await call('DELETE', `/api/plans/${far.body.plan.id}`)).status).toBe(200);
    expect((await call('DELETE', `/api/plans/${far.body.plan.id}`)).status).toBe(404);
    expect((await call('GET', '/api/plan')).body.interviewDate).toBe('2026-05-01');
  });

  it('offers a night-before session: the weakest questions of the scope first, with a time box', async () => {
    const r = await call('GET', '/api/plan/night-before');
    expect(r.status).toBe(200);
    expect(r.body.secondsEach).toBeGreaterThan(0);
    const recalls = (r.body.questions as { recall: number }[]).map((q) => q.recall);
    expect(recalls).toEqual([...recalls].sort((a, b) => a - b));
    expect(recalls[0]).toBe(0);
  });
});

describe('plan API answers without a plan, and for unknown ids', () => {
  let fresh: Hono;
  let freshProgress: ProgressStore | null;
  beforeAll(async () => {
    ({ app: fresh, progress: freshProgress } = await buildTestApp('web-prep', { now: () => clock.t }));
  });
  afterAll(() => freshProgress?.close());
  const ask = async (method: string, url: string, body?: unknown) => {
    const res = await fresh.request(url, {
      method,
      ...(method !== 'GET' ? { headers: { 'content-type': 'application/json' } } : {}),
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  };
  const NO_PLAN = {
    code: 'no_plan',
    message: 'No interview plan is set. Set one with PUT /api/plan { "interviewDate", "scope", "minutesPerDay" }.',
  };

  it('says how to set a plan, for the status and the night-before session alike', async () => {
    expect(await ask('GET', '/api/plan')).toEqual({ status: 404, body: { error: NO_PLAN } });
    expect(await ask('GET', '/api/plan/night-before')).toEqual({ status: 404, body: { error: NO_PLAN } });
    expect(await ask('GET', '/api/plans')).toEqual({ status: 200, body: { plans: [] } });
  });

  it('names the unknown plan id on read, update and delete', async () => {
    const missing = { code: 'not_found', message: 'No interview plan with id "nope".' };
    expect(await ask('GET', '/api/plans/nope')).toEqual({ status: 404, body: { error: missing } });
    expect(await ask('DELETE', '/api/plans/nope')).toEqual({ status: 404, body: { error: missing } });
    expect((await ask('PUT', '/api/plans/nope', good)).status).toBe(404);
  });

  it('answers PUT /api/plan with the plan and its status, and DELETE with deleted: true', async () => {
    const set = await ask('PUT', '/api/plan', good);
    expect(set.status).toBe(200);
    expect(set.body.plan).toMatchObject({ interviewDate: '2026-03-15', minutesPerDay: 10 });
    expect(set.body.status).toMatchObject({ id: set.body.plan.id, interviewDate: '2026-03-15', daysLeft: 14 });
    expect(await ask('DELETE', `/api/plans/${set.body.plan.id}`)).toEqual({ status: 200, body: { deleted: true } });
    expect((await ask('GET', '/api/plan')).status).toBe(404);
  });
});
