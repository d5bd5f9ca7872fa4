// Any other markdown note of the vault (README.md, …): kept as markdown with its links, math and headings so
// that links into it and out of it are validated. Isomorphic.

import type { Heading } from 'mdast';
import type { Diagnostic, Note } from '../model/index.js';
import { collectNodes, parseMarkdown, plainText } from './markdown.js';
import { checkReadable } from './readable.js';

export function parseNote(file: string, source: string): { note: Note | null; diagnostics: Diagnostic[] } {
  const unreadable = checkReadable(file, source);
  if (unreadable) return { note: null, diagnostics: [unreadable] };
  const tree = parseMarkdown(source);
  const collected = collectNodes(tree.children);
  const headings = tree.children.filter((n): n is Heading => n.type === 'heading').map((h) => plainText(h).trim());
  const slug = (file.split('/').pop() ?? file).replace(/\.md$/, '');
  return {
    note: { slug, file, markdown: source, links: collected.links, math: collected.math, images: collected.images, headings },
    diagnostics: [],
  };
}
