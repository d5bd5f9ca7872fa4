// Markdown fragment -> sanitized HTML. The stages, in order, and why the order matters:
//   parseMarkdown          mdast with `wikiLink` nodes (core/parse)
//   remark-rehype          mdast -> hast; raw HTML is DROPPED (no allowDangerousHtml); wikilinks -> in-app hrefs
//   rehype-mermaid         ```mermaid blocks -> inline SVG diagrams (memoized); before Shiki, like math
//   rehype-figures         `![alt](figures/x.svg)` -> the figure's URL in this output, linked full size
//   rehype-math            math nodes -> KaTeX HTML + MathML (memoized; styles already classes); must run
//                          before Shiki, which would otherwise highlight `language-math` code blocks as text
//   @shikijs/rehype        fenced code -> highlighted `pre.shiki` (light + dark colours as CSS variables)
//   normalize-properties   Shiki's `class`/`tabindex` -> className/tabIndex, which sanitize understands
//   style-classes          inline styles from KaTeX/Shiki -> generated classes (strict CSP, see style-classes.ts)
//   rehype-sanitize        the allowlist in sanitize-schema.ts; last, so it also checks what the plugins made
// Isomorphic: the highlighter is passed in (create-highlighter.ts builds one anywhere).

import type { ElementContent, Root as HastRoot } from 'hast';
import type { HighlighterCore } from 'shiki/core';
import rehypeShikiFromHighlighter from '@shikijs/rehype/core';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified, type Processor } from 'unified';
import type { Fragment, Vault } from '../model/index.js';
import { fragmentTree, parseMarkdown } from '../parse/index.js';
import { CODE_THEMES } from './create-highlighter.js';
import { rehypeFigures, APP_FIGURE_URL } from './rehype-figures.js';
import { rehypeMath } from './rehype-math.js';
import { rehypeMermaid } from './rehype-mermaid.js';
import { rehypeNormalizeProperties } from './normalize-properties.js';
import { sanitizeSchema } from './sanitize-schema.js';
import { rehypeStyleClasses, StyleSheet } from './style-classes.js';
import { createWikiLinkHandler } from './wikilink-handler.js';

export interface Renderer {
  /** Block markdown (an answer, a list item) -> HTML. A parsed Fragment reuses the parser's nodes. */
  renderBlock(markdown: string | Fragment, fromSlug: string): string;
  /** One line of inline markdown (a heading) -> HTML without the wrapping `<p>`. */
  renderInline(markdown: string, fromSlug: string): string;
  /** The generated classes for every inline style rendered so far. */
  css(): string;
}

type HastProcessor = Processor<undefined, undefined, HastRoot, HastRoot, string>;

export interface RendererOptions {
  /** Where the output finds a collection figure (`03-roc.svg`); the app serves them under /figures/. */
  figureUrl?: (file: string) => string;
}

export function createRenderer(vault: Vault, highlighter: HighlighterCore, options: RendererOptions = {}): Renderer {
  const sheet = new StyleSheet();
  const processors = new Map<string, HastProcessor>();
  const mathMemo = new Map<string, ElementContent[]>();
  const diagramMemo = new Map<string, ElementContent[] | null>();
  const figureUrl = options.figureUrl ?? APP_FIGURE_URL;
  // The wikilink handler resolves `[[#…]]` against the current file, so there is one processor per file.
  const processorFor = (fromSlug: string): HastProcessor => {
    let p = processors.get(fromSlug);
    if (!p) {
      p = unified()
        .use(remarkRehype, { handlers: { wikiLink: createWikiLinkHandler(vault, fromSlug) } })
        .use(rehypeMermaid, { sheet, memo: diagramMemo })
        .use(rehypeFigures, { figureUrl })
        .use(rehypeMath, { sheet, memo: mathMemo })
        .use(rehypeShikiFromHighlighter, highlighter, {
          themes: CODE_THEMES,
          defaultColor: false,
          fallbackLanguage: 'text',
          defaultLanguage: 'text',
          // Shiki stops tokenizing a line after 500 ms by default, and the first line of a language also pays for
          // compiling its grammar's regexes: on a busy machine that cut a line short and changed the output. A
          // generous limit keeps the highlighting deterministic; the source limits bound line length.
          tokenizeTimeLimit: 10_000,
        })
        .use(rehypeNormalizeProperties)
        .use(rehypeStyleClasses, { sheet })
        .use(rehypeSanitize, sanitizeSchema)
        .use(rehypeStringify) as unknown as HastProcessor;
      processors.set(fromSlug, p);
    }
    return p;
  };
  const renderBlock = (input: string | Fragment, fromSlug: string): string => {
    const markdown = typeof input === 'string' ? input : input.markdown;
    if (markdown.trim() === '') return '';
    const p = processorFor(fromSlug);
    const tree = (typeof input === 'string' ? null : fragmentTree(input)) ?? parseMarkdown(markdown);
    const hast = p.runSync(tree as never) as HastRoot;
    return p.stringify(hast);
  };
  return {
    renderBlock,
    renderInline(markdown, fromSlug) {
      const html = renderBlock(markdown, fromSlug).trim();
      // `<p>…</p>` with no other paragraph inside: unwrap it.
      const m = /^<p>([\s\S]*)<\/p>$/.exec(html);
      return m && !m[1]!.includes('<p>') ? m[1]! : html;
    },
    css: () => sheet.toCss(),
  };
}
