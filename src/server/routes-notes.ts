// Read-only notes: GET /api/notes/:slug returns one rendered vault note (the interview tips, the index, …) by its
// kebab-case key, 404 for an unknown one. The lookup table is built once from the built content.

import { Hono } from 'hono';
import type { NoteDetail } from '../core/api/types.js';
import type { ContentStore } from './content-store.js';
import { badRequest, notFound } from './errors.js';

/** A note key: lowercase letters and digits in hyphen-separated words (`interview-tips`). */
const NOTE_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function noteRoutes(store: ContentStore): Hono {
  const api = new Hono();
  // Caches built before notes were rendered have no `notes`; the fingerprint normally rules that out.
  const notes = new Map((store.content.notes ?? []).map((n) => [n.slug, n]));
  api.get('/notes/:slug', (c) => {
    const slug = c.req.param('slug');
    if (!NOTE_KEY.test(slug))
      throw badRequest('bad_note_slug', `"${slug}" is not a note key: use the file name in lowercase kebab-case, like interview-tips.`);
    const note = notes.get(slug);
    if (!note) throw notFound('note_not_found', `No note "${slug}" in this collection.`);
    return c.json<NoteDetail>(note);
  });
  return api;
}
