// remark plugin: turns Obsidian wikilinks `[[target#anchor|alias]]` in text into `wikiLink` nodes.
// Why not @flowershow/remark-wiki-link: we need the `#^block-id` form, exact source lines for diagnostics and
// resolution against our own model (topic, part, question), which its resolver does not know about. The
// find-and-replace walk itself comes from mdast-util-find-and-replace, so only the syntax lives here.
// Code and inline code are text-free in mdast, so `[[…]]` inside them is never touched.

import type { Root, PhrasingContent, Text } from 'mdast';
import { findAndReplace, type RegExpMatchObject } from 'mdast-util-find-and-replace';
import type { WikiLink } from '../model/index.js';

export interface WikiLinkNode {
  type: 'wikiLink';
  value: string;
  data: { link: WikiLink };
  position?: Text['position'];
}

declare module 'mdast' {
  interface PhrasingContentMap {
    wikiLink: WikiLinkNode;
  }
  interface RootContentMap {
    wikiLink: WikiLinkNode;
  }
}

/**
 *   \[\[            opening brackets
 *   ([^\[\]\n]+?)   the body: no brackets, no newline, shortest match
 *   \]\]            closing brackets
 */
const WIKILINK = /\[\[([^[\]\n]+?)\]\]/g;

/** Split a wikilink body into target, anchor and alias. `\|` (escaped inside tables) counts as `|`. */
export function parseWikiLinkBody(body: string, line: number): WikiLink {
  const unescaped = body.replace(/\\\|/g, '|');
  const bar = unescaped.indexOf('|');
  const raw = (bar >= 0 ? unescaped.slice(0, bar) : unescaped).trim();
  const alias = bar >= 0 ? unescaped.slice(bar + 1).trim() : undefined;
  const hash = raw.indexOf('#');
  const target = (hash >= 0 ? raw.slice(0, hash) : raw).trim().replace(/\.md$/, '');
  let anchor = hash >= 0 ? raw.slice(hash + 1).trim() : '';
  const blockRef = anchor.startsWith('^');
  if (blockRef) anchor = anchor.slice(1);
  const link: WikiLink = { raw, target, anchor, blockRef, line };
  if (alias) link.alias = alias;
  return link;
}

export function remarkWikiLinks() {
  return (tree: Root) => {
    findAndReplace(tree, [
      WIKILINK,
      (whole: string, body: string, match: RegExpMatchObject) => {
        const text = match.stack[match.stack.length - 1] as Text | undefined;
        const start = text?.position?.start.line ?? 1;
        const before = match.input.slice(0, match.index);
        const line = start + (before.match(/\n/g)?.length ?? 0);
        const node: WikiLinkNode = { type: 'wikiLink', value: whole, data: { link: parseWikiLinkBody(body, line) } };
        return node as unknown as PhrasingContent;
      },
    ]);
  };
}
