// GET /api/export/anki.apkg and anki.txt through `app.request()` against the web-prep fixture vault.

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

  it('is guarded like every route: an unknown Host is refused', async () => {
    const res = await app.request('/api/export/anki.txt', { headers: { host: 'evil.example' } });
    expect(res.status).toBe(421);
  });
});
