import { describe, expect, it } from 'vitest';
import { StyleSheet } from './style-classes.js';

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
