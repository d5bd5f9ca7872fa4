// The shared markdown processor (remark + GFM + math + front matter + wikilinks) and small helpers over mdast.
// Parsing only: rendering lives in core/render. Isomorphic.

import type { Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { CodeBlock, Fragment, ImageRef, MathExpr, WikiLink } from '../model/index.js';
import { remarkWikiLinks, type WikiLinkNode } from './remark-wikilinks.js';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkMath).use(remarkWikiLinks);

/** Parse markdown into mdast with wikilink nodes. Never throws on malformed markdown: CommonMark has no errors. */
export function parseMarkdown(source: string): Root {
  return processor.runSync(processor.parse(source)) as Root;
}

export function startLine(node: { position?: { start: { line: number } } }): number {
  return node.position?.start.line ?? 1;
}

/**
 * The parsed nodes behind each fragment, so the render stage can reuse them instead of parsing the same text a
 * second time (re-parsing was about a third of a cold build). Weak: a fragment's nodes live only as long as the
 * fragment, and a fragment built elsewhere (a test, the cache) simply has none. Markdown parsing is context-free
 * here (the collection uses no reference-style link definitions), so reusing the nodes gives the same tree.
 */
const fragmentNodes = new WeakMap<Fragment, RootContent[]>();

/** The mdast root of a fragment if the parser kept it, else null (the caller parses the text). */
export function fragmentTree(fragment: Fragment): Root | null {
  const nodes = fragmentNodes.get(fragment);
  return nodes ? { type: 'root', children: nodes } : null;
}

/** The source text covering nodes[0] .. nodes[n-1], or null for an empty list. */
export function sliceSource(source: string, nodes: readonly RootContent[]): Fragment | null {
  const first = nodes[0];
  const last = nodes[nodes.length - 1];
  const from = first?.position?.start.offset;
  const to = last?.position?.end.offset;
  if (!first || from === undefined || to === undefined) return null;
  const fragment: Fragment = { markdown: source.slice(from, to), line: startLine(first) };
  fragmentNodes.set(fragment, [...nodes]);
  return fragment;
}

/** The source text of one node's children (a list item's content without its bullet). */
export function sliceChildren(source: string, node: { children: RootContent[] } & { position?: unknown }): Fragment | null {
  return sliceSource(source, node.children);
}

export interface Collected {
  code: CodeBlock[];
  math: MathExpr[];
  links: WikiLink[];
  images: ImageRef[];
  words: number;
}

/**
 * `no-run="reason"` or `no-run='reason'` in a fence's info string.
 *   no-run=     the key
 *   (["'])      an opening quote, remembered
 *   (.*?)       the reason
 *   \1          the same quote again
 */
const NO_RUN = /no-run=(["'])(.*?)\1/;
/**
 * `figure="name"` or `figure='name'`: the same quoting as no-run; the name is checked by the validator.
 *   (?:^|\s)    the key starts the info string or follows a space
 */
const FIGURE = /(?:^|\s)figure=(["'])(.*?)\1/;

/** Collect code blocks, math, wikilinks and a word count from a list of nodes. */
export function collectNodes(nodes: readonly RootContent[]): Collected {
  const out: Collected = { code: [], math: [], links: [], images: [], words: 0 };
  for (const top of nodes) {
    visit(top as Nodes, (node) => {
      switch (node.type) {
        case 'code': {
          const block: CodeBlock = { lang: (node.lang ?? '').toLowerCase(), code: node.value, line: startLine(node) };
          const meta = node.meta ?? '';
          const m = NO_RUN.exec(meta);
          if (m) block.noRun = (m[2] ?? '').trim();
          else if (/\bno-run\b/.test(meta)) block.noRun = '';
          const f = FIGURE.exec(meta);
          if (f) block.figure = f[2] ?? '';
          out.code.push(block);
          return 'skip';
        }
        case 'math':
          out.math.push({ tex: node.value, display: true, line: startLine(node) });
          return 'skip';
        case 'inlineMath':
          out.math.push({ tex: node.value, display: false, line: startLine(node) });
          return 'skip';
        case 'wikiLink': {
          const link = (node as unknown as WikiLinkNode).data.link;
          out.links.push(link);
          out.words += countWords(link.alias ?? link.raw);
          return 'skip';
        }
        case 'image':
          out.images.push({ alt: node.alt ?? '', url: node.url, line: startLine(node) });
          return 'skip';
        case 'text':
          out.words += countWords(node.value);
          return undefined;
        default:
          return undefined;
      }
    });
  }
  return out;
}

export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return m ? m.length : 0;
}

export function plainText(node: Nodes): string {
  return toString(node);
}
