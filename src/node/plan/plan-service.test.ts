// The planned review order against plain FSRS order, through the API on the web-prep fixture: with the interview
// two days away and every question of the scope studied and not due, FSRS has nothing to show, while the plan's
// scope serves the card weakest on the day.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { buildTestApp } from '../../../test/helpers/build-test-app.js';
import type { ProgressStore } from '../store/progress-store.js';

const T0 = Date.UTC(2026, 2, 1, 9);
const clock = { t: T0 };
let app: Hono;
let progress: ProgressStore | null;
beforeAll(async () => {
  ({ app, progress } = await buildTestApp('web-prep', { now: () => clock.t }));
});
afterAll(() => progress?.close());

const call = async (method: string, url: string, body?: unknown) => {
  const res = await app.request(url, {
    method,
    ...(method !== 'GET' ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body ?? {}) } : {}),
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
};

const SCOPE = 'questions:gd-step-size,bayes-rule';

describe('the planned queue', () => {
  it('serves a card FSRS would not show yet when it is the weakest on the day', async () => {
    // Learn both: Good on the first look and on the 10-minute step, so both graduate to review.
    for (const [id, ratings] of [
      ['gd-step-size', [3, 3]],
      ['bayes-rule', [4]],
    ] as const) {
      for (const rating of ratings) {
        expect((await call('POST', '/api/review', { questionId: id, rating })).status).toBe(201);
        clock.t += 11 * 60_000;
      }
    }
    clock.t = T0 + 2 * 86_400_000;
    const fsrs = await call('GET', `/api/review/next?scope=${SCOPE}`);
    expect(fsrs.body.card).toBeNull();

    expect((await call('PUT', '/api/plan', { interviewDate: '2026-03-05', scope: SCOPE, minutesPerDay: 10 })).status).toBe(200);
    const planned = await call('GET', '/api/review/next?scope=plan');
    // gd-step-size (Good) has the lower stability than bayes-rule (Easy): it is the weaker one on the day.
    expect(planned.body.card.questionId).toBe('gd-step-size');
    expect(planned.body.card.state.state).toBe('review');
    expect(planned.body.card.state.due).toBeGreaterThan(clock.t);
    expect((await call('GET', `/api/review/next?scope=${SCOPE}`)).body.card.questionId).toBe('gd-step-size');
    // Graded like any review: FSRS state moves on, and the plan moves to the next card.
    expect((await call('POST', '/api/review', { questionId: 'gd-step-size', rating: 3 })).status).toBe(201);
    expect((await call('GET', '/api/review/next?scope=plan')).body.card.questionId).toBe('bayes-rule');
  });
});
