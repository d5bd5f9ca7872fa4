// Rewrites the wikilinks of a markdown text through a callback, leaving fenced code blocks and inline code
// untouched (a `[[x]]` inside code is code, not a link). Shared by the emitters that keep markdown (Obsidian) and
// those that flatten links to text. Hand-written rather than a remark round trip because remark-stringify would
// re-flow the author's markdown (list markers, emphasis, escapes) and the exported notes should read as written.
// Isomorphic.

import type { WikiLink } from '../model/index.js';
import { parseWikiLinkBody } from '../parse/index.js';

/**
 * ```…``` or ~~~…~~~ fences (a whole block, up to the same fence with the same indent or `> ` quote prefix) and
 * `inline code` spans, which are skipped;
 * then `[[body]]` wikilinks, where body has no `]` or newline.
 */
const CODE_OR_LINK = /(^|\n)((?:>[ \t]?)*[ \t]*)(```|~~~)[^\n]*\n[\s\S]*?\n\2\3[^\n]*(?=\n|$)|`[^`\n]+`|\[\[([^\]\n]+)\]\]/g;

export function rewriteWikiLinks(markdown: string, rewrite: (link: WikiLink, whole: string) => string): string {
  return markdown.replace(CODE_OR_LINK, (whole: string, ...groups: unknown[]) => {
    const body = groups[3] as string | undefined;
    if (body === undefined) return whole;
    return rewrite(parseWikiLinkBody(body, 0), whole);
  });
}

/** Every wikilink of a text (outside code), for tests and checks. */
export function listWikiLinks(markdown: string): WikiLink[] {
  const out: WikiLink[] = [];
  rewriteWikiLinks(markdown, (link, whole) => {
    out.push(link);
    return whole;
  });
  return out;
}
