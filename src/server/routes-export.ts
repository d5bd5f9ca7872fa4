// The exports as downloads for the settings page, each a read-only GET behind the same request guard as every
// route (Host allow-list):
//   /export/anki.apkg, /export/anki.txt  (?topic=01,02&path=id)  the Anki package and text import
//   /export/obsidian.zip                                          the Obsidian vault, zipped
//   /export/site.zip                                              the static site, zipped
//   /export/topic.pdf?topic=01                                    one topic printed by Chromium
// The vault is loaded from the content folder per request where an emitter needs the parsed model (Anki,
// Obsidian): exports are rare, and the served build keeps rendered HTML. The site is made from that rendered
// build itself, as `mlprep build-site` makes it from the cached one.

import { Hono } from 'hono';
import type { BuiltContent } from '../node/content-cache.js';
import { ApiError } from './errors.js';

/** The emitters, the parser and Shiki, loaded on the first export rather than at every start (issue 15). */
const exportStack = () => import('../node/emit/export-stack.js');

export interface ExportRouteOptions {
  contentDir: string;
  /** The served build (the static site is made from it). */
  content: BuiltContent;
}

export function exportRoutes({ contentDir, content }: ExportRouteOptions): Hono {
  const app = new Hono();
  const notesFor = async (topic: string | undefined, path: string | undefined) => {
    const { loadVault, selectQuestions, createAnkiHtml, createHighlighter, buildAnkiNotes, SelectionError } = await exportStack();
    const { vault } = await loadVault(contentDir);
    try {
      // An empty parameter (`?topic=`, as a form with a blank field sends) selects nothing out, like leaving it off.
      const selected = selectQuestions(vault, { topics: topic ? topic.split(',') : undefined, path: path || undefined });
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
    const { buildApkg, readAnkiMedia } = await exportStack();
    const apkg = await buildApkg(notes, { now: new Date(), media: await readAnkiMedia(contentDir, media) });
    return download(apkg, 'application/octet-stream', 'mlprep.apkg');
  });
  app.get('/export/anki.txt', async (c) => {
    const { notes } = await notesFor(c.req.query('topic'), c.req.query('path'));
    const { emitAnkiText } = await exportStack();
    return download(emitAnkiText(notes), 'text/plain; charset=utf-8', 'mlprep-anki.txt');
  });
  app.get('/export/obsidian.zip', async () => {
    const { loadVault, emitObsidian, readFigureFiles, zipFiles } = await exportStack();
    const { vault } = await loadVault(contentDir);
    const files = [...emitObsidian(vault), ...(await readFigureFiles(contentDir, vault.figures))];
    return download(zipFiles('mlprep-vault', files), 'application/zip', 'mlprep-vault.zip');
  });
  app.get('/export/site.zip', async () => {
    const { siteFilesOf, zipFiles } = await exportStack();
    return download(zipFiles('mlprep-site', await siteFilesOf(content, contentDir)), 'application/zip', 'mlprep-site.zip');
  });
  app.get('/export/topic.pdf', async (c) => {
    const raw = (c.req.query('topic') ?? '').trim();
    const topicId = /^\d$/.test(raw) ? `0${raw}` : raw;
    const ids = content.topics.map((t) => t.id);
    if (!ids.includes(topicId))
      throw new ApiError(400, 'bad_topic', `topic: ${raw ? `no topic ${raw}` : 'required'} (topics: ${ids.join(', ')})`);
    const { printTopicPdf, PrintError } = await exportStack();
    try {
      const pdf = await printTopicPdf({ content: contentDir, topicId });
      return download(pdf, 'application/pdf', `mlprep-${topicId}.pdf`);
    } catch (err) {
      if (err instanceof PrintError) throw new ApiError(503, 'print_unavailable', err.message);
      throw err;
    }
  });
  return app;
}
