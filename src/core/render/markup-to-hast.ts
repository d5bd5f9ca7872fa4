// A small, fast converter from KaTeX's HTML string to hast. rehype-katex re-parses KaTeX's output with a full
// HTML parser (parse5), which cost two thirds of the math rendering time on the collection. KaTeX's markup is
// machine-written and regular: every element is closed (or self-closed, `<path …/>`), attributes are quoted
// with " or ', and text only holds the entities KaTeX's escape() emits (plus numeric ones). Anything else is
// not expected from KaTeX, and the output still goes through rehype-sanitize afterwards.
// Inline `style` attributes become generated classes here (see style-classes.ts). Isomorphic.

import type { Element, ElementContent, Properties } from 'hast';
import type { StyleSheet } from './style-classes.js';

/**
 *   <(\/?)             `<` or `</`, the slash remembered
 *   ([a-zA-Z][\w-]*)   the tag name
 *   ((?:\s+[^\s=>\/]+(?:=(?:"[^"]*"|'[^']*'))?)*)   attributes, values quoted with " or '
 *   \s*(\/?)>          optional self-closing slash, then `>`
 */
const TAG = /<(\/?)([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:=(?:"[^"]*"|'[^']*'))?)*)\s*(\/?)>/g;
/** One attribute: name, then a double- or single-quoted value. */
const ATTR = /([^\s=]+)(?:=(?:"([^"]*)"|'([^']*)'))?/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Attribute name as a hast property name: class -> className, aria-hidden -> ariaHidden, stroke-width -> strokeWidth. */
function propertyName(attr: string): string {
  if (attr === 'class') return 'className';
  return attr.includes('-') ? attr.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase()) : attr;
}

function propertiesOf(raw: string, sheet: StyleSheet, toProperty: (attr: string) => string): Properties {
  const props: Properties = {};
  const classes: string[] = [];
  for (const m of raw.matchAll(ATTR)) {
    const name = m[1]!;
    const value = decodeEntities(m[2] ?? m[3] ?? '');
    if (name === 'class') classes.push(...value.split(/\s+/).filter(Boolean));
    else if (name === 'style') {
      const cls = sheet.classFor(value);
      if (cls) classes.push(cls);
    } else props[toProperty(name)] = value;
  }
  // className first: the attribute order KaTeX wrote (and rehype-katex kept).
  return classes.length > 0 ? { className: classes, ...props } : props;
}

/**
 * Parse KaTeX markup into hast nodes. Unbalanced close tags are ignored; unclosed elements end at the end.
 * @param toProperty attribute name -> hast property name; the default camel-cases (enough for KaTeX's few SVG
 *   attributes), beautiful-mermaid's SVG passes property-information's table (stroke-dasharray -> strokeDashArray).
 */
export function markupToHast(markup: string, sheet: StyleSheet, toProperty: (attr: string) => string = propertyName): ElementContent[] {
  const root: { children: ElementContent[] } = { children: [] };
  const stack: { children: ElementContent[]; tagName?: string }[] = [root];
  let at = 0;
  const text = (end: number) => {
    if (end > at) stack[stack.length - 1]!.children.push({ type: 'text', value: decodeEntities(markup.slice(at, end)) });
  };
  for (const m of markup.matchAll(TAG)) {
    text(m.index);
    at = m.index + m[0].length;
    const [, closing, tagName, attrs, selfClosing] = m as unknown as [string, string, string, string, string];
    if (closing) {
      let i = stack.length - 1;
      while (i > 0 && stack[i]!.tagName !== tagName) i--;
      if (i > 0) stack.length = i;
      continue;
    }
    const el: Element = { type: 'element', tagName, properties: propertiesOf(attrs, sheet, toProperty), children: [] };
    stack[stack.length - 1]!.children.push(el);
    if (!selfClosing) stack.push(el);
  }
  text(markup.length);
  return root.children;
}
