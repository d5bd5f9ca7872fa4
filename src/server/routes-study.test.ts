// The study and prep API through `app.request()` (no socket), on the web-prep fixture vault with a fixed clock:
// the review loop, undo, settings, export/import, paths, checklists and a mock, and the 4xx answers to bad input.

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

const call = async (method: string, url: string, body?: unknown, raw?: string) => {
  const res = await app.request(url, {
    method,
    ...(method !== 'GET' ? { headers: { 'content-type': 'application/json' } } : {}),
    ...(body !== undefined || raw !== undefined ? { body: raw ?? JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
};

describe('study API', () => {
  it('serves a card, grades it, undoes the grade', async () => {
    const next = await call('GET', '/api/review/next');
    expect(next.status).toBe(200);
    expect(next.body.card.isNew).toBe(true);
    expect(next.body.card.question.id).toBe(next.body.card.questionId);
    expect(Object.keys(next.body.intervals)).toEqual(['1', '2', '3', '4']);
    const id = next.body.card.questionId as string;
    const graded = await call('POST', '/api/review', { questionId: id, rating: 3, keyPointsChecked: [0], durationMs: 5000, uid: 'r-1' });
    expect(graded.status).toBe(201);
    expect(graded.body.state.reps).toBe(1);
    const again = await call('POST', '/api/review', { questionId: id, rating: 3, uid: 'r-1' });
    expect(again).toMatchObject({ status: 200, body: { duplicate: true } });
    const undone = await call('POST', '/api/review/undo');
    expect(undone.body.undone.questionId).toBe(id);
    expect((await call('GET', '/api/review/next')).body.card.questionId).toBe(id);
  });

  it.each([
    ['malformed JSON', undefined, '{oops', 400, 'malformed_json'],
    ['an unknown question', { questionId: 'no-such-q', rating: 3 }, undefined, 404, 'unknown_question'],
    ['a body over 1 MB', undefined, JSON.stringify({ pad: 'x'.repeat(1_100_000) }), 413, 'payload_too_large'],
  ])('answers %s with a 4xx and a message', async (_name, body, raw, status, code) => {
    const r = await call('POST', '/api/review', body, raw);
    expect(r.status).toBe(status);
    expect(r.body.error.code).toBe(code);
    expect(r.body.error.message.length).toBeGreaterThan(10);
  });

  it('rejects an invalid rating for a real question, naming the field', async () => {
    const id = (await call('GET', '/api/review/next')).body.card.questionId;
    const r = await call('POST', '/api/review', { questionId: id, rating: 7 });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/^rating:/);
    expect((await call('GET', '/api/review/next?scope=topics:99')).status).toBe(400);
  });

  it('validates settings and round-trips progress through export and import', async () => {
    expect((await call('PUT', '/api/settings', { retention: 0.5 })).status).toBe(400);
    expect((await call('PUT', '/api/settings', { retention: 0.85 })).body.retention).toBe(0.85);
    const first = (await call('GET', '/api/review/next')).body.card.questionId as string;
    expect((await call('POST', '/api/review', { questionId: first, rating: 4, uid: 'export-1' })).status).toBe(201);
    const exported = await call('GET', '/api/progress/export');
    expect(exported.body.format).toBe('mlprep-progress');
    expect(exported.body.cards.map((c: { questionId: string }) => c.questionId)).toEqual([first]);
    // Into a fresh store, the export must bring every card, review and setting; a second import adds nothing.
    const other = await buildTestApp('web-prep', { now: () => clock.t });
    try {
      const into = async (body: unknown) =>
        (
          await other.app.request('/api/progress/import', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
          })
        ).json() as Promise<Record<string, any>>;
      const reviews = exported.body.reviewLog.length as number;
      expect(reviews).toBeGreaterThan(0);
      expect((await into(exported.body)).imported).toMatchObject({ cardsAdded: exported.body.cards.length, reviewsAdded: reviews });
      const copy = (await (await other.app.request('/api/progress/export')).json()) as Record<string, any>;
      expect(copy.cards).toEqual(exported.body.cards);
      expect(copy.reviewLog).toEqual(exported.body.reviewLog);
      expect(copy.settings).toEqual(exported.body.settings);
      expect((await into(exported.body)).imported).toMatchObject({ cardsAdded: 0, reviewsAdded: 0 });
    } finally {
      other.progress?.close();
    }
    expect((await call('POST', '/api/progress/import', { format: 'nope' })).status).toBe(400);
    expect((await call('POST', '/api/progress/reset', {})).body.error.code).toBe('confirmation_required');
    expect((await call('GET', '/api/dashboard')).body.settings.retention).toBe(0.85);
  });
});

describe('prep API', () => {
  it('lists paths and checklists, pins a path, ticks an item, 404s unknown ones', async () => {
    const paths = await call('GET', '/api/paths');
    expect(paths.body[0].steps[0]).toHaveProperty('questions');
    expect((await call('PUT', '/api/paths/active', { pathId: paths.body[0].id })).body.activePath).toBe(paths.body[0].id);
    expect((await call('GET', '/api/paths/nope')).status).toBe(404);
    const lists = await call('GET', '/api/checklists');
    const item = lists.body[0].items[0];
    expect((await call('PUT', `/api/checklists/items/${item.id}`, { ticked: true })).body.ticked).toBe(true);
    expect((await call('GET', '/api/checklists')).body[0].items[0].ticked).toBe(true);
    expect((await call('PUT', '/api/checklists/items/ghost', { ticked: true })).status).toBe(404);
  });

  it('creates a seeded mock, records answers and reports', async () => {
    const setup = { format: 'fundamentals', focus: 'research-labs', questions: 2, seed: 5 };
    const mock = await call('POST', '/api/mock', setup);
    expect(mock.status).toBe(201);
    expect(mock.body.questions).toHaveLength(2);
    expect((await call('POST', '/api/mock', setup)).body.questionIds).toEqual(mock.body.questionIds);
    const answered = await call('POST', `/api/mock/${mock.body.id}/answers`, { index: 0, durationMs: 60_000, keyPointsChecked: [] });
    expect(answered.body.report.missed).toEqual([mock.body.questionIds[0]]);
    expect((await call('POST', `/api/mock/${mock.body.id}/review-missed`)).body.added).toEqual([mock.body.questionIds[0]]);
    expect((await call('GET', '/api/mock/no-such-mock')).status).toBe(404);
    expect((await call('POST', '/api/mock', { ...setup, format: 'x' })).status).toBe(400);
  });
});

describe('a full disk', () => {
  it('answers 507 with a message and saves nothing', async () => {
    const next = await call('GET', '/api/review/next');
    await call('POST', '/api/review', { questionId: next.body.card.questionId, rating: 3, uid: 'before-full' });
    const doc = (await call('GET', '/api/progress/export')).body;
    const review = doc.reviewLog.at(-1);
    // An import big enough to need new database pages, which max_page_count forbids: SQLite reports SQLITE_FULL.
    const big = { ...doc, reviewLog: Array.from({ length: 3000 }, (_, i) => ({ ...review, uid: `bulk-${i}` })) };
    const db = progress!.db;
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    try {
      const res = await call('POST', '/api/progress/import', big);
      expect(res.status).toBe(507);
      expect(res.body.error).toMatchObject({ code: 'disk_full' });
      expect(res.body.error.message).toMatch(/disk is full/);
    } finally {
      db.pragma('max_page_count = 1073741823');
    }
    expect((await call('GET', '/api/progress/export')).body.reviewLog.length).toBe(doc.reviewLog.length);
  });
});

describe('study API details', () => {
  it('names the export file by the day it was made', async () => {
    const res = await app.request('/api/progress/export');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="mlprep-progress-2026-03-01.json"');
  });

  it('skips the excluded questions when serving the next card', async () => {
    const first = (await call('GET', '/api/review/next')).body.card.questionId as string;
    const second = (await call('GET', `/api/review/next?exclude=${first},,`)).body.card?.questionId;
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
  });

  it('resets only on { "confirm": true }, and says how', async () => {
    for (const body of [{}, { confirm: 'yes' }, { confirm: 1 }]) {
      const res = await call('POST', '/api/progress/reset', body);
      expect(res.status).toBe(400);
      expect(res.body.error).toEqual({
        code: 'confirmation_required',
        message: 'Reset deletes all progress: send { "confirm": true } to go ahead. A backup file is kept.',
      });
    }
  });

  it('maps engine errors on real routes: unknown question 404, bad field 400, bad scope 400, bad import 400', async () => {
    expect((await call('POST', '/api/review', { questionId: 'no-such-question', rating: 3 })).body.error.code).toBe('unknown_question');
    const id = (await call('GET', '/api/review/next')).body.card.questionId as string;
    const bad = await call('POST', '/api/review', { questionId: id, rating: 9 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_field');
    expect(bad.body.error.message).toMatch(/^rating: /);
    const scope = await call('GET', '/api/review/next?scope=topic:99');
    expect([scope.status, scope.body.error.code]).toEqual([400, 'invalid_scope']);
    const imported = await call('POST', '/api/progress/import', { version: 'x' });
    expect([imported.status, imported.body.error.code]).toEqual([400, 'invalid_import']);
    expect(imported.body.error.message).toMatch(/^The file cannot be imported: .+\.$/);
  });
});
