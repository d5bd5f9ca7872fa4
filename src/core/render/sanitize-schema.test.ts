// The sanitizer allowlist, element by element and attribute by attribute: what KaTeX, Shiki and the diagrams emit
// is kept, the paint and geometry values of diagrams only when they are plain colours and numbers, and links,
// ids and stripped elements behave as the schema says.

import type { ElementContent, Root } from 'hast';
import rehypeSanitize from 'rehype-sanitize';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { sanitizeSchema } from './sanitize-schema.js';
import { el, text } from './test-hast.js';

const sanitize = (...children: ElementContent[]): Root['children'] =>
  (unified().use(rehypeSanitize, sanitizeSchema).runSync({ type: 'root', children }) as Root).children;

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
const KATEX_SVG_TAGS = ['svg', 'path', 'line', 'rect', 'g'];
const DIAGRAM_TAGS = ['polygon', 'polyline', 'circle', 'ellipse', 'text', 'tspan', 'defs', 'marker', 'title', 'figure', 'figcaption'];

describe('sanitizeSchema: elements', () => {
  it.each([...MATHML_TAGS, ...KATEX_SVG_TAGS, ...DIAGRAM_TAGS])('keeps <%s>', (tag) => {
    expect(sanitize(el(tag, {}, [text('t')]))).toEqual([el(tag, {}, [text('t')])]);
  });

  it('unwraps an unlisted element, keeping its text', () => {
    expect(sanitize(el('p', {}, [el('blink', {}, [text('t')])]))).toEqual([el('p', {}, [text('t')])]);
  });

  it.each(['style', 'foreignObject', 'script'])('drops <%s> with its content', (tag) => {
    expect(sanitize(el('p', {}, [text('a'), el(tag, {}, [text('x')]), text('b')]))).toEqual([el('p', {}, [text('a'), text('b')])]);
  });
});

describe('sanitizeSchema: MathML attributes', () => {
  it.each(MATHML_ATTRIBUTES)('keeps %s on every MathML element', (attr) => {
    const kept = MATHML_TAGS.map((tag) => el(tag, { [attr]: 'v' }));
    expect(sanitize(...kept)).toEqual(MATHML_TAGS.map((tag) => el(tag, { [attr]: 'v' })));
  });

  it('drops an attribute outside the list, and a style', () => {
    expect(sanitize(el('mi', { mathcolor: 'red', style: 'color:red', onClick: 'x()' }))).toEqual([el('mi')]);
  });
});

describe('sanitizeSchema: KaTeX SVG', () => {
  it.each(['xmlns', 'width', 'height', 'viewBox', 'preserveAspectRatio', 'd', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'strokeWidth'])(
    'keeps %s with any value on every SVG element',
    (attr) => {
      expect(sanitize(...KATEX_SVG_TAGS.map((tag) => el(tag, { [attr]: 'any value' })))).toEqual(
        KATEX_SVG_TAGS.map((tag) => el(tag, { [attr]: 'any value' })),
      );
    },
  );

  it('keeps a role and an aria-label on <svg> only', () => {
    expect(sanitize(el('svg', { role: 'img', ariaLabel: 'Two steps' }), el('path', { role: 'img', ariaLabel: 'x' }))).toEqual([
      el('svg', { role: 'img', ariaLabel: 'Two steps' }),
      el('path'),
    ]);
  });

  it.each([
    ['stroke', 'var(--_line)'],
    ['strokeDashArray', '4 2'],
    ['opacity', '0.5'],
    ['markerEnd', 'url(#user-content-d1-arrowhead)'],
    ['transform', 'rotate(-90, 10, 20)'],
    ['cx', '5'],
    ['r', '5'],
  ])('keeps the diagram attribute %s on a shared SVG element', (attr, value) => {
    expect(sanitize(el('path', { [attr]: value }), el('g', { [attr]: value }))).toEqual([
      el('path', { [attr]: value }),
      el('g', { [attr]: value }),
    ]);
  });

  it('judges a shared SVG element coordinate as KaTeX writes it, not as a diagram number', () => {
    expect(sanitize(el('line', { x1: 'calc(1)' }))).toEqual([el('line', { x1: 'calc(1)' })]);
  });
});

