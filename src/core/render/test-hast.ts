// Test-only builders for hast trees, shared by the render plugin tests (excluded from mutation testing as a
// test helper, like test-catalog.ts).

import type { Element, ElementContent, Properties } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';

/** An element node with the given properties and children. */
export const el = (tagName: string, properties: Properties = {}, children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/** A text node. */
export const text = (value: string): ElementContent => ({ type: 'text', value });

/** The HTML of some nodes, as rehype-stringify writes it. */
export const toHtml = (children: ElementContent[]): string => unified().use(rehypeStringify).stringify({ type: 'root', children });
