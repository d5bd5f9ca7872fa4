// Everything an export needs beyond the served build: the emitters, the parser (Anki and Obsidian need the parsed
// model), Shiki and the zip and PDF writers. The export routes (server/routes-export.ts) and `mlprep export`
// import this module when an export runs, so a start from the cache and the other commands never load it.

export { buildAnkiNotes, createAnkiHtml, emitAnkiText, emitObsidian, selectQuestions, SelectionError } from '../../core/emit/index.js';
export { createHighlighter } from '../../core/render/create-highlighter.js';
export { siteFilesOf } from './build-site.js';
export { printTopicPdf, PrintError } from './print-pdf.js';
export { buildApkg } from './write-apkg.js';
export { readAnkiMedia } from './read-anki-media.js';
export { readFigureFiles } from './figure-files.js';
export { zipFiles } from './zip-files.js';
export { loadVault } from '../load-vault.js';
