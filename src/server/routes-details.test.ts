// Exact answers of the smaller routes, through `app.request()` on the fixture vaults: the figures' cache header
// and 404 messages, the security headers on a figure and on a 405, the notes' error messages and an old cache
// without notes, the search's note hits (first page only, their own limit, absent without the study engine),
// the card list narrowed by `?ids`, the own-words answers for a fresh question and the body limits; and the
// content store's lookup tables built from a small hand-made content.

import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, TEST_SHELL, VAULTS } from '../../test/helpers/build-test-app.js';
import type { BuiltContent } from '../node/content-cache.js';
import type { ProgressStore } from '../node/store/progress-store.js';
import { createContentStore } from './content-store.js';
import { createApp } from './create-app.js';
import { FIGURE_CSP, figureRoutes } from './routes-figures.js';
import { CONTENT_SECURITY_POLICY } from './security.js';
import { StaticFiles } from './static-files.js';

const T0 = Date.UTC(2026, 2, 1, 12);
let pictures: Hono;
let plain: Awaited<ReturnType<typeof buildTestApp>>;
let study: Hono;
let progress: ProgressStore | null;
let tmp: string;

beforeAll(async () => {
  ({ app: pictures } = await buildTestApp('pictures-valid'));
  plain = await buildTestApp('web-prep');
  ({ app: study, progress } = await buildTestApp('web-prep', { now: () => T0 }));
  tmp = await mkdtemp(path.join(os.tmpdir(), 'mlprep-details-'));
}, 60_000);
afterAll(async () => {
  progress?.close();
  await rm(tmp, { recursive: true, force: true });
});

const json = async (app: Hono, method: string, url: string, body?: unknown) => {
  const res = await app.request(url, {
    method,
    headers: method !== 'GET' ? { 'content-type': 'application/json' } : {},
    ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: (await res.json()) as any };
};

describe('GET /figures/* details', () => {
  it('asks the browser to revalidate a figure and adds the app-wide headers besides its own CSP', async () => {
    const res = await pictures.request('/figures/01-line.svg');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-security-policy')).toBe(FIGURE_CSP);
    expect(FIGURE_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; sandbox");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
  });

  it.each([
    ['/figures/01--line.svg', 'No such figure.'],
    ['/figures/-line.svg', 'No such figure.'],
    ['/figures/line-.svg', 'No such figure.'],
    ['/figures/01-line.svg.bak', 'No such figure.'],
    ['/figures/x01-line.svgx', 'No such figure.'],
    ['/figures/nope.svg', 'No figure nope.svg.'],
  ])('answers %s with 404 not_found and "%s"', async (url, message) => {
    const res = await pictures.request(url);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message } });
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers 404 for a folder whose name looks like a figure', async () => {
    const dir = path.join(tmp, 'vault');
    await cp(path.join(VAULTS, 'pictures-valid'), dir, { recursive: true });
    await mkdir(path.join(dir, 'figures', 'folder.svg'));
    const res = await figureRoutes(dir).request('/figures/folder.svg');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'No figure folder.svg.' } });
  });
});

describe('security headers on other answers', () => {
  it('puts the strict CSP and the other headers on a 405', async () => {
    const res = await pictures.request('/api/topics', {
      method: 'DELETE',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(405);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
  });

  it('spells the CSP as one directive list joined by "; "', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    );
  });
});

