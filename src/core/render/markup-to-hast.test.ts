// The KaTeX markup parser: entities, attributes (quoted either way, inline styles moved to classes), nesting,
// self-closing tags and the recovery from unbalanced close tags, each checked against the exact hast.

import { describe, expect, it } from 'vitest';
import { decodeEntities, markupToHast } from './markup-to-hast.js';
import { StyleSheet } from './style-classes.js';

describe('decodeEntities', () => {
  it.each([
    ['no entity at all', 'a < b', 'a < b'],
    ['&amp;', 'x &amp; y', 'x & y'],
    ['&lt; and &gt;', '&lt;b&gt;', '<b>'],
    ['&quot; and &apos;', '&quot;q&apos;', `"q'`],
    ['&nbsp;', 'a&nbsp;b', 'a\u00a0b'],
    ['a named entity in capitals', '&AMP;&Lt;', '&<'],
    ['a decimal entity of several digits', '&#8722;1', '\u22121'],
    ['a hex entity with letters', '&#x3c;&#x2A;', '<*'],
    ['a hex entity written &#X', '&#X41;', 'A'],
    ['an unknown named entity, kept as written', '&bogus; &amp;', '&bogus; &'],
    ['a hex entity with no hex digits, kept as written', '&#xg;', '&#xg;'],
    ['an ampersand without a semicolon', 'R&D', 'R&D'],
  ])('decodes %s', (_name, input, output) => {
    expect(decodeEntities(input)).toBe(output);
  });
});

describe('markupToHast', () => {
  it('nests elements and keeps text before, between and after them', () => {
    expect(markupToHast('a<span>b<b>c</b>d</span>e', new StyleSheet())).toEqual([
      { type: 'text', value: 'a' },
      {
        type: 'element',
        tagName: 'span',
        properties: {},
        children: [
          { type: 'text', value: 'b' },
          { type: 'element', tagName: 'b', properties: {}, children: [{ type: 'text', value: 'c' }] },
          { type: 'text', value: 'd' },
        ],
      },
      { type: 'text', value: 'e' },
    ]);
  });

  it('decodes entities in text and attribute values', () => {
    expect(markupToHast(`<mo title="a&amp;b">&lt;</mo>`, new StyleSheet())).toEqual([
      { type: 'element', tagName: 'mo', properties: { title: 'a&b' }, children: [{ type: 'text', value: '<' }] },
    ]);
  });

  it('reads attributes quoted with " or \' and camel-cases dashed names', () => {
    expect(markupToHast(`<path d="M0 0" stroke-width='2' aria-hidden="true" data-x-y="1"/>`, new StyleSheet())).toEqual([
      { type: 'element', tagName: 'path', properties: { d: 'M0 0', strokeWidth: '2', ariaHidden: 'true', dataXY: '1' }, children: [] },
    ]);
  });

  it('gives an attribute without a value the empty string', () => {
    expect(markupToHast('<input disabled>', new StyleSheet())).toEqual([
      { type: 'element', tagName: 'input', properties: { disabled: '' }, children: [] },
    ]);
  });

  it('splits class into a list, first among the properties, and drops empty names', () => {
    const [el] = markupToHast('<span aria-hidden="true" class="  katex   mord "></span>', new StyleSheet());
    expect(el).toEqual({
      type: 'element',
      tagName: 'span',
      properties: { className: ['katex', 'mord'], ariaHidden: 'true' },
      children: [],
    });
    expect(Object.keys((el as { properties: object }).properties)).toEqual(['className', 'ariaHidden']);
  });

  it('an element without class or style gets no className at all', () => {
    const [el] = markupToHast('<span class=""></span>', new StyleSheet());
    expect(el).toEqual({ type: 'element', tagName: 'span', properties: {}, children: [] });
  });

  it('turns a style attribute into a generated class after the written ones', () => {
    const sheet = new StyleSheet();
    const [el] = markupToHast('<span class="strut" style="height:0.8em"></span>', sheet);
    const cls = sheet.classFor('height:0.8em');
    expect(el).toEqual({ type: 'element', tagName: 'span', properties: { className: ['strut', cls] }, children: [] });
    expect(sheet.toCss()).toBe(`.${cls}{height:0.8em}\n`);
  });

  it('drops a style attribute with nothing safe in it', () => {
    const sheet = new StyleSheet();
    expect(markupToHast('<span style="background:url(x)">t</span>', sheet)).toEqual([
      { type: 'element', tagName: 'span', properties: {}, children: [{ type: 'text', value: 't' }] },
    ]);
    expect(sheet.toCss()).toBe('\n');
  });

  it('a self-closing element takes no children: the following text is its sibling', () => {
    expect(markupToHast('<svg><path d="1"/>x</svg>', new StyleSheet())).toEqual([
      {
        type: 'element',
        tagName: 'svg',
        properties: {},
        children: [
          { type: 'element', tagName: 'path', properties: { d: '1' }, children: [] },
          { type: 'text', value: 'x' },
        ],
      },
    ]);
  });

  it('a close tag of an outer element also closes the open inner ones', () => {
    expect(markupToHast('<a><b>x</a>y', new StyleSheet())).toEqual([
      {
        type: 'element',
        tagName: 'a',
        properties: {},
        children: [{ type: 'element', tagName: 'b', properties: {}, children: [{ type: 'text', value: 'x' }] }],
      },
      { type: 'text', value: 'y' },
    ]);
  });

  it('ignores a close tag that matches no open element, and ends unclosed ones at the end', () => {
    expect(markupToHast('</i><a>x</b>y', new StyleSheet())).toEqual([
      {
        type: 'element',
        tagName: 'a',
        properties: {},
        children: [
          { type: 'text', value: 'x' },
          { type: 'text', value: 'y' },
        ],
      },
    ]);
  });

  it('uses the given attribute-name mapping instead of camel-casing', () => {
    expect(markupToHast('<g stroke-dasharray="2" class="c"/>', new StyleSheet(), (a) => `p_${a}`)).toEqual([
      { type: 'element', tagName: 'g', properties: { className: ['c'], 'p_stroke-dasharray': '2' }, children: [] },
    ]);
  });

  it('returns no nodes for empty markup', () => {
    expect(markupToHast('', new StyleSheet())).toEqual([]);
  });
});
