// The rehype-sanitize allowlist. It starts from GitHub's schema (hast-util-sanitize's default) and adds only
// what KaTeX and Shiki emit: KaTeX's HTML spans and SVG (square roots, arrows), its MathML for screen readers,
// and Shiki's `pre.shiki` with a tabindex. Inline styles never reach this stage (style-classes.ts turns them
// into classes first), so `style` stays forbidden. Links may be relative (in-app) or http(s)/mailto: a
// `javascript:` href is removed. Raw HTML in the markdown was already dropped by remark-rehype.
// Mermaid diagrams (rehype-mermaid.ts) add the SVG shapes and text beautiful-mermaid draws with. Their paint
// attributes admit only colours and `var(--…)` (no `url(…)`, which a diagram's `style` line could point at an
// external resource), marker references only the in-page `url(#user-content-…)`, and no event attribute, <style>,
// <script> or <foreignObject> is ever admitted. Isomorphic.

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
/**
 * A paint or colour value: a name (`none`, `currentColor`, `red`), a hex colour or one CSS variable.
 *   [a-zA-Z]+            a keyword or colour name
 *   #[0-9a-fA-F]{3,8}    a hex colour
 *   var\(--[\w-]+\)     a custom property, without a fallback
 */
const PAINT = /^(?:[a-zA-Z]+|#[0-9a-fA-F]{3,8}|var\(--[\w-]+\))$/;
const SVG_ATTRIBUTES: NonNullable<SanitizeSchema['attributes']>[string] = [
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
  // KaTeX writes no fill; a diagram's may only be a colour (see PAINT).
  ['fill', PAINT],
];

/** The elements of beautiful-mermaid's diagrams beyond KaTeX's SVG_TAGS, and the figure that wraps them. */
const DIAGRAM_TAGS = ['polygon', 'polyline', 'circle', 'ellipse', 'text', 'tspan', 'defs', 'marker', 'title', 'figure', 'figcaption'];
/** A number or a list of numbers (points, dash arrays, coordinates), with units where SVG allows them (`0.35em`). */
const NUMBERS = /^[-\d.,\s eEmpx%]*$/;
/** A marker reference inside the page, already carrying the clobber prefix (see rehype-mermaid.ts). */
const MARKER_REF = /^url\(#user-content-[\w-]+\)$/;
/** `rotate(…)` / `translate(…)` with numbers: the only transforms beautiful-mermaid writes (axis titles, bar shadows). */
const TRANSFORM = /^(?:(?:rotate|translate)\([-\d.,\s]*\)\s*)+$/;
const GEOMETRY = ['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'width', 'height', 'dx', 'dy'];
const DIAGRAM_ATTRIBUTES: NonNullable<SanitizeSchema['attributes']>[string] = [
  ...GEOMETRY.map((name): [string, RegExp] => [name, NUMBERS]),
  ['points', NUMBERS],
  ['fill', PAINT],
  ['stroke', PAINT],
  ['strokeWidth', NUMBERS],
  ['strokeDashArray', NUMBERS],
  ['strokeLineJoin', /^(?:round|miter|bevel)$/],
  ['strokeLineCap', /^(?:round|butt|square)$/],
  ['opacity', NUMBERS],
  ['markerEnd', MARKER_REF],
  ['markerStart', MARKER_REF],
  ['transform', TRANSFORM],
  ['textAnchor', /^(?:start|middle|end)$/],
  ['fontSize', NUMBERS],
  ['fontWeight', /^(?:\d{3}|normal|bold)$/],
  ['fontStyle', /^(?:normal|italic)$/],
  ['markerWidth', NUMBERS],
  ['markerHeight', NUMBERS],
  ['refX', NUMBERS],
  ['refY', NUMBERS],
  ['orient', /^(?:auto|auto-start-reverse|[-\d.]+)$/],
  'id',
];

const SVG_NAMES = new Set(SVG_ATTRIBUTES.map((a) => (typeof a === 'string' ? a : a[0]!)));

const base = defaultSchema;
const attributes: NonNullable<SanitizeSchema['attributes']> = { ...base.attributes };
attributes['*'] = [...(base.attributes?.['*'] ?? []), 'className', 'ariaHidden'];
// Replaces GitHub's `a` rule, whose className tuple only admits footnote classes.
attributes['a'] = ['ariaDescribedBy', 'ariaLabel', 'ariaLabelledBy', 'href', 'className'];
attributes['pre'] = [...(base.attributes?.['pre'] ?? []), 'tabIndex'];
attributes['code'] = ['className'];
for (const tag of MATHML_TAGS) attributes[tag] = MATHML_ATTRIBUTES;
for (const tag of SVG_TAGS) attributes[tag] = SVG_ATTRIBUTES;
// Diagram attributes on the shared SVG tags are appended after KaTeX's, so KaTeX's output is judged as before.
for (const tag of SVG_TAGS)
  attributes[tag] = [...SVG_ATTRIBUTES, ...DIAGRAM_ATTRIBUTES.filter((a) => !SVG_NAMES.has(typeof a === 'string' ? a : a[0]!))];
for (const tag of DIAGRAM_TAGS) attributes[tag] = DIAGRAM_ATTRIBUTES;
attributes['svg'] = [...attributes['svg']!, 'role', 'ariaLabel'];

export const sanitizeSchema: SanitizeSchema = {
  ...base,
  tagNames: [...(base.tagNames ?? []), ...MATHML_TAGS, ...SVG_TAGS, ...DIAGRAM_TAGS],
  // Dropped with their content (an unlisted element is otherwise unwrapped and its text kept).
  strip: [...(base.strip ?? []), 'style', 'foreignObject'],
  attributes,
  protocols: { ...base.protocols, href: ['http', 'https', 'mailto'] },
  // KaTeX and Shiki emit no ids; prefixing user ids keeps a vault from clobbering the app's own ids.
  clobberPrefix: 'user-content-',
};
