// Markdown fragment -> the HTML of an Anki field. Its own small pipeline, because Anki is not the app:
//   parseMarkdown        mdast (remark-parse + GFM + math + wikilinks), the parser everything shares
//   remark-rehype        raw HTML DROPPED; wikilinks -> plain text with the target's title (a card has nowhere to
//                        link to); math -> its TeX between Anki's MathJax delimiters `\(…\)` / `\[…\]` (Anki
//                        typesets it at review time, so no KaTeX output here)
//   anki-media           figures and mermaid diagrams -> <img> of media files the .apkg carries; before Shiki,
//                        which would otherwise highlight a mermaid block as text
//   @shikijs/rehype      fenced code -> highlighted with ONE light theme as inline `style` colours (a card has no
//                        stylesheet of ours and no dark/light variables)
//   rehype-sanitize      GitHub's allowlist plus `style` on pre/code/span, whose value must be plain declarations
// Invariant: the output is HTML only; it may hold tabs and newlines (inside <pre>), so each file format escapes
// for itself (anki-text.ts quotes, the .apkg stores it as is).
// Isomorphic: the highlighter is passed in (core/render/create-highlighter.ts builds one anywhere).

import type { Element, Root as HastRoot, Text } from 'hast';
import type { InlineMath, Math } from 'mdast-util-math';
import type { HighlighterCore } from 'shiki/core';
import rehypeShikiFromHighlighter from '@shikijs/rehype/core';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified, type Processor } from 'unified';
import { resolveWikiLink, type Fragment, type Vault } from '../model/index.js';
import { fragmentTree, parseMarkdown, type WikiLinkNode } from '../parse/index.js';
import { labelOf } from '../render/link-href.js';
import { rehypeAnkiPictures, type AnkiMediaFile } from './anki-media.js';

/** The light theme of the app's highlighter (loaded by createHighlighter), so no extra theme is needed. */
export const ANKI_CODE_THEME = 'github-light';

/** `color:#24292e;background-color:#fff` and the like: declarations only, no url(), no expression(). */
const STYLE = /^(?:\s*[a-z-]+\s*:\s*[#\w.,%() -]+;?)*\s*$/i;
const ankiSchema: SanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    pre: [['style', STYLE]],
    code: [['style', STYLE]],
    span: [['style', STYLE]],
  },
  // Anki fields hold no ids worth keeping; a user id could clash with Anki's own page.
  clobberPrefix: 'mlprep-',
};

export interface AnkiHtml {
  /** Block markdown (an answer, a list item) -> field HTML. A parsed Fragment reuses the parser's nodes. */
  block(markdown: string | Fragment, fromSlug: string): string;
  /** One line (a heading) -> HTML without the wrapping `<p>`. */
  inline(markdown: string, fromSlug: string): string;
  /** The media files the fields rendered so far refer to, by name. */
  media(): AnkiMediaFile[];
}

type HastProcessor = Processor<undefined, undefined, HastRoot, HastRoot, string>;
const text = (value: string): Text => ({ type: 'text', value });

export function createAnkiHtml(vault: Vault, highlighter: HighlighterCore): AnkiHtml {
  const processors = new Map<string, HastProcessor>();
  const media = new Map<string, AnkiMediaFile>();
  const processorFor = (fromSlug: string): HastProcessor => {
    let p = processors.get(fromSlug);
    if (!p) {
      p = unified()
        .use(remarkRehype, {
          handlers: {
            wikiLink: (_state, node) => {
              const link = (node as unknown as WikiLinkNode).data.link;
              const r = resolveWikiLink(vault, fromSlug, link);
              return text(link.alias ?? (r.ok ? labelOf(r.target) : link.raw));
            },
            inlineMath: (_state, node: InlineMath) => text(`\\(${node.value}\\)`),
            math: (_state, node: Math): Element => ({
              type: 'element',
              tagName: 'p',
              properties: {},
              children: [text(`\\[${node.value}\\]`)],
            }),
          },
        })
        .use(rehypeAnkiPictures, { media })
        .use(rehypeShikiFromHighlighter, highlighter, {
          theme: ANKI_CODE_THEME,
          fallbackLanguage: 'text',
          defaultLanguage: 'text',
          // Deterministic highlighting on a busy machine (see core/render/render-markdown.ts).
          tokenizeTimeLimit: 10_000,
        })
        .use(rehypeSanitize, ankiSchema)
        .use(rehypeStringify) as unknown as HastProcessor;
      processors.set(fromSlug, p);
    }
    return p;
  };
  const block = (input: string | Fragment, fromSlug: string): string => {
    const markdown = typeof input === 'string' ? input : input.markdown;
    if (markdown.trim() === '') return '';
    const p = processorFor(fromSlug);
    const tree = (typeof input === 'string' ? null : fragmentTree(input)) ?? parseMarkdown(markdown);
    return p.stringify(p.runSync(tree as never) as HastRoot).trim();
  };
  return {
    block,
    inline(markdown, fromSlug) {
      const html = block(markdown, fromSlug);
      const m = /^<p>([\s\S]*)<\/p>$/.exec(html);
      return m && !m[1]!.includes('<p>') ? m[1]! : html;
    },
    media: () => [...media.values()].sort((a, b) => a.name.localeCompare(b.name)),
  };
}