describe('GET /api/notes/:slug messages', () => {
  it.each(['Interview_Tips', 'interview-tips-', '-interview', 'interview--tips', 'tips.md'])(
    'answers %s with 400 bad_note_slug',
    async (slug) => {
      expect(await json(plain.app, 'GET', `/api/notes/${slug}`)).toEqual({
        status: 400,
        body: {
          error: {
            code: 'bad_note_slug',
            message: `"${slug}" is not a note key: use the file name in lowercase kebab-case, like interview-tips.`,
          },
        },
      });
    },
  );

  it('answers an unknown key with 404 note_not_found naming it', async () => {
    expect(await json(plain.app, 'GET', '/api/notes/no-such-note')).toEqual({
      status: 404,
      body: { error: { code: 'note_not_found', message: 'No note "no-such-note" in this collection.' } },
    });
  });

  it('answers 404 for every note when the cached content has no notes', async () => {
    const content = { ...plain.store.content, notes: undefined } as unknown as BuiltContent;
    const app = createApp({
      store: { ...plain.store, content },
      search: plain.search,
      files: await StaticFiles.collect(null),
      indexHtml: TEST_SHELL,
    });
    expect((await json(plain.app, 'GET', '/api/notes/interview-tips')).status).toBe(200);
    expect(await json(app, 'GET', '/api/notes/interview-tips')).toEqual({
      status: 404,
      body: { error: { code: 'note_not_found', message: 'No note "interview-tips" in this collection.' } },
    });
  });
});

describe('GET /api/search note hits', () => {
  it('has no note hits without the study engine', async () => {
    const r = await json(plain.app, 'GET', '/api/search?q=gradient');
    expect(r.status).toBe(200);
    expect(r.body).not.toHaveProperty('noteHits');
  });

  it('lists note hits on the first page (no offset or offset 0) past the page limit, and none on later pages', async () => {
    for (const id of ['gd-step-size', 'bayes-rule', 'bias-variance'])
      expect((await json(study, 'PUT', `/api/questions/${id}/note`, { markdown: `quokkafish note for ${id}` })).status).toBe(200);
    const ids = (r: { body: { noteHits: { id: string }[] } }) => r.body.noteHits.map((h) => h.id).sort();
    expect(ids(await json(study, 'GET', '/api/search?q=quokkafish'))).toEqual(['bayes-rule', 'bias-variance', 'gd-step-size']);
    expect(ids(await json(study, 'GET', '/api/search?q=quokkafish&limit=1'))).toEqual(['bayes-rule', 'bias-variance', 'gd-step-size']);
    expect(ids(await json(study, 'GET', '/api/search?q=quokkafish&offset=0'))).toEqual(['bayes-rule', 'bias-variance', 'gd-step-size']);
    expect((await json(study, 'GET', '/api/search?q=quokkafish&offset=1')).body).not.toHaveProperty('noteHits');
    expect((await json(study, 'GET', '/api/search?q=quokkafish&topic=02')).body.noteHits.map((h: { id: string }) => h.id).sort()).toEqual([
      'bayes-rule',
      'bias-variance',
    ]);
  });
});

describe('GET /api/cards?ids', () => {
  it('lists every question without ids, none for an empty ids, and skips empty entries', async () => {
    const all = await json(study, 'GET', '/api/cards');
    expect(all.status).toBe(200);
    expect(all.body.now).toBe(T0);
    expect(all.body.cards.map((c: { id: string }) => c.id).sort()).toEqual([
      'bayes-rule',
      'bias-variance',
      'eigen-decomposition',
      'gd-step-size',
      'hessian-critical-point',
    ]);
    expect(await json(study, 'GET', '/api/cards?ids=')).toEqual({ status: 200, body: { now: T0, cards: [] } });
    const two = await json(study, 'GET', '/api/cards?ids=bayes-rule,,gd-step-size,');
    expect(two.body.cards.map((c: { id: string }) => c.id).sort()).toEqual(['bayes-rule', 'gd-step-size']);
  });

  it('answers 413 naming 1 MB for a card action body over it', async () => {
    const r = await json(study, 'POST', '/api/cards/actions', { action: 'flag', questionIds: ['x'.repeat(1024 * 1024)] });
    expect(r).toEqual({ status: 413, body: { error: { code: 'payload_too_large', message: 'The body is larger than 1 MB.' } } });
  });
});

