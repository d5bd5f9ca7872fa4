// The prep API (study paths, checklists, mock interviews, must-know) through `app.request()` on the web-prep
// fixture vault with a fixed clock: each route answers its own view, writes answer exactly what they changed,
// a new mock is a 201 with its questions resolved in order, and unknown ids are 404s with the message naming them.
// Each test builds its own app, so none depends on another's writes.

import type { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/helpers/build-test-app.js';
import type { ProgressStore } from '../node/store/progress-store.js';

const T0 = Date.UTC(2026, 2, 1, 12);
const open: ProgressStore[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

async function prepApp() {
  const clock = { t: T0 };
  const built = await buildTestApp('web-prep', { now: () => clock.t });
  open.push(built.progress!);
  const app: Hono = built.app;
  const call = async (method: string, url: string, body?: unknown) => {
    const res = await app.request(url, {
      method,
      headers: method !== 'GET' ? { 'content-type': 'application/json' } : {},
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return { status: res.status, body: (await res.json()) as any };
  };
  return { call, clock };
}

const SETUP = { format: 'fundamentals', focus: 'research-labs', questions: 2, seed: 5 };

describe('study paths', () => {
  it('lists both paths, none active, then pins one and serves it by id', async () => {
    const { call } = await prepApp();
    const paths = await call('GET', '/api/paths');
    expect(paths.status).toBe(200);
    expect(paths.body.map((p: { id: string; active: boolean }) => [p.id, p.active])).toEqual([
      ['ml-engineer', false],
      ['theory-heavy', false],
    ]);
    expect(await call('PUT', '/api/paths/active', { pathId: 'theory-heavy' })).toEqual({
      status: 200,
      body: { activePath: 'theory-heavy' },
    });
    const one = await call('GET', '/api/paths/theory-heavy');
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ id: 'theory-heavy', title: 'Theory-Heavy', active: true });
  }, 30_000);
});

describe('checklists and must-know', () => {
  it('lists the checklists, ticks an item and answers exactly what was ticked', async () => {
    const { call } = await prepApp();
    const lists = await call('GET', '/api/checklists');
    expect(lists.status).toBe(200);
    expect(lists.body.map((l: { id: string }) => l.id)).toEqual(['ml-engineer', 'research-scientist']);
    expect(await call('PUT', '/api/checklists/items/mle-bayes', { ticked: true })).toEqual({
      status: 200,
      body: { itemId: 'mle-bayes', ticked: true },
    });
    expect(await call('PUT', '/api/checklists/items/ghost', { ticked: true })).toEqual({
      status: 404,
      body: { error: { code: 'not_found', message: 'No checklist item "ghost".' } },
    });
    expect(await call('PUT', '/api/checklists/items/mle-bayes', { ticked: 'yes' })).toEqual({
      status: 400,
      body: { error: { code: 'invalid_field', message: 'ticked: ticked must be true or false.' } },
    });
    const mustKnow = await call('GET', '/api/must-know');
    expect(mustKnow.status).toBe(200);
    expect(JSON.stringify(mustKnow.body)).toContain('core');
    expect(mustKnow.body).not.toHaveProperty('error');
  }, 30_000);
});

describe('mock interviews', () => {
  it('serves the set-up options and an empty history, then creates a mock (201) with each question resolved in order, serves it, finishes it and lists it', async () => {
    const { call, clock } = await prepApp();
    const res = await call('GET', '/api/mock');
    expect(res.status).toBe(200);
    expect(res.body.history).toEqual([]);
    expect(res.body.options.focuses).toEqual([
      { id: 'research-labs', title: 'Research Labs', summary: 'Mathematical depth and strong fundamentals.' },
      { id: 'product-companies', title: 'Product Companies', summary: 'Metrics, experiments and statistics.' },
    ]);
    expect(res.body.options.lengths.map((l: { minutes: number }) => l.minutes)).toEqual([30, 45, 60]);
    const made = await call('POST', '/api/mock', SETUP);
    expect(made.status).toBe(201);
    expect(made.body.questionIds).toHaveLength(2);
    expect(made.body.questions.map((q: { id: string }) => q.id)).toEqual(made.body.questionIds);
    const got = await call('GET', `/api/mock/${made.body.id}`);
    expect(got.status).toBe(200);
    expect(got.body.questions.map((q: { id: string }) => q.id)).toEqual(made.body.questionIds);
    expect(got.body.report).toBeNull();
    clock.t = T0 + 60_000;
    const answered = await call('POST', `/api/mock/${made.body.id}/answers`, { index: 1, durationMs: 30_000, keyPointsChecked: [] });
    expect(answered.status).toBe(200);
    expect(answered.body.questions.map((q: { id: string }) => q.id)).toEqual(made.body.questionIds);
    expect(answered.body.report.missed).toEqual([made.body.questionIds[1]]);
    const finished = await call('POST', `/api/mock/${made.body.id}/finish`);
    expect(finished.status).toBe(200);
    expect(finished.body.finishedAt).toBe(T0 + 60_000);
    expect(finished.body.questions.map((q: { id: string }) => q.id)).toEqual(made.body.questionIds);
    expect(await call('POST', `/api/mock/${made.body.id}/review-missed`)).toEqual({
      status: 200,
      body: { added: [made.body.questionIds[1]] },
    });
    const history = (await call('GET', '/api/mock')).body.history;
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ id: made.body.id, finishedAt: T0 + 60_000, questions: 2, answered: 1 });
  }, 30_000);

  it('answers 404 not_found naming an unknown path or mock', async () => {
    const { call } = await prepApp();
    expect(await call('GET', '/api/paths/nope')).toEqual({
      status: 404,
      body: { error: { code: 'not_found', message: 'No study path "nope".' } },
    });
    for (const [method, url] of [
      ['GET', '/api/mock/ghost'],
      ['POST', '/api/mock/ghost/answers'],
      ['POST', '/api/mock/ghost/finish'],
      ['POST', '/api/mock/ghost/review-missed'],
    ] as const)
      expect(await call(method, url, method === 'POST' ? { index: 0, durationMs: 1, keyPointsChecked: [] } : undefined), url).toEqual({
        status: 404,
        body: { error: { code: 'not_found', message: 'No mock interview "ghost".' } },
      });
  }, 30_000);
});
