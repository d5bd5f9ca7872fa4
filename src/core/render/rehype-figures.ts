// rehype plugin: an image link to a collection figure, `![alt](figures/<name>.svg)` (the path GitHub and Obsidian
// resolve from the content folder), -> `<a class="figure-link" href=URL><img class="figure-img" src=URL alt=…></a>`,
// where URL is where this output serves the figure (`/figures/<name>.svg` in the app). The link opens the figure
// full size; the class puts it on a light card, since matplotlib draws dark ink on white in both themes.
// Other images are left alone. Isomorphic.

import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/**
 *   ^(?:\.\/)?     an optional `./`
 *   figures\/      the figures folder of the content root
 *   ([a-z0-9]+(?:-[a-z0-9]+)*\.svg)  a kebab-case name with `.svg`, remembered
 */
export const FIGURE_SRC = /^(?:\.\/)?figures\/([a-z0-9]+(?:-[a-z0-9]+)*\.svg)$/;

export interface FigureOptions {
  /** `03-roc-curves.svg` -> the URL the output uses for it. */
  figureUrl: (file: string) => string;
}

export const APP_FIGURE_URL = (file: string): string => `/figures/${file}`;

export function rehypeFigures(options: FigureOptions) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'img' || parent === undefined || index === undefined) return;
      const m = FIGURE_SRC.exec(String(node.properties.src ?? ''));
      if (!m) return;
      const url = options.figureUrl(m[1]!);
      node.properties = { ...node.properties, src: url, className: ['figure-img'] };
      if (parent.type === 'element' && parent.tagName === 'a') return SKIP;
      const link: Element = { type: 'element', tagName: 'a', properties: { href: url, className: ['figure-link'] }, children: [node] };
      parent.children[index] = link;
      return SKIP;
    });
  };
}