describe('sanitizeSchema: diagram attributes', () => {
  const geometry = ['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'width', 'height', 'dx', 'dy'];
  const numeric = [
    ...geometry,
    'points',
    'strokeWidth',
    'strokeDashArray',
    'opacity',
    'fontSize',
    'markerWidth',
    'markerHeight',
    'refX',
    'refY',
  ];

  it.each(numeric)('keeps %s when it is numbers, on every diagram element', (attr) => {
    expect(sanitize(...DIAGRAM_TAGS.map((tag) => el(tag, { [attr]: '-1.5e2px, 3 40%' })))).toEqual(
      DIAGRAM_TAGS.map((tag) => el(tag, { [attr]: '-1.5e2px, 3 40%' })),
    );
  });

  // width and height are on GitHub's list for every element, so they are left out here.
  it.each(numeric.filter((a) => a !== 'width' && a !== 'height'))('drops %s when it is not numbers', (attr) => {
    expect(sanitize(el('polygon', { [attr]: 'calc(1px)' }), el('polygon', { [attr]: '1;x' }))).toEqual([el('polygon'), el('polygon')]);
  });

  it.each([
    ['fill', 'none'],
    ['fill', 'currentColor'],
    ['fill', '#fff'],
    ['stroke', '#ffffff80'],
    ['stroke', 'var(--_node-stroke)'],
  ])('keeps the paint %s=%s', (attr, value) => {
    expect(sanitize(el('circle', { [attr]: value }), el('rect', { [attr]: value }))).toEqual([
      el('circle', { [attr]: value }),
      el('rect', { [attr]: value }),
    ]);
  });

  it.each([
    ['fill', 'url(https://evil.test/x)'],
    ['fill', 'url(#x)'],
    ['fill', '#ff'],
    ['fill', '#fffffffff'],
    ['fill', 'var(--a, red)'],
    ['fill', 'red blue'],
    ['stroke', 'rgb(0,0,0)'],
    ['stroke', '#ggg'],
    ['stroke', ' red'],
  ])('drops the paint %s=%s', (attr, value) => {
    expect(sanitize(el('circle', { [attr]: value }), el('rect', { [attr]: value }))).toEqual([el('circle'), el('rect')]);
  });

  it.each([
    ['strokeLineJoin', ['round', 'miter', 'bevel'], ['arcs', 'round miter']],
    ['strokeLineCap', ['round', 'butt', 'square'], ['flat', 'butt square']],
    ['textAnchor', ['start', 'middle', 'end'], ['left', 'end start']],
    ['fontWeight', ['500', 'normal', 'bold'], ['bolder', '50', '5000']],
    ['fontStyle', ['normal', 'italic'], ['oblique', 'normal italic']],
    ['orient', ['auto', 'auto-start-reverse', '-45.5'], ['auto-reverse', 'auto 1', '45deg']],
    ['markerEnd', ['url(#user-content-d1-arrowhead)'], ['url(#arrowhead)', 'url(https://x/#user-content-a)', 'url(#user-content-a) x']],
    ['markerStart', ['url(#user-content-a_b)'], ['url(#a)', 'none']],
    ['transform', ['rotate(-90)', 'translate(1.5, 2) rotate(3)'], ['scale(2)', 'rotate(x)', 'translate(1)x']],
  ])('keeps %s only when it is one of its keywords or forms', (attr, good, bad) => {
    expect(sanitize(...good.map((v) => el('text', { [attr]: v })))).toEqual(good.map((v) => el('text', { [attr]: v })));
    expect(sanitize(...bad.map((v) => el('text', { [attr]: v })))).toEqual(bad.map(() => el('text')));
  });

  it('prefixes a diagram id against clobbering', () => {
    expect(sanitize(el('marker', { id: 'd1-arrowhead' }))).toEqual([el('marker', { id: 'user-content-d1-arrowhead' })]);
  });

  it('drops an event handler and a style on a diagram element', () => {
    expect(sanitize(el('text', { onMouseOver: 'x()', style: 'fill:red', href: '#x' }))).toEqual([el('text')]);
  });
});

describe('sanitizeSchema: HTML', () => {
  it('keeps className and aria-hidden on any element', () => {
    expect(sanitize(el('span', { className: ['katex', 'mord'], ariaHidden: 'true' }))).toEqual([
      el('span', { className: ['katex', 'mord'], ariaHidden: 'true' }),
    ]);
  });

  it('keeps a link with its aria attributes and any class', () => {
    const props = { ariaDescribedBy: ['n'], ariaLabel: 'L', ariaLabelledBy: ['m'], href: '/t/01', className: ['wikilink'] };
    expect(sanitize(el('a', props, [text('x')]))).toEqual([
      el(
        'a',
        { ariaDescribedBy: ['user-content-n'], ariaLabel: 'L', ariaLabelledBy: ['user-content-m'], href: '/t/01', className: ['wikilink'] },
        [text('x')],
      ),
    ]);
  });

  it.each([
    ['https://example.org', true],
    ['http://example.org', true],
    ['mailto:a@b.c', true],
    ['#part-1', true],
    ['javascript:alert(1)', false],
    ['ftp://example.org', false],
    ['data:text/html,x', false],
  ])('a link to %s is kept: %s', (href, kept) => {
    expect(sanitize(el('a', { href }, [text('x')]))).toEqual([el('a', kept ? { href } : {}, [text('x')])]);
  });

  it('keeps the tabindex and classes of a Shiki <pre>, and any class on <code>', () => {
    expect(sanitize(el('pre', { className: ['shiki', 'github-dark'], tabIndex: 0 }, [el('code', { className: ['shiki-code'] })]))).toEqual([
      el('pre', { className: ['shiki', 'github-dark'], tabIndex: 0 }, [el('code', { className: ['shiki-code'] })]),
    ]);
  });

  it('prefixes user ids', () => {
    expect(sanitize(el('h2', { id: 'intro' }, [text('x')]))).toEqual([el('h2', { id: 'user-content-intro' }, [text('x')])]);
  });

  it('keeps GitHub’s own elements and attributes', () => {
    expect(sanitize(el('img', { src: 'pic.png', alt: 'a' }), el('kbd', { title: 't' }))).toEqual([
      el('img', { src: 'pic.png', alt: 'a' }),
      el('kbd', { title: 't' }),
    ]);
  });

  it('drops a style attribute on an HTML element', () => {
    expect(sanitize(el('span', { style: 'color:red', className: ['c'] }))).toEqual([el('span', { className: ['c'] })]);
  });
});
