// GET /api/notes/:slug through `app.request()` against the web-prep fixture vault, whose Interview_Tips note
// has wikilinks, math and a raw <script> that must not survive rendering.

import { beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import type { ApiError, NoteDetail } from '../core/api/types.js';
import { buildTestApp } from '../../test/helpers/build-test-app.js';

let app: Hono;
beforeAll(async () => {
  ({ app } = await buildTestApp('web-prep'));
});

describe('GET /api/notes/:slug', () => {
  it('renders the interview tips: title out of the body, wikilinks resolved, math, no raw HTML', async () => {
    const res = await app.request('/api/notes/interview-tips');
    expect(res.status).toBe(200);
    const note = (await res.json()) as NoteDetail;
    expect(note.slug).toBe('interview-tips');
    expect(note.title).toBe('Interview tips');
    expect(note.html).not.toContain('<h1');
    expect(note.html).toContain('<h2>Before the interview</h2>');
    expect(note.html).toContain('<a class="wikilink" href="/">collection index</a>');
    expect(note.html).toContain('href="/t/01#part-0"');
    expect(note.html).toContain('class="katex"');
    expect(note.html).not.toMatch(/<script|alert\(/);
  });

  it('links from a topic or the index to the tips note go to /tips', async () => {
    const res = await app.request('/api/notes/readme');
    const note = (await res.json()) as NoteDetail;
    expect(note.html).toContain('<a class="wikilink" href="/tips">interview tips</a>');
  });

  it.each([
    ['/api/notes/no-such-note', 404, 'note_not_found'],
    ['/api/notes/Interview_Tips', 400, 'bad_note_slug'],
  ])('%s -> %i %s', async (url, status, code) => {
    const res = await app.request(url);
    expect(res.status).toBe(status);
    expect(((await res.json()) as ApiError).error.code).toBe(code);
  });
});
