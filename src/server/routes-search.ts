// GET /api/search: validated parameters -> the content index (node/search-index.ts), plus, when the study engine
// is on, `noteHits`: the questions whose personal note matches, on the first page only (node/study/note-search.ts).

import { Hono } from 'hono';
import type { SearchResponse, SearchResult } from '../core/api/types.js';
import type { SearchIndex, SearchParams } from '../node/search-index.js';
import type { ContentStore } from './content-store.js';
import { parseSearchParams } from './search-params.js';

/** How many note matches the first page lists. */
const NOTE_HITS = 10;

export function searchRoutes(store: ContentStore, index: SearchIndex, notes?: { searchNotes(p: SearchParams): SearchResult[] }): Hono {
  const api = new Hono();
  const topicIds = new Set(store.topics.keys());
  api.get('/search', (c) => {
    const params = parseSearchParams((name) => c.req.query(name), topicIds);
    const response = index.search(params);
    if (notes && !params.offset) response.noteHits = notes.searchNotes({ ...params, limit: NOTE_HITS });
    return c.json<SearchResponse>(response);
  });
  return api;
}
