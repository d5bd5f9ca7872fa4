export { emitObsidian, partNoteName, type EmittedFile } from './obsidian.js';
export { listWikiLinks, rewriteWikiLinks } from './markdown-links.js';
