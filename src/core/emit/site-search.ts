// The static site's search data: the app's own prebuilt index (core/search, serialized as base64 typed arrays by
// the content build) and, per question, what a result shows. A page opened from file:// cannot fetch(), so the
// data ships as a script that sets a global (SEARCH_GLOBAL), loaded only by the search page. Isomorphic.

import type { SearchDoc } from '../search/search-docs.js';
import { MATH_CLOSE, MATH_OPEN } from '../search/tokenize.js';

/** The content build's serialized index (node/search-index.ts PackedIndex): typed arrays as base64. */
export interface PackedSearchIndex {
  docCount: number;
  words: string[];
  offsets: string;
  postDocs: string;
  postTf: string;
  fieldLens: string;
}

/** One result's display data, in index order: [id, topicId, title, difficulty, snippet source]. */
export type SiteSearchDoc = [id: string, topicId: string, title: string, difficulty: string, text: string];

export interface SiteSearchData {
  index: PackedSearchIndex;
  docs: SiteSearchDoc[];
}

export const SEARCH_GLOBAL = 'MLPREP_SEARCH';

/** The snippet source is the start of each answer: the whole text would triple the download for little gain. */
const SNIPPET_SOURCE = 400;

/** `text` cut to about `max` characters, never inside an inline formula (snippets keep formulas whole). */
export function clipText(text: string, max = SNIPPET_SOURCE): string {
  if (text.length <= max) return text;
  let cut = text.lastIndexOf(' ', max);
  if (cut < max / 2) cut = max;
  const open = text.lastIndexOf(MATH_OPEN, cut - 1);
  if (open > text.lastIndexOf(MATH_CLOSE, cut - 1)) cut = open;
  return text.slice(0, cut).trimEnd();
}

export function siteSearchScript(docs: readonly SearchDoc[], index: PackedSearchIndex): string {
  if (index.docCount !== docs.length) throw new Error(`search index holds ${index.docCount} docs, the content ${docs.length}`);
  const data: SiteSearchData = {
    index,
    docs: docs.map((d) => [d.id, d.topicId, d.title, d.difficulty, clipText(d.body)]),
  };
  return `window.${SEARCH_GLOBAL}=${JSON.stringify(data)};\n`;
}
