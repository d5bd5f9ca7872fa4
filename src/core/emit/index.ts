export { emitObsidian, partNoteName, type EmittedFile } from './obsidian.js';
export { listWikiLinks, rewriteWikiLinks } from './markdown-links.js';
export { createAnkiHtml, type AnkiHtml } from './anki-html.js';
export type { AnkiMediaFile } from './anki-media.js';
export { ANKI_FIELDS, ANKI_NOTE_TYPE, ANKI_PARENT_DECK, ankiGuid, buildAnkiNotes, type AnkiNote } from './anki-notes.js';
export { emitAnkiText } from './anki-text.js';
export { selectQuestions, SelectionError, type Selection, type SelectedQuestion } from './select-questions.js';
