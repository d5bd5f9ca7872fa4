// Everything that is not /api: static files from the fixed table (static-files.ts), the generated content
// stylesheet, and the single-page app's index.html for the app's routes. The page shell gets the KaTeX and
// content stylesheets injected at start (the content one carries its hash, so it can be cached forever).
// An unknown topic or question id still gets the shell (the UI shows "not found") but with status 404.

import { Hono } from 'hono';
import type { ContentStore } from './content-store.js';
import { KATEX_CSS_URL, type StaticFiles } from './static-files.js';

/**
 * The app's client-side routes: /, /search, /about, /review, /cards, /night-before, /paths[/id], /checklists, /must-know,
 * /references, /mock[/id], /tips, /t/<id>, /q/<id>, /exercises[/id].
 */
const PAGE =
  /^\/(?:|search|about|review|cards|paths(?:\/[^/]+)?|checklists|must-know|references|mock(?:\/[^/]+)?|tips|settings|night-before|exercises|t\/([^/]+)|q\/([^/]+)|exercises\/([^/]+))$/;

export function pageRoutes(store: ContentStore, files: StaticFiles, indexHtml: string | null): Hono {
  const app = new Hono();
  const cssUrl = `/generated/content.${store.content.hash.slice(0, 12)}.css`;
  const shell = indexHtml?.replace(
    '</head>',
    `<link rel="stylesheet" href="${KATEX_CSS_URL}"><link rel="stylesheet" href="${cssUrl}"></head>`,
  );
  app.get(cssUrl, (c) => {
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    return c.body(store.content.css, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });
  app.get('*', async (c) => {
    const url = c.req.path;
    const file = await files.read(url);
    if (file) {
      c.header('Cache-Control', file.meta.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      return c.body(file.body as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': file.meta.type });
    }
    const m = PAGE.exec(url);
    const known =
      m !== null &&
      (m[1] === undefined || store.topics.has(m[1])) &&
      (m[2] === undefined || store.questions.has(m[2])) &&
      (m[3] === undefined || store.exercises.has(decodeURIComponent(m[3])));
    if (!shell) return c.text('The web UI has not been built. Run `npm start`, which builds it.', 503);
    c.header('Cache-Control', 'no-cache');
    return c.html(shell, known ? 200 : 404);
  });
  return app;
}
