// rehype plugin: math nodes from remark-math (`code.language-math.math-inline`, and `pre > code.math-display`)
// -> KaTeX HTML + MathML as hast. Replaces rehype-katex for speed, with the same output:
//   - KaTeX runs with trust off (no \href, \htmlStyle …) and never throws: a bad formula renders as KaTeX's
//     error span (the validator has already reported it with file:line);
//   - results are memoized per (display, TeX): the collection repeats many formulas;
//   - the markup is turned into hast by markup-to-hast.ts, not by a full HTML parser.
// Must run before Shiki, which would otherwise highlight `language-math` blocks as text. Isomorphic.

import type { Element, ElementContent, Root } from 'hast';
import katex from 'katex';
import { SKIP, visit } from 'unist-util-visit';
import { markupToHast } from './markup-to-hast.js';
import type { StyleSheet } from './style-classes.js';

export interface MathOptions {
  sheet: StyleSheet;
  /** Shared across processors so that every file benefits from the memo. */
  memo: Map<string, ElementContent[]>;
}

function textOf(node: Element): string {
  return node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : '')).join('');
}

function classesOf(node: Element): string[] {
  const c = node.properties.className;
  return Array.isArray(c) ? c.map(String) : [];
}

/** Deep copy of memoized nodes, so later plugins may mutate each use independently. */
export function cloneNodes(nodes: ElementContent[]): ElementContent[] {
  return nodes.map((n) => {
    if (n.type !== 'element') return { ...n };
    const properties = { ...n.properties };
    if (Array.isArray(properties.className)) properties.className = [...properties.className];
    return { type: 'element', tagName: n.tagName, properties, children: cloneNodes(n.children) };
  });
}

export function renderMath(tex: string, display: boolean, opts: MathOptions): ElementContent[] {
  const key = `${display ? 'D' : 'I'}${tex}`;
  let nodes = opts.memo.get(key);
  if (!nodes) {
    const html = katex.renderToString(tex, {
      displayMode: display,
      throwOnError: false,
      strict: 'ignore',
      trust: false,
      output: 'htmlAndMathml',
    });
    nodes = markupToHast(html, opts.sheet);
    opts.memo.set(key, nodes);
  }
  return cloneNodes(nodes);
}

export function rehypeMath(options: MathOptions) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (parent === undefined || index === undefined) return;
      // Display math arrives as <pre><code class="language-math math-display">: the <pre> is replaced.
      const code =
        node.tagName === 'pre'
          ? node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code')
          : node.tagName === 'code'
            ? node
            : undefined;
      if (!code || !classesOf(code).includes('language-math')) return;
      const display = node.tagName === 'pre' || classesOf(code).includes('math-display');
      const rendered = renderMath(textOf(code).replace(/\n$/, ''), display, options);
      parent.children.splice(index, 1, ...rendered);
      return [SKIP, index + rendered.length];
    });
  };
}
