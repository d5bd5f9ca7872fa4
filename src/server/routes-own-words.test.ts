// The own-words API through `app.request()` on the web-prep fixture vault: typed answers kept with the grade,
// notes saved and rendered inert, notes found by /api/search, and the 4xx answers (field-named 400, body limit,
// request guard) to bad requests.

import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/helpers/build-test-app.js';
import type { ProgressStore } from '../node/store/progress-store.js';
import { MAX_NOTE_BODY_BYTES } from './routes-own-words.js';

const clock = { t: Date.UTC(2026, 2, 1, 12) };
let app: Hono;
let progress: ProgressStore | null;
let id: string;

beforeAll(async () => {
  ({ app, progress } = await buildTestApp('web-prep', { now: () => clock.t }));
  id = ((await call('GET', '/api/review/next')).body.card as { questionId: string }).questionId;
});
afterAll(() => progress?.close());

async function call(method: string, url: string, body?: unknown, opts: { raw?: string; headers?: Record<string, string> } = {}) {
  const res = await app.request(url, {
    method,
    headers: { ...(method !== 'GET' ? { 'content-type': 'application/json' } : {}), ...opts.headers },
    ...(body !== undefined || opts.raw !== undefined ? { body: opts.raw ?? JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

describe('typed answers', () => {
  it('keeps the answer typed with a grade and lists it for the question', async () => {
    expect((await call('GET', `/api/questions/${id}/answers`)).body).toEqual({ answers: [] });
    const graded = await call('POST', '/api/review', { questionId: id, rating: 2, typedAnswer: 'my first attempt', uid: 'w-1' });
    expect(graded.status).toBe(201);
    const r = await call('GET', `/api/questions/${id}/answers`);
    expect(r.body.answers).toEqual([{ uid: 'w-1', reviewedAt: clock.t, rating: 2, text: 'my first attempt' }]);
  });

  it('answers a bad typedAnswer with a 400 naming it', async () => {
    const r = await call('POST', '/api/review', { questionId: id, rating: 3, typedAnswer: ['x'] });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/^typedAnswer:/);
  });

  it('answers an unknown question with a 404', async () => {
    expect((await call('GET', '/api/questions/no-such-q/answers')).status).toBe(404);
  });
});

describe('notes', () => {
  it('saves a note and returns it rendered, with raw HTML and scripts dropped', async () => {
    const markdown = 'Remember the **zebracorn** trick <script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3))';
    const put = await call('PUT', `/api/questions/${id}/note`, { markdown });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ questionId: id, markdown, updatedAt: clock.t });
    expect(put.body.html).toContain('<strong>zebracorn</strong>');
    expect(put.body.html).not.toMatch(/<script|onerror|<img|javascript:/i);
    expect((await call('GET', `/api/questions/${id}/note`)).body).toEqual(put.body);
  });

  it('finds the question by a word of its note in /api/search, as a note hit on the first page', async () => {
    await call('PUT', `/api/questions/${id}/note`, { markdown: 'Remember the zebracorn trick' });
    const r = await call('GET', '/api/search?q=zebracorn');
    expect(r.status).toBe(200);
    expect(r.body.results).toEqual([]); // the content index is untouched
    expect(r.body.noteHits.map((h: { id: string }) => h.id)).toEqual([id]);
    expect(r.body.noteHits[0].snippet).toContain('<mark>zebracorn</mark>');
    expect((await call('GET', '/api/search?q=zebracorn&offset=20')).body.noteHits).toBeUndefined();
  });

  it.each([
    ['a missing markdown', {}, 'markdown'],
    ['a non-string markdown', { markdown: 42 }, 'markdown'],
    ['an array body', ['x'], '(body)'],
  ])('answers %s with a 400 naming the field', async (_name, body, field) => {
    const r = await call('PUT', `/api/questions/${id}/note`, body);
    expect(r.status).toBe(400);
    expect(r.body.error.message.startsWith(`${field}:`)).toBe(true);
  });

  it('answers a note over the size limit with a 400 and a body over the byte limit with a 413', async () => {
    const long = await call('PUT', `/api/questions/${id}/note`, { markdown: 'x'.repeat(20_001) });
    expect(long.status).toBe(400);
    expect(long.body.error.message).toMatch(/^markdown: .*at most 20000/);
    const huge = await call('PUT', `/api/questions/${id}/note`, undefined, {
      raw: JSON.stringify({ markdown: 'x'.repeat(MAX_NOTE_BODY_BYTES) }),
    });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('payload_too_large');
  });

  it('refuses a cross-site write and a non-JSON body', async () => {
    const cross = await call(
      'PUT',
      `/api/questions/${id}/note`,
      { markdown: 'pwned' },
      { headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } },
    );
    expect(cross.status).toBe(403);
    const plain = await app.request(`/api/questions/${id}/note`, {
      method: 'PUT',
      headers: { 'content-type': 'text/plain' },
      body: '{"markdown":"x"}',
    });
    expect(plain.status).toBe(415);
    expect((await call('GET', `/api/questions/${id}/note`)).body.markdown).not.toBe('pwned');
  });

  it('answers an unknown question with a 404', async () => {
    expect((await call('PUT', '/api/questions/no-such-q/note', { markdown: 'x' })).status).toBe(404);
  });

  it('exports typed answers and notes with the progress', async () => {
    const doc = (await call('GET', '/api/progress/export')).body;
    expect(doc.version).toBe(4);
    expect(doc.typedAnswers).toEqual([{ uid: 'w-1', text: 'my first attempt' }]);
    expect(doc.questionNotes).toEqual([{ questionId: id, markdown: 'Remember the zebracorn trick', updatedAt: clock.t }]);
  });
});
