// The rehype-sanitize allowlist. It starts from GitHub's schema (hast-util-sanitize's default) and adds only
// what KaTeX and Shiki emit: KaTeX's HTML spans and SVG (square roots, arrows), its MathML for screen readers,
// and Shiki's `pre.shiki` with a tabindex. Inline styles never reach this stage (style-classes.ts turns them
// into classes first), so `style` stays forbidden. Links may be relative (in-app) or http(s)/mailto: a
// `javascript:` href is removed. Raw HTML in the markdown was already dropped by remark-rehype. Isomorphic.

import { defaultSchema } from 'rehype-sanitize';
import type { Options as SanitizeSchema } from 'rehype-sanitize';

const MATHML_TAGS = [
  'math',
  'semantics',
  'annotation',
  'mrow',
  'mi',
  'mn',
  'mo',
  'ms',
  'mtext',
  'mspace',
  'msup',
  'msub',
  'msubsup',
  'mfrac',
  'msqrt',
  'mroot',
  'mover',
  'munder',
  'munderover',
  'mtable',
  'mtr',
  'mtd',
  'mstyle',
  'mpadded',
  'mphantom',
  'menclose',
  'mglyph',
  'mlabeledtr',
];
const SVG_TAGS = ['svg', 'path', 'line', 'rect', 'g'];

const MATHML_ATTRIBUTES = [
  'xmlns',
  'display',
  'encoding',
  'mathvariant',
  'stretchy',
  'fence',
  'separator',
  'lspace',
  'rspace',
  'minsize',
  'maxsize',
  'movablelimits',
  'accent',
  'accentunder',
  'linethickness',
  'scriptlevel',
  'displaystyle',
  'width',
  'height',
  'depth',
  'voffset',
  'notation',
  'columnalign',
  'columnspacing',
  'rowspacing',
  'columnlines',
  'rowlines',
  'rowalign',
  'frame',
  'framespacing',
  'symmetric',
  'largeop',
  'mathsize',
];
const SVG_ATTRIBUTES = [
  'xmlns',
  'width',
  'height',
  'viewBox',
  'preserveAspectRatio',
  'd',
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'strokeWidth',
  'fill',
];

const base = defaultSchema;
const attributes: NonNullable<SanitizeSchema['attributes']> = { ...base.attributes };
attributes['*'] = [...(base.attributes?.['*'] ?? []), 'className', 'ariaHidden'];
// Replaces GitHub's `a` rule, whose className tuple only admits footnote classes.
attributes['a'] = ['ariaDescribedBy', 'ariaLabel', 'ariaLabelledBy', 'href', 'className'];
attributes['pre'] = [...(base.attributes?.['pre'] ?? []), 'tabIndex'];
attributes['code'] = ['className'];
for (const tag of MATHML_TAGS) attributes[tag] = MATHML_ATTRIBUTES;
for (const tag of SVG_TAGS) attributes[tag] = SVG_ATTRIBUTES;

export const sanitizeSchema: SanitizeSchema = {
  ...base,
  tagNames: [...(base.tagNames ?? []), ...MATHML_TAGS, ...SVG_TAGS],
  attributes,
  protocols: { ...base.protocols, href: ['http', 'https', 'mailto'] },
  // KaTeX and Shiki emit no ids; prefixing user ids keeps a vault from clobbering the app's own ids.
  clobberPrefix: 'user-content-',
};
