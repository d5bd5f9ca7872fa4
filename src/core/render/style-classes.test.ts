import type { Element, Properties, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeStyleClasses, StyleSheet } from './style-classes.js';

describe('StyleSheet.classFor', () => {
  it.each([
    ['height:0.8em;vertical-align:-0.2em', 'height:0.8em;vertical-align:-0.2em'],
    ['--shiki-light:#24292E;--shiki-dark:#E1E4E8', '--shiki-light:#24292E;--shiki-dark:#E1E4E8'],
    ['width:calc(100% - 0.1em)', 'width:calc(100% - 0.1em)'],
    ['background:url(javascript:alert(1))', null],
    ['color:red}body{display:none', null],
    ['content:"x"', null],
    ['height:1em;background-image:url(x)', 'height:1em'],
  ])('%s keeps %s', (style, kept) => {
    const sheet = new StyleSheet();
    const cls = sheet.classFor(style);
    if (kept === null) expect(cls).toBeNull();
    else expect(sheet.toCss()).toBe(`.${cls}{${kept}}\n`);
  });

  it('gives the same class to the same style', () => {
    const sheet = new StyleSheet();
    expect(sheet.classFor('top:-3em')).toBe(sheet.classFor('top:-3em'));
  });
});

describe('StyleSheet.classFor, declarations', () => {
  it('trims declarations and drops empty ones', () => {
    const sheet = new StyleSheet();
    const cls = sheet.classFor(' ; height : 1em ;; top:0 ; ');
    expect(sheet.toCss()).toBe(`.${cls}{height : 1em;top:0}\n`);
  });

  it.each([
    ['a url( with spaces before the bracket', 'height:1em;background:url (x)', 'height:1em'],
    ['an IE expression()', 'width:expression(alert(1));top:0', 'top:0'],
    ['a custom property with three dashes', '---x:1;top:0', 'top:0'],
    ['a value with a quote', "font-family:'x';top:0", 'top:0'],
  ])('drops %s', (_name, style, kept) => {
    const sheet = new StyleSheet();
    const cls = sheet.classFor(style);
    expect(sheet.toCss()).toBe(`.${cls}{${kept}}\n`);
  });

  it('names classes by a stable hash of the declarations', () => {
    const sheet = new StyleSheet();
    expect(sheet.classFor('top:-3em')).toBe('s-1ia2av4');
    expect(sheet.classFor('height:0.8em')).toBe('s-1c2vpes');
  });

  it('gives different styles different classes', () => {
    const sheet = new StyleSheet();
    expect(sheet.classFor('top:1em')).not.toBe(sheet.classFor('top:2em'));
  });
});

describe('StyleSheet.toCss', () => {
  it('is a single newline when no class was made', () => {
    expect(new StyleSheet().toCss()).toBe('\n');
  });

  it('lists one rule per line, sorted by class name whatever the order of use', () => {
    const a = new StyleSheet();
    a.classFor('height:0.8em');
    a.classFor('top:-3em');
    const b = new StyleSheet();
    b.classFor('top:-3em');
    b.classFor('height:0.8em');
    const css = '.s-1c2vpes{height:0.8em}\n.s-1ia2av4{top:-3em}\n';
    expect(a.toCss()).toBe(css);
    expect(b.toCss()).toBe(css);
  });
});

describe('rehypeStyleClasses', () => {
  const el = (properties: Properties, children: Element[] = []): Element => ({
    type: 'element',
    tagName: 'span',
    properties,
    children,
  });
  const run = (tree: Root, sheet = new StyleSheet()) => {
    rehypeStyleClasses({ sheet })(tree);
    return tree;
  };

  it('moves an inline style into a class appended to the class list', () => {
    const tree: Root = {
      type: 'root',
      children: [el({ className: ['line'], style: 'top:-3em' })],
    };
    expect(run(tree).children).toEqual([el({ className: ['line', 's-1ia2av4'] })]);
  });

  it('splits a className written as a string before appending', () => {
    const tree: Root = {
      type: 'root',
      children: [el({ className: 'a  b', style: 'top:-3em' } as unknown as Properties)],
    };
    expect(run(tree).children).toEqual([el({ className: ['a', 'b', 's-1ia2av4'] })]);
  });

  it('gives an element without classes just the generated one', () => {
    const tree: Root = {
      type: 'root',
      children: [el({ id: 'x', style: 'top:-3em' })],
    };
    expect(run(tree).children).toEqual([el({ id: 'x', className: ['s-1ia2av4'] })]);
  });

  it('removes a style with nothing safe in it and adds no class', () => {
    const sheet = new StyleSheet();
    const tree: Root = {
      type: 'root',
      children: [el({ className: ['c'], style: 'background:url(x)' })],
    };
    expect(run(tree, sheet).children).toEqual([el({ className: ['c'] })]);
    expect(sheet.toCss()).toBe('\n');
  });

  it('leaves an element without a style as it is', () => {
    const tree: Root = { type: 'root', children: [el({ className: ['c'] })] };
    expect(run(tree).children).toEqual([el({ className: ['c'] })]);
  });

  it('converts nested elements too, but not inside a KaTeX subtree', () => {
    const tree: Root = {
      type: 'root',
      children: [el({ style: 'top:-3em' }, [el({ style: 'height:0.8em' })]), el({ className: ['katex'] }, [el({ style: 'top:1em' })])],
    };
    expect(run(tree).children).toEqual([
      el({ className: ['s-1ia2av4'] }, [el({ className: ['s-1c2vpes'] })]),
      el({ className: ['katex'] }, [el({ style: 'top:1em' })]),
    ]);
  });
});
