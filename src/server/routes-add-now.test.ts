// "Add to review now" (POST /api/review/add-now) and its undo, through `app.request()` on the web-prep fixture
// vault with a fixed clock: a never-studied question jumps the queue, a studied card becomes due now, undo
// restores the card exactly, bad input is a 4xx naming the field, and a cross-origin request is refused.

import type { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/helpers/build-test-app.js';
import type { ProgressStore } from '../node/store/progress-store.js';
import { asQuestionId } from '../core/model/index.js';

const DAY = 86_400_000;
const clock = { t: Date.UTC(2026, 2, 1, 12) };
let app: Hono;
let progress: ProgressStore | null;

beforeEach(async () => {
  clock.t = Date.UTC(2026, 2, 1, 12);
  ({ app, progress } = await buildTestApp('web-prep', { now: () => clock.t }));
});
afterEach(() => progress?.close());

const call = async (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) => {
  const res = await app.request(url, {
    method,
    headers: { ...(method !== 'GET' ? { 'content-type': 'application/json' } : {}), ...headers },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
};

describe('POST /api/review/add-now', () => {
  it('puts a never-studied question at the front of the queue, even past the new-card limit, and undo takes it back', async () => {
    await call('PUT', '/api/settings', { newLimit: 1 });
    const first = (await call('GET', '/api/review/next')).body.card.questionId;
    expect(first).not.toBe('bias-variance');
    expect((await call('POST', '/api/review', { questionId: first, rating: 3 })).status).toBe(201);
    // The day's one new card is used up: without the request, nothing new would come.
    const added = await call('POST', '/api/review/add-now', { questionId: 'bias-variance' });
    expect(added).toMatchObject({ status: 200, body: { questionId: 'bias-variance', changed: true, card: { state: 'new' } } });
    // The first card's learning step is not due yet; the request comes before the due review cards.
    const next = await call('GET', '/api/review/next');
    expect(next.body.card).toMatchObject({ questionId: 'bias-variance', isNew: true });
    const undo = await call('POST', '/api/review/add-now/undo');
    expect(undo.body.restored).toEqual({ questionId: 'bias-variance', card: null });
    expect(progress!.getCard(asQuestionId('bias-variance'))).toBeNull();
    expect((await call('POST', '/api/review/add-now/undo')).body.restored).toBeNull();
  });

  it('makes a studied card that is not yet due due now, and grading it counts as a review, not a new card', async () => {
    expect((await call('POST', '/api/review', { questionId: 'bayes-rule', rating: 4 })).status).toBe(201);
    const before = progress!.getCard(asQuestionId('bayes-rule'))!;
    expect(before.due).toBeGreaterThan(clock.t + DAY);
    clock.t += DAY;
    const added = await call('POST', '/api/review/add-now', { questionId: 'bayes-rule' });
    expect(added.body).toMatchObject({ changed: true, card: { due: clock.t, state: before.state, stability: before.stability } });
    expect((await call('GET', '/api/review/next?scope=questions:bayes-rule')).body.card.questionId).toBe('bayes-rule');
    // Again: already due, nothing changes.
    expect((await call('POST', '/api/review/add-now', { questionId: 'bayes-rule' })).body.changed).toBe(false);
    const undo = await call('POST', '/api/review/add-now/undo');
    expect(undo.body.restored).toEqual({ questionId: 'bayes-rule', card: before });
    expect(progress!.getCard(asQuestionId('bayes-rule'))).toEqual(before);
  });

  it('will not undo over a grade made after the request', async () => {
    await call('POST', '/api/review/add-now', { questionId: 'bias-variance' });
    expect((await call('POST', '/api/review', { questionId: 'bias-variance', rating: 3 })).status).toBe(201);
    const graded = progress!.getCard(asQuestionId('bias-variance'));
    expect((await call('POST', '/api/review/add-now/undo')).body.restored).toBeNull();
    expect(progress!.getCard(asQuestionId('bias-variance'))).toEqual(graded);
    // Its first grade counted as the day's first new card: with a limit of 1, no other new card is offered.
    await call('PUT', '/api/settings', { newLimit: 1 });
    expect((await call('GET', '/api/dashboard')).body.newAvailable).toBe(0);
    await call('PUT', '/api/settings', { newLimit: 2 });
    expect((await call('GET', '/api/dashboard')).body.newAvailable).toBe(1);
  });

  it('a requested card round-trips through export and import, and stays first in the queue there', async () => {
    await call('POST', '/api/review/add-now', { questionId: 'bias-variance' });
    const doc = (await call('GET', '/api/progress/export')).body;
    expect(doc.cards).toEqual([expect.objectContaining({ questionId: 'bias-variance', state: 'new' })]);
    const other = await buildTestApp('web-prep', { now: () => clock.t });
    try {
      const res = await other.app.request('/api/progress/import', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(doc),
      });
      expect(res.status).toBe(200);
      const next = (await (await other.app.request('/api/review/next')).json()) as { card: { questionId: string; isNew: boolean } };
      expect(next.card).toMatchObject({ questionId: 'bias-variance', isNew: true });
    } finally {
      other.progress?.close();
    }
  });

  it.each([
    ['no body', undefined, 400, 'invalid_field'],
    ['a number id', { questionId: 7 }, 400, 'invalid_field'],
    ['an unknown question', { questionId: 'no-such-q' }, 404, 'unknown_question'],
  ])('answers %s with a 4xx naming the problem', async (_name, body, status, code) => {
    const r = await call('POST', '/api/review/add-now', body ?? []);
    expect(r.status).toBe(status);
    expect(r.body.error.code).toBe(code);
    expect(r.body.error.message).toMatch(/questionId|question/);
  });

  it('is behind the request guard: a cross-origin request is refused and changes nothing', async () => {
    const r = await call('POST', '/api/review/add-now', { questionId: 'bias-variance' }, { origin: 'http://evil.example' });
    expect(r.status).toBe(403);
    expect(progress!.getCard(asQuestionId('bias-variance'))).toBeNull();
  });
});
