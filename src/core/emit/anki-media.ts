// rehype plugin for the Anki pipeline (anki-html.ts): pictures become media files of the .apkg, referenced by
// plain file names as Anki expects (`<img src="mlprep-03-roc.svg">`):
//   - `![alt](figures/<name>.svg)` -> `mlprep-<name>.svg`, the figure file from the vault (read by node/emit);
//   - a ```mermaid block -> `mlprep-diagram-<hash>.svg`, a self-contained SVG of the diagram
//     (core/diagram/render-mermaid.ts renderMermaidFile) with its accTitle as alt text.
// The `mlprep-` prefix keeps our names apart from the user's other media in Anki's one shared media folder.
// A diagram that does not render stays a code block. Isomorphic.

import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { renderMermaidFile, splitAccessibility } from '../diagram/render-mermaid.js';
import { FIGURE_SRC } from '../render/rehype-figures.js';
import { shortHash } from '../render/rehype-mermaid.js';

export interface AnkiMediaFile {
  /** The file name inside Anki's media folder. */
  name: string;
  /** A figure: its vault-relative path (`figures/03-roc.svg`), read from disk by the writer. */
  figure?: string;
  /** A diagram: the SVG text itself. */
  svg?: string;
}

function textOf(node: Element): string {
  return node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : '')).join('');
}

export function rehypeAnkiPictures(options: { media: Map<string, AnkiMediaFile> }) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (parent === undefined || index === undefined) return;
      if (node.tagName === 'img') {
        const m = FIGURE_SRC.exec(String(node.properties.src ?? ''));
        if (!m) return;
        const name = `mlprep-${m[1]}`;
        options.media.set(name, { name, figure: `figures/${m[1]}` });
        node.properties = { ...node.properties, src: name };
        return SKIP;
      }
      if (node.tagName !== 'pre') return;
      const code = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
      const cls = code?.properties.className;
      if (!code || !Array.isArray(cls) || !cls.includes('language-mermaid')) return;
      const source = textOf(code).replace(/\n$/, '');
      const svg = renderMermaidFile(source);
      if (svg === null) return SKIP;
      const name = `mlprep-diagram-${shortHash(source)}.svg`;
      options.media.set(name, { name, svg });
      const img: Element = {
        type: 'element',
        tagName: 'img',
        properties: { src: name, alt: splitAccessibility(source).title ?? 'Diagram' },
        children: [],
      };
      parent.children[index] = { type: 'element', tagName: 'p', properties: {}, children: [img] };
      return SKIP;
    });
  };
}
