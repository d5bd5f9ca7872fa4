// GET /api/search: validated parameters -> the FTS5 index (node/search-index.ts).

import { Hono } from 'hono';
import type { SearchResponse } from '../core/api/types.js';
import type { SearchIndex } from '../node/search-index.js';
import type { ContentStore } from './content-store.js';
import { parseSearchParams } from './search-params.js';

export function searchRoutes(store: ContentStore, index: SearchIndex): Hono {
  const api = new Hono();
  const topicIds = new Set(store.topics.keys());
  api.get('/search', (c) => {
    const params = parseSearchParams((name) => c.req.query(name), topicIds);
    return c.json<SearchResponse>(index.search(params));
  });
  return api;
}
