// The page side of the app (everything outside /api): the shell for every client route and 404 for unknown ids,
// the caching each kind of file gets, the hashed content stylesheet, a 503 when the UI is not built, and 405 for
// writes outside the API.

import type { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, TEST_SHELL } from '../../test/helpers/build-test-app.js';
import { createApp } from './create-app.js';
import type { ContentStore } from './content-store.js';
import type { SearchIndex } from '../node/search-index.js';
import { StaticFiles } from './static-files.js';

let app: Hono;
let store: ContentStore;
let search: SearchIndex;
beforeAll(async () => {
  ({ app, store, search } = await buildTestApp('exercise-valid'));
});

const FOREVER = 'public, max-age=31536000, immutable';

describe('page routes', () => {
  it.each([
    '/',
    '/search',
    '/about',
    '/review',
    '/cards',
    '/paths',
    '/paths/fast',
    '/checklists',
    '/must-know',
    '/references',
    '/mock',
    '/mock/m1',
    '/tips',
    '/settings',
    '/night-before',
    '/exercises',
    '/exercises/01-gradient-step',
    '/t/01',
  ])('serves the page shell for %s', async (url) => {
    const res = await app.request(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const html = await res.text();
    expect(html).toContain('<div id="app"></div>');
    expect(html).toMatch(
      /<link rel="stylesheet" href="\/vendor\/katex\/katex\.min\.css"><link rel="stylesheet" href="\/generated\/content\.[0-9a-f]{12}\.css"><\/head>/,
    );
  });

  it('serves the shell for a known question', async () => {
    const id = [...store.questions.keys()][0]!;
    expect((await app.request(`/q/${id}`)).status).toBe(200);
  });

  it.each(['/t/99', '/q/no-such-question', '/exercises/no-such-exercise', '/nowhere', '/paths/a/b', '/search/x', '/t/01/extra'])(
    'answers %s with the shell and 404',
    async (url) => {
      const res = await app.request(url);
      expect(res.status).toBe(404);
      expect(await res.text()).toContain('<div id="app"></div>');
    },
  );

  it('caches the hashed stylesheet and fonts forever, the KaTeX stylesheet never', async () => {
    const html = await (await app.request('/')).text();
    const href = /href="(\/generated\/content\.[0-9a-f]{12}\.css)"/.exec(html)![1]!;
    expect(href).toBe(`/generated/content.${store.content.hash.slice(0, 12)}.css`);
    const css = await app.request(href);
    expect(css.headers.get('cache-control')).toBe(FOREVER);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await css.text()).toBe(store.content.css);
    const font = await app.request('/vendor/katex/fonts/KaTeX_Main-Regular.woff2');
    expect(font.headers.get('cache-control')).toBe(FOREVER);
    expect(font.headers.get('content-type')).toBe('font/woff2');
    expect((await app.request('/vendor/katex/katex.min.css')).headers.get('cache-control')).toBe('no-cache');
    // Another hash is not the stylesheet: it falls through to the pages, and is not one.
    expect((await app.request('/generated/content.000000000000.css')).status).toBe(404);
  });

  it('answers 503 with a hint when the UI is not built, and still serves files', async () => {
    const bare = createApp({ store, search, files: await StaticFiles.collect(null), indexHtml: null });
    const res = await bare.request('/review');
    expect(res.status).toBe(503);
    expect(await res.text()).toBe('The web UI has not been built. Run `npm start`, which builds it.');
    expect((await bare.request('/vendor/katex/katex.min.css')).status).toBe(200);
    expect(TEST_SHELL).toContain('</head>');
  });

  it('refuses writes outside the API with 405, and names the method and path inside it', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const res = await app.request('/review', { method, headers: { 'content-type': 'application/json' } });
      expect(res.status, method).toBe(405);
      expect(((await res.json()) as { error: { message: string } }).error.message).toBe('Only GET is supported.');
    }
    const api = await app.request('/api/topics', { method: 'PUT', headers: { 'content-type': 'application/json' } });
    expect(api.status).toBe(405);
    expect(((await api.json()) as { error: { code: string; message: string } }).error).toEqual({
      code: 'method_not_allowed',
      message: 'No PUT route /api/topics. Content is read-only; only progress can be written.',
    });
    const head = await app.request('/api/nothing', { method: 'HEAD' });
    expect(head.status).toBe(404);
  });
});
