// rehype plugin: moves every inline `style="…"` (KaTeX sizes, Shiki colours) into a generated class, so that
// the app can send `style-src 'self'` without 'unsafe-inline' and still render math and code. The rules are
// collected in a StyleSheet shared by the whole build and served as /assets/content.css.
// A declaration that is not plainly safe (anything with `url(`, quotes, braces, backslashes, `;` tricks) is
// dropped: the sheet must never carry CSS written by a vault author. Isomorphic.

import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/**
 * One declaration, e.g. `margin-right:0.05em` or `--shiki-dark:#E1E4E8`:
 *   ^-{0,2}[a-z][a-z-]*      property (custom properties start with --)
 *   \s*:\s*                  colon
 *   [#a-z0-9.%+*\/\s(),-]+$  value: numbers, units, colours, calc(); no quotes, url or braces
 */
const DECLARATION = /^-{0,2}[a-z][a-z-]*\s*:\s*[#a-z0-9.%+*/\s(),-]+$/i;

/** FNV-1a, 32 bits, base 36: short stable class names across builds. */
function hashStyle(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

export class StyleSheet {
  private readonly byStyle = new Map<string, string>();
  private readonly byClass = new Map<string, string>();

  /** The class for a style attribute, or null when nothing in it is safe to keep. */
  classFor(style: string): string | null {
    const safe = style
      .split(';')
      .map((d) => d.trim())
      .filter((d) => d !== '' && DECLARATION.test(d) && !/url\s*\(|expression/i.test(d))
      .join(';');
    if (safe === '') return null;
    const known = this.byStyle.get(safe);
    if (known) return known;
    let name = `s-${hashStyle(safe)}`;
    for (let n = 1; this.byClass.has(name); n++) name = `s-${hashStyle(safe)}-${n}`;
    this.byStyle.set(safe, name);
    this.byClass.set(name, safe);
    return name;
  }

  /** The stylesheet, one rule per line, sorted so that equal content gives byte-equal CSS. */
  toCss(): string {
    return (
      [...this.byClass]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([cls, decl]) => `.${cls}{${decl}}`)
        .join('\n') + '\n'
    );
  }
}

export function rehypeStyleClasses(options: { sheet: StyleSheet }) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      // KaTeX subtrees come from rehype-math already normalized and without inline styles.
      if (Array.isArray(node.properties.className) && node.properties.className.includes('katex')) return SKIP;
      const style = node.properties.style;
      if (style === undefined || style === null) return;
      delete node.properties.style;
      const cls = options.sheet.classFor(String(style));
      if (!cls) return;
      const existing = node.properties.className;
      const list = Array.isArray(existing) ? existing.map(String) : existing ? String(existing).split(/\s+/) : [];
      node.properties.className = [...list, cls];
    });
  };
}
