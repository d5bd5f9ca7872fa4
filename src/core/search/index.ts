// core/search: the documents, the in-memory inverted index and its query engine, typo vocabulary and
// highlighting. Everything here is isomorphic; src/node/search-index.ts adds filters, paging and persistence.
export { buildSearchDocs, type SearchDoc } from './search-docs.js';
export { tokenize, foldText, markdownToText, codeAndMath } from './tokenize.js';
export { Vocabulary, editDistance, maxEdits } from './vocabulary.js';
export { escapeHtml, makeSnippet, markWords, matchKey } from './highlight.js';
export { buildIndexData, type IndexData } from './inverted-index.js';
export { SearchEngine, type EngineQuery, type EngineResult } from './search-engine.js';
export { stem } from './stem.js';
export { isStopWord, STOP_WORDS } from './stop-words.js';