describe('own words of a fresh question', () => {
  it('has no typed answers and an empty note', async () => {
    expect(await json(study, 'GET', '/api/questions/eigen-decomposition/answers')).toEqual({ status: 200, body: { answers: [] } });
    expect(await json(study, 'GET', '/api/questions/eigen-decomposition/note')).toEqual({
      status: 200,
      body: { questionId: 'eigen-decomposition', markdown: '', html: '', updatedAt: null },
    });
  });

  it('answers 404 unknown_question for the answers and the note of an unknown question', async () => {
    for (const url of ['/api/questions/no-such-q/answers', '/api/questions/no-such-q/note']) {
      const r = await json(study, 'GET', url);
      expect(r.status, url).toBe(404);
      expect(r.body.error.code, url).toBe('unknown_question');
    }
  });

  it('names the note body limit (20,000 characters, 6 bytes each, plus 1 KiB) in the 413', async () => {
    const r = await json(study, 'PUT', '/api/questions/eigen-decomposition/note', { markdown: 'x'.repeat(121_100) });
    expect(r).toEqual({
      status: 413,
      body: { error: { code: 'payload_too_large', message: 'The body is larger than 121024 bytes.' } },
    });
    // Just under the limit, the body is read and the note's own cap answers.
    const under = await json(study, 'PUT', '/api/questions/eigen-decomposition/note', { markdown: 'x'.repeat(120_000) });
    expect(under.status).toBe(400);
    expect(under.body.error.code).toBe('invalid_field');
  });
});

describe('createContentStore', () => {
  const q = (id: string, tags: string[]) => ({ id, title: id.toUpperCase(), tags });
  const content = {
    topics: [
      {
        id: '01',
        title: 'One',
        introHtml: '<p>intro</p>',
        parts: [
          { number: 0, title: 'P0', introHtml: '<p>p0</p>', questions: [q('a', ['zeta', 'alpha']), q('b', ['alpha'])] },
          { number: 1, title: 'P1', introHtml: '', questions: [q('c', ['Beta'])] },
        ],
      },
      {
        id: '02',
        title: 'Two',
        introHtml: '',
        parts: [{ number: 0, title: 'Q0', introHtml: '', questions: [{ ...q('a', ['alpha']), title: 'dup' }] }],
      },
    ],
    aliases: { 'old-a': 'a', b: 'c', 'old-x': 'missing' },
    searchDocs: [{}, {}, {}, {}],
  } as unknown as BuiltContent;

  it('indexes topics, questions (first one wins) and aliases (never over a real id)', () => {
    const store = createContentStore(content);
    expect([...store.topics.keys()]).toEqual(['01', '02']);
    expect(store.questions.get('a')!.title).toBe('A');
    expect(store.questions.get('old-a')!.title).toBe('A');
    expect(store.questions.get('b')!.title).toBe('B');
    expect(store.questions.has('old-x')).toBe(false);
    expect([...store.questions.keys()].sort()).toEqual(['a', 'b', 'c', 'old-a']);
  });

  it('counts tags over every question occurrence, sorted by tag', () => {
    expect(createContentStore(content).tags).toEqual([
      { tag: 'alpha', count: 3 },
      { tag: 'Beta', count: 1 },
      { tag: 'zeta', count: 1 },
    ]);
  });

  it('summarises topics without their intros or questions, and counts the search documents', () => {
    const store = createContentStore(content);
    expect(store.summaries).toEqual([
      {
        id: '01',
        title: 'One',
        parts: [
          { number: 0, title: 'P0' },
          { number: 1, title: 'P1' },
        ],
      },
      { id: '02', title: 'Two', parts: [{ number: 0, title: 'Q0' }] },
    ]);
    expect(store.questionCount).toBe(4);
  });

  it('has no exercises for a content without them, and keys them by id otherwise', () => {
    expect(createContentStore(content).exercises.size).toBe(0);
    const ex = (id: string) => ({ detail: { id }, sources: { solution: '', hiddenTests: '' } });
    const withEx = createContentStore({ ...content, exercises: [ex('01-a'), ex('02-b')] } as unknown as BuiltContent);
    expect([...withEx.exercises.keys()]).toEqual(['01-a', '02-b']);
  });
});
