// GET /api/export/*: the exact download headers (type and file name) of each export, the topic list split on
// commas, the empty-selection and unknown-path messages, and how the PDF route reads its topic (trimmed, one
// digit padded to two) before printing. Printing itself is made to fail fast (no Chromium) so it never runs.

import type { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/helpers/build-test-app.js';

let app: Hono;
beforeAll(async () => {
  ({ app } = await buildTestApp('web-prep'));
}, 60_000);

const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;

async function withoutChromium<T>(fn: () => Promise<T>): Promise<T> {
  const before = process.env.MLPREP_CHROMIUM;
  process.env.MLPREP_CHROMIUM = '/nonexistent/chromium';
  try {
    return await fn();
  } finally {
    if (before === undefined) delete process.env.MLPREP_CHROMIUM;
    else process.env.MLPREP_CHROMIUM = before;
  }
}

describe('export download headers', () => {
  it('serves the Anki text import as UTF-8 text named mlprep-anki.txt', async () => {
    const res = await app.request('/api/export/anki.txt?topic=01');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="mlprep-anki.txt"');
  }, 60_000);

  it('serves the Anki package as application/octet-stream', async () => {
    const res = await app.request('/api/export/anki.apkg?topic=02');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="mlprep.apkg"');
  }, 60_000);

  it('serves the Obsidian vault and the site as application/zip', async () => {
    for (const [url, name] of [
      ['/api/export/obsidian.zip', 'mlprep-vault.zip'],
      ['/api/export/site.zip', 'mlprep-site.zip'],
    ] as const) {
      const res = await app.request(url);
      expect(res.status, url).toBe(200);
      expect(res.headers.get('content-type'), url).toBe('application/zip');
      expect(res.headers.get('content-disposition'), url).toBe(`attachment; filename="${name}"`);
    }
  }, 60_000);
});

describe('export selection', () => {
  it('takes several topics separated by commas', async () => {
    const text = await (await app.request('/api/export/anki.txt?topic=01,02')).text();
    for (const id of ['gd-step-size', 'eigen-decomposition', 'hessian-critical-point', 'bayes-rule', 'bias-variance'])
      expect(text).toContain(`mlprep:${id}`);
  }, 60_000);

  it('with no selection exports every question', async () => {
    const text = await (await app.request('/api/export/anki.txt')).text();
    expect(text).toContain('mlprep:gd-step-size');
    expect(text).toContain('mlprep:bias-variance');
  }, 60_000);

  it('reads an empty topic or path parameter as no selection', async () => {
    const text = await (await app.request('/api/export/anki.txt?topic=&path=')).text();
    expect(text).toContain('mlprep:gd-step-size');
    expect(text).toContain('mlprep:bias-variance');
  }, 60_000);

  it('narrows to a study path and a topic together', async () => {
    const text = await (await app.request('/api/export/anki.txt?path=theory-heavy&topic=02')).text();
    expect(text).toContain('mlprep:bayes-rule');
    expect(text).not.toContain('mlprep:gd-step-size');
  }, 60_000);

  it('answers 400 empty_selection when the selection holds no questions', async () => {
    for (const url of ['/api/export/anki.txt?topic=,', '/api/export/anki.apkg?topic=,']) {
      const res = await app.request(url);
      expect(res.status, url).toBe(400);
      expect(await errorOf(res)).toEqual({ code: 'empty_selection', message: 'The selection holds no questions.' });
    }
  }, 60_000);

  it('answers 400 bad_selection naming the paths for an unknown path', async () => {
    const res = await app.request('/api/export/anki.txt?path=nope');
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toEqual({
      code: 'bad_selection',
      message: '--path: no study path "nope" (paths: ml-engineer, theory-heavy)',
    });
  }, 60_000);
});

describe('GET /api/export/topic.pdf topic parsing', () => {
  it.each(['01', '2', ' 02 ', '%201%20'])('accepts topic=%s and goes on to print (503 without Chromium)', async (topic) => {
    const res = await withoutChromium(async () => app.request(`/api/export/topic.pdf?topic=${topic}`));
    expect(res.status).toBe(503);
    expect((await errorOf(res)).code).toBe('print_unavailable');
  });

  it.each([
    ['9', 'topic: no topic 9 (topics: 01, 02)'],
    ['%209%20', 'topic: no topic 9 (topics: 01, 02)'],
    ['001', 'topic: no topic 001 (topics: 01, 02)'],
    ['12', 'topic: no topic 12 (topics: 01, 02)'],
    ['%20', 'topic: required (topics: 01, 02)'],
    ['', 'topic: required (topics: 01, 02)'],
  ])('answers 400 bad_topic for topic=%s', async (topic, message) => {
    const res = await withoutChromium(async () => app.request(`/api/export/topic.pdf?topic=${topic}`));
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toEqual({ code: 'bad_topic', message });
  });
});
