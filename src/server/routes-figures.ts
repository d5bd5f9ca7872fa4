// GET /figures/<name>.svg: the collection's figures (content/figures/*.svg), which answers show as <img> and open
// full size. The name must be a kebab-case `.svg` file name, so a request can never leave the figures folder
// (no `/`, no `..`, no `%2F` survives the pattern), and the file must be a regular file (not a symlink).
// An SVG opened on its own is a document that could run script, so these responses get their own CSP: nothing
// may load or run (`default-src 'none'`), only the SVG's own inline styles apply, and `sandbox` disables scripts
// and plugins outright; with `nosniff` the browser never treats the bytes as anything but an image.

import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Hono } from 'hono';
import { errorResponse } from './errors.js';

/** `03-roc-curves.svg`: lowercase letters and digits in hyphen-separated words, then `.svg`. */
const FIGURE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.svg$/;

export const FIGURE_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

export function figureRoutes(contentDir: string): Hono {
  const app = new Hono();
  app.get('/figures/:name', async (c) => {
    const name = c.req.param('name');
    if (!FIGURE_NAME.test(name)) return errorResponse(c, 404, 'not_found', 'No such figure.');
    const file = path.join(contentDir, 'figures', name);
    const info = await lstat(file).catch(() => null);
    if (!info?.isFile()) return errorResponse(c, 404, 'not_found', `No figure ${name}.`);
    const body = await readFile(file);
    return c.body(new Uint8Array(body), 200, {
      'Content-Type': 'image/svg+xml',
      'Content-Security-Policy': FIGURE_CSP,
      'X-Content-Type-Options': 'nosniff',
      // The figure changes when the content does; revalidate rather than cache for a long time.
      'Cache-Control': 'no-cache',
    });
  });
  return app;
}
