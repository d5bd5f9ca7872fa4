// The card browser API through `app.request()` on the web-prep fixture vault with a fixed clock: the full list,
// bulk actions and their undo, the 400s that name the field, and the request guard on the bulk endpoint.

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

const call = async (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) => {
  const res = await app.request(url, {
    method,
    headers: { ...(method !== 'GET' ? { 'content-type': 'application/json' } : {}), ...headers },
    ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
};

describe('card browser API', () => {
  it('lists every question, studied or not, with its card figures and marks', async () => {
    const first = (await call('GET', '/api/review/next')).body.card.questionId as string;
    await call('POST', '/api/review', { questionId: first, rating: 2 });
    const list = await call('GET', '/api/cards');
    expect(list.status).toBe(200);
    const questions = (await call('GET', '/api/dashboard')).body.totals.questions as number;
    expect(list.body.cards.length).toBe(questions);
    expect(questions).toBeGreaterThan(1);
    const row = list.body.cards.find((c: { id: string }) => c.id === first);
    expect(row).toMatchObject({ lastRating: 2, reps: 1, flagged: false, suspended: false, leech: false });
    expect(row.due).toBeGreaterThan(clock.t);
    expect(list.body.cards.filter((c: { state: string }) => c.state === 'new').length).toBe(list.body.cards.length - 1);
    const one = await call('GET', `/api/cards?ids=${first}`);
    expect(one.body.cards).toEqual([row]);
    expect((await call('GET', '/api/cards?ids=no-such-q')).status).toBe(404);
  });

  it('applies a bulk action, shows it in the list and undoes it', async () => {
    const ids = ((await call('GET', '/api/cards')).body.cards as { id: string }[]).slice(0, 3).map((c) => c.id);
    clock.t += 1000;
    const r = await call('POST', '/api/cards/actions', { action: 'suspend', questionIds: ids });
    expect(r.status).toBe(200);
    expect(r.body.action).toMatchObject({ action: 'suspend', questionIds: ids });
    const after = (await call('GET', '/api/cards')).body.cards as { id: string; suspended: boolean }[];
    expect(after.filter((c) => c.suspended).map((c) => c.id)).toEqual(ids);
    const undone = await call('POST', '/api/review/undo');
    expect(undone.body).toMatchObject({ undone: null, undoneAction: { action: 'suspend', questionIds: ids } });
    expect(((await call('GET', '/api/cards')).body.cards as { suspended: boolean }[]).some((c) => c.suspended)).toBe(false);
  });

  it.each([
    ['an unknown action', { action: 'explode', questionIds: ['x'] }, 400, /^action:/],
    ['no ids', { action: 'flag', questionIds: [] }, 400, /^questionIds:/],
    ['a non-string id', { action: 'flag', questionIds: [7] }, 400, /^questionIds\[0\]:/],
    ['a body that is not an object', '[1]', 400, /^\(body\):/],
    ['malformed JSON', '{oops', 400, /not valid JSON/],
    ['an unknown question', { action: 'flag', questionIds: ['no-such-q'] }, 404, /no-such-q/],
  ])('answers %s with %i naming the field', async (_name, body, status, message) => {
    const r = await call('POST', '/api/cards/actions', body);
    expect(r.status).toBe(status);
    expect(r.body.error.message).toMatch(message);
  });

  it('refuses a cross-origin bulk action (request guard), and changes nothing', async () => {
    const id = ((await call('GET', '/api/cards')).body.cards as { id: string }[])[0]!.id;
    const r = await call('POST', '/api/cards/actions', { action: 'flag', questionIds: [id] }, { origin: 'http://evil.example:4321' });
    expect(r.status).toBe(403);
    expect(((await call('GET', '/api/cards')).body.cards as { flagged: boolean }[])[0]!.flagged).toBe(false);
  });

  it('serves the flagged scope in review', async () => {
    const id = ((await call('GET', '/api/cards')).body.cards as { id: string }[])[1]!.id;
    clock.t += 1000;
    await call('POST', '/api/cards/actions', { action: 'flag', questionIds: [id] });
    const next = await call('GET', '/api/review/next?scope=flagged');
    expect(next.body.scope).toBe('Flagged questions');
    expect(next.body.card.questionId).toBe(id);
  });
});
