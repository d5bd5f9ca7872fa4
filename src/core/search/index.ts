// core/search: the documents and the typo vocabulary behind search. The SQLite FTS5 index is in
// src/node/search-index.ts (it needs better-sqlite3); everything here is isomorphic.
export { buildSearchDocs, type SearchDoc } from './search-docs.js';
export { tokenize, foldText, markdownToText, codeAndMath } from './tokenize.js';
export { Vocabulary, editDistance, maxEdits } from './vocabulary.js';
export { escapeHtml, markersToHtml, makeSnippet, markWords, matchKey } from './highlight.js';
