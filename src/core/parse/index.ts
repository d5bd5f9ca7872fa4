// core/parse: markdown and YAML -> model. Never throws on bad input; returns diagnostics.
export { parseTopic, type ParsedTopic } from './parse-topic.js';
export { parseNote } from './parse-note.js';
export { parsePlan } from './parse-plan.js';
export { parsePartList } from './part-list.js';
export { fragmentTree, parseMarkdown } from './markdown.js';
export { parseWikiLinkBody, remarkWikiLinks, type WikiLinkNode } from './remark-wikilinks.js';
export { parseDifficultyRange } from './front-matter.js';
export { FIGURE_FILE, parseVault, PLAN_FILE, TOPIC_FILE, type SourceFile } from './parse-vault.js';
