// How createApp answers failures outside a route's own checks: a read-only database is a 503 naming the data
// folder's permissions, an unexpected error a bare 500 "Internal error." that shows no detail, and a malformed JSON
// body a 400. Each answer is JSON with a code, and nothing is saved.

import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTestApp } from '../../test/helpers/build-test-app.js';
import type { ProgressStore } from '../node/store/progress-store.js';

let app: Hono;
let progress: ProgressStore | null;
beforeAll(async () => {
  ({ app, progress } = await buildTestApp('web-prep', { now: () => Date.UTC(2026, 2, 1, 12) }));
});
afterAll(() => progress?.close());

const call = async (method: string, url: string, body?: string) => {
  const res = await app.request(url, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body !== undefined ? { body } : {}),
  });
  return { status: res.status, body: (await res.json()) as { error?: { code: string; message: string } } & Record<string, unknown> };
};

async function gradeNext(uid: string) {
  const next = (await call('GET', '/api/review/next')).body as { card: { questionId: string } };
  return call('POST', '/api/review', JSON.stringify({ questionId: next.card.questionId, rating: 3, uid }));
}

const reviews = async () => ((await call('GET', '/api/progress/export')).body.reviewLog as unknown[]).length;

describe('app errors', () => {
  it('answers a write to a read-only database with 503 and saves nothing', async () => {
    const before = await reviews();
    progress!.db.pragma('query_only = ON');
    try {
      const res = await gradeNext('read-only-1');
      expect(res.status).toBe(503);
      expect(res.body.error).toEqual({
        code: 'read_only',
        message: 'The progress database is read-only: nothing was saved. Check the permissions of the data folder.',
      });
    } finally {
      progress!.db.pragma('query_only = OFF');
    }
    expect(await reviews()).toBe(before);
    expect((await gradeNext('read-only-2')).status).toBe(201);
  });

  it('answers a malformed JSON body with 400', async () => {
    const res = await call('POST', '/api/review', '{"questionId": ');
    expect(res.status).toBe(400);
    expect(typeof res.body.error?.code).toBe('string');
  });

  it('answers an unexpected failure with a bare 500 and logs it', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    // Any statement prepared from here on throws a plain error, as a bug in the store would.
    const spy = vi.spyOn(progress!.db, 'prepare').mockImplementation(() => {
      throw new Error('secret detail: /home/user/.local/share/mlprep');
    });
    try {
      const res = await call('GET', '/api/dashboard');
      expect(res.status).toBe(500);
      expect(res.body).toEqual({ error: { code: 'internal', message: 'Internal error.' } });
      expect(logged).toHaveBeenCalled();
    } finally {
      spy.mockRestore();
      logged.mockRestore();
    }
    expect((await call('GET', '/api/dashboard')).status).toBe(200);
  });
});
