// GET /api/export/* (Anki package and text, Obsidian vault and static site as zips, a topic as PDF) through
// `app.request()` against the web-prep fixture vault.

import { strFromU8, unzipSync } from 'fflate';
import type { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/helpers/build-test-app.js';

let app: Hono;
beforeAll(async () => {
  ({ app } = await buildTestApp('web-prep'));
}, 60_000);

describe('GET /api/export/*', () => {
  it('downloads the .apkg as an attachment: a zip with the collection and the media map', async () => {
    const res = await app.request('/api/export/anki.apkg?topic=01');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="mlprep.apkg"');
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual(['collection.anki2', 'media']);
    expect(strFromU8(files['media']!)).toBe('{}');
    expect(strFromU8(files['collection.anki2']!.slice(0, 15))).toBe('SQLite format 3');
  }, 60_000);

  it('downloads the text import, filtered by topic', async () => {
    const res = await app.request('/api/export/anki.txt?topic=02');
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text.startsWith('#separator:tab\n#html:true\n')).toBe(true);
    expect(text).toContain('mlprep:bayes-rule');
    expect(text).not.toContain('mlprep:gd-step-size');
  }, 60_000);

  it('answers 400 with the field named for an unknown topic or path', async () => {
    const res = await app.request('/api/export/anki.apkg?topic=09');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string; message: string } }).error).toEqual({
      code: 'bad_selection',
      message: '--topic: no topic 09 (topics: 01, 02)',
    });
    expect((await app.request('/api/export/anki.txt?path=nope')).status).toBe(400);
  });

  it.each(['/api/export/anki.txt', '/api/export/obsidian.zip', '/api/export/site.zip', '/api/export/topic.pdf?topic=01'])(
    'is guarded like every route: an unknown Host is refused (%s)',
    async (url) => {
      const res = await app.request(url, { headers: { host: 'evil.example' } });
      expect(res.status).toBe(421);
    },
  );

  it('downloads the Obsidian vault as a zip under one folder, a note per question', async () => {
    const res = await app.request('/api/export/obsidian.zip');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="mlprep-vault.zip"');
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    expect(Object.keys(files).every((p) => p.startsWith('mlprep-vault/'))).toBe(true);
    const name = Object.keys(files).find((p) => p.endsWith('/gd-step-size.md'))!;
    expect(name).toMatch(/^mlprep-vault\/[^/]+\/gd-step-size\.md$/);
    const note = strFromU8(files[name]!);
    expect(note).toContain('id: gd-step-size');
    expect(note).toContain('> [!note]- Answer (click to reveal)');
  }, 60_000);

  it('downloads the static site as a zip: the served build’s pages, search data and KaTeX', async () => {
    const res = await app.request('/api/export/site.zip');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="mlprep-site.zip"');
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    for (const p of ['index.html', 't/01.html', 'q/gd-step-size.html', 'search.html', 'assets/search-data.js', 'katex/katex.min.css'])
      expect(files[`mlprep-site/${p}`], p).toBeDefined();
    expect(strFromU8(files['mlprep-site/t/01.html']!)).toContain('<details class="answer" id="a-gd-step-size">');
  }, 60_000);

  it('answers 400 naming the field for a missing or unknown PDF topic, before starting anything', async () => {
    for (const [url, message] of [
      ['/api/export/topic.pdf?topic=09', 'topic: no topic 09 (topics: 01, 02)'],
      ['/api/export/topic.pdf', 'topic: required (topics: 01, 02)'],
    ] as const) {
      const res = await app.request(url);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: unknown }).error).toEqual({ code: 'bad_topic', message });
    }
  });

  it('answers 503 with the install hint when Chromium is missing', async () => {
    const before = process.env.MLPREP_CHROMIUM;
    process.env.MLPREP_CHROMIUM = '/nonexistent/chromium';
    try {
      const res = await app.request('/api/export/topic.pdf?topic=1');
      expect(res.status).toBe(503);
      expect(((await res.json()) as { error: unknown }).error).toEqual({
        code: 'print_unavailable',
        message: 'Chromium not found at /nonexistent/chromium: install it (apt install chromium) or set MLPREP_CHROMIUM.',
      });
    } finally {
      if (before === undefined) delete process.env.MLPREP_CHROMIUM;
      else process.env.MLPREP_CHROMIUM = before;
    }
  });
});
