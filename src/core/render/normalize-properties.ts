// rehype plugin: Shiki builds its hast with raw attribute names (`class`, `tabindex`) where the rest of the
// unified ecosystem uses property names (`className`, `tabIndex`). rehype-sanitize only knows property names,
// so without this step it would strip Shiki's `shiki` and `line` classes. Must run before style-classes.ts,
// which appends to className. Isomorphic.

import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

const RENAMES: Record<string, string> = { class: 'className', tabindex: 'tabIndex' };

export function rehypeNormalizeProperties() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      // KaTeX subtrees come from rehype-math already normalized and without inline styles.
      if (Array.isArray(node.properties.className) && node.properties.className.includes('katex')) return SKIP;
      for (const [raw, prop] of Object.entries(RENAMES)) {
        const value = node.properties[raw];
        if (value === undefined) continue;
        delete node.properties[raw];
        node.properties[prop] = prop === 'className' ? String(value).split(/\s+/).filter(Boolean) : value;
      }
    });
  };
}
