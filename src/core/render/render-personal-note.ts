// A personal note (markdown the user typed) -> sanitized HTML. The same parser as the collection (core/parse, so
// GFM tables, task lists and math syntax read the same) and the same allowlist (sanitize-schema.ts), but none of
// the build-time extras, because a note is rendered at request time and must stay inert whatever it holds:
//   - raw HTML is DROPPED by remark-rehype (no allowDangerousHtml): `<script>`, `<img onerror>` never reach HTML;
//   - rehype-sanitize runs last with the collection's schema: `javascript:` hrefs, event handlers and styles go;
//   - wikilinks show as their text (a note may name a question, but resolving needs the vault, which the server
//     does not keep at run time), and math stays as its TeX in `<code>`: KaTeX's inline styles become generated
//     classes whose CSS is written at build time, so a formula rendered now would be laid out without them.
// Isomorphic.

import type { Root as HastRoot } from 'hast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified, type Processor } from 'unified';
import type { WikiLinkNode } from '../parse/index.js';
import { parseMarkdown } from '../parse/index.js';
import { sanitizeSchema } from './sanitize-schema.js';

type HastProcessor = Processor<undefined, undefined, HastRoot, HastRoot, string>;

let processor: HastProcessor | null = null;

function noteProcessor(): HastProcessor {
  processor ??= unified()
    .use(remarkRehype, {
      handlers: {
        wikiLink: (_state, raw) => {
          const link = (raw as unknown as WikiLinkNode).data.link;
          return {
            type: 'element',
            tagName: 'span',
            properties: { className: ['wikilink'] },
            children: [{ type: 'text', value: link.alias ?? link.raw }],
          };
        },
      },
    })
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeStringify) as unknown as HastProcessor;
  return processor;
}

/** Markdown -> sanitized HTML; '' for a blank note. */
export function renderPersonalNote(markdown: string): string {
  if (markdown.trim() === '') return '';
  const p = noteProcessor();
  const hast = p.runSync(parseMarkdown(markdown) as never) as HastRoot;
  return p.stringify(hast);
}
