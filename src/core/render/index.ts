// core/render: model -> sanitized HTML and the API's rendered shapes. Isomorphic.
export { createHighlighter, CODE_LANGS, CODE_THEMES } from './create-highlighter.js';
export { createRenderer, type Renderer } from './render-markdown.js';
export { renderVault, type RenderedContent } from './render-vault.js';
export { renderTopic, renderQuestion, summarizeTopic } from './render-topic.js';
export { renderNote, renderNotes } from './render-notes.js';
export { buildPlanView } from './plan-view.js';
export { hrefOf, labelOf, noteKey, NOTE_PAGES, plainHeading } from './link-href.js';
export { sanitizeSchema } from './sanitize-schema.js';
export { StyleSheet, rehypeStyleClasses } from './style-classes.js';
