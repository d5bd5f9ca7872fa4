// GET /api/export/anki.apkg and /api/export/anki.txt (?topic=01,02&path=id): the Anki exports as downloads for
// the settings page. Read-only GETs behind the same request guard as every route (Host allow-list). The vault is
// loaded from the content folder per request: exports are rare, and the served build keeps rendered HTML, not
// the parsed model the emitters need.

import { Hono } from 'hono';
import { buildAnkiNotes, createAnkiHtml, emitAnkiText, selectQuestions, SelectionError } from '../core/emit/index.js';
import { createHighlighter } from '../core/render/create-highlighter.js';
import { buildApkg } from '../node/emit/write-apkg.js';
import { readAnkiMedia } from '../node/emit/read-anki-media.js';
import { loadVault } from '../node/load-vault.js';
import { ApiError } from './errors.js';

export function exportRoutes(contentDir: string): Hono {
  const app = new Hono();
  const notesFor = async (topic: string | undefined, path: string | undefined) => {
    const { vault } = await loadVault(contentDir);
    try {
      const selected = selectQuestions(vault, { topics: topic?.split(','), path });
      if (selected.length === 0) throw new ApiError(400, 'empty_selection', 'The selection holds no questions.');
      const html = createAnkiHtml(vault, await createHighlighter());
      return { notes: buildAnkiNotes(selected, html), media: html.media() };
    } catch (err) {
      if (err instanceof SelectionError) throw new ApiError(400, 'bad_selection', err.message);
      throw err;
    }
  };
  const download = (body: Uint8Array | string, type: string, name: string) =>
    new Response(body, { headers: { 'content-type': type, 'content-disposition': `attachment; filename="${name}"` } });
  app.get('/export/anki.apkg', async (c) => {
    const { notes, media } = await notesFor(c.req.query('topic'), c.req.query('path'));
    const apkg = await buildApkg(notes, { now: new Date(), media: await readAnkiMedia(contentDir, media) });
    return download(apkg, 'application/octet-stream', 'mlprep.apkg');
  });
  app.get('/export/anki.txt', async (c) => {
    const { notes } = await notesFor(c.req.query('topic'), c.req.query('path'));
    return download(emitAnkiText(notes), 'text/plain; charset=utf-8', 'mlprep-anki.txt');
  });
  return app;
}
