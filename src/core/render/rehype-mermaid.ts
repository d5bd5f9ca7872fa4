// rehype plugin: ```mermaid blocks (`pre > code.language-mermaid`) -> `<figure class="diagram">` holding the
// diagram as inline SVG (core/diagram/render-mermaid.ts), with `role="img"`, an aria-label and a <title> from the
// diagram's `accTitle:` line. A diagram that does not render is left as a code block (the validator has already
// reported it with file:line), so the reader still sees its source.
// Marker ids (arrow heads) get a prefix derived from the diagram source, so two diagrams on one page never
// share an id (a marker inside a hidden answer would otherwise blank the arrows of the visible one); rehype-sanitize
// then adds its clobber prefix, which the `url(#…)` references are written with in advance.
// Memoized per source: a page re-renders its diagrams on every request. Must run before Shiki, which would
// highlight the block as text. The output still goes through rehype-sanitize. Isomorphic.

import type { Element, ElementContent, Root } from 'hast';
import { find, svg as svgSchema } from 'property-information';
import { SKIP, visit } from 'unist-util-visit';
import { renderMermaid } from '../diagram/render-mermaid.js';
import { markupToHast } from './markup-to-hast.js';
import { cloneNodes } from './rehype-math.js';
import type { StyleSheet } from './style-classes.js';

export interface MermaidOptions {
  sheet: StyleSheet;
  /** Shared across processors; null marks a diagram that did not render. */
  memo: Map<string, ElementContent[] | null>;
}

/** Must match the clobberPrefix of sanitize-schema.ts. */
const CLOBBER_PREFIX = 'user-content-';

/**
 * FNV-1a, 32 bit: a short stable id prefix per diagram source. Hand-written because node:crypto is not
 * isomorphic and the prefix needs no cryptographic strength, only distinct values for distinct diagrams.
 */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function textOf(node: Element): string {
  return node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : '')).join('');
}

function prefixIds(nodes: ElementContent[], prefix: string): void {
  for (const n of nodes) {
    if (n.type !== 'element') continue;
    const p = n.properties;
    if (typeof p.id === 'string') p.id = `${prefix}-${p.id}`;
    for (const key of ['markerEnd', 'markerStart'] as const) {
      const v = p[key];
      // url(#id) -> url(#user-content-<prefix>-id); anything else is dropped (the sanitizer would drop it too).
      if (typeof v === 'string') {
        const m = /^url\(#([\w-]+)\)$/.exec(v);
        if (m) p[key] = `url(#${CLOBBER_PREFIX}${prefix}-${m[1]})`;
        else delete p[key];
      }
    }
    prefixIds(n.children, prefix);
  }
}

function diagramNodes(source: string, sheet: StyleSheet): ElementContent[] | null {
  const r = renderMermaid(source);
  if (!r.ok) return null;
  const nodes = markupToHast(r.svg, sheet, (attr) => find(svgSchema, attr).property).filter((n): n is Element => n.type === 'element');
  const svg = nodes.find((n) => n.tagName === 'svg');
  if (!svg) return null;
  prefixIds([svg], `d${shortHash(source)}`);
  const label = r.title ?? 'Diagram';
  svg.properties = { ...svg.properties, role: 'img', ariaLabel: label, className: ['diagram-svg'] };
  svg.children.unshift({ type: 'element', tagName: 'title', properties: {}, children: [{ type: 'text', value: label }] });
  const figure: Element = { type: 'element', tagName: 'figure', properties: { className: ['diagram'] }, children: [svg] };
  if (r.description)
    figure.children.push({
      type: 'element',
      tagName: 'figcaption',
      properties: { className: ['diagram-description'] },
      children: [{ type: 'text', value: r.description }],
    });
  return [figure];
}

export function rehypeMermaid(options: MermaidOptions) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (parent === undefined || index === undefined || node.tagName !== 'pre') return;
      const code = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
      const cls = code?.properties.className;
      if (!code || !Array.isArray(cls) || !cls.includes('language-mermaid')) return;
      const source = textOf(code).replace(/\n$/, '');
      let nodes = options.memo.get(source);
      if (nodes === undefined) {
        nodes = diagramNodes(source, options.sheet);
        options.memo.set(source, nodes);
      }
      if (!nodes) return SKIP;
      const copy = cloneNodes(nodes);
      parent.children.splice(index, 1, ...copy);
      return [SKIP, index + copy.length];
    });
  };
}
