// Wikilinks rewritten or listed outside code: fenced blocks (``` or ~~~, quoted or indented) and inline code stay.

import { describe, expect, it } from 'vitest';
import { listWikiLinks, rewriteWikiLinks } from './markdown-links.js';

const upper = (markdown: string) => rewriteWikiLinks(markdown, (link) => `<${link.target.toUpperCase()}>`);

describe('rewriteWikiLinks', () => {
  it('rewrites every link outside code, passing the whole link text too', () => {
    const seen: string[] = [];
    const out = rewriteWikiLinks('[[a]] x [[b#h|B]]', (link, whole) => (seen.push(whole), `{${link.target}}`));
    expect(out).toBe('{a} x {b}');
    expect(seen).toEqual(['[[a]]', '[[b#h|B]]']);
  });

  it('leaves ~~~ fences, quoted fences and inline code alone', () => {
    expect(upper('[[a]]\n~~~\n[[b]]\n~~~\n[[c]]')).toBe('<A>\n~~~\n[[b]]\n~~~\n<C>');
    expect(upper('> ```\n> [[b]]\n> ```\n[[c]]')).toBe('> ```\n> [[b]]\n> ```\n<C>');
    expect(upper('  ```js\n  [[b]]\n  ```\n[[c]] `[[d]]` [[e]]')).toBe('  ```js\n  [[b]]\n  ```\n<C> `[[d]]` <E>');
  });

  it('ends a fence only at the same fence with the same prefix', () => {
    expect(upper('```\n[[b]]\n~~~\n[[c]]\n```\n[[d]]')).toBe('```\n[[b]]\n~~~\n[[c]]\n```\n<D>');
  });

  it('rewrites links after a fence that is never closed, and inside a link-free backtick run on two lines', () => {
    expect(upper('```\n[[b]]')).toBe('```\n<B>');
    expect(upper('`a\n[[b]]`')).toBe('`a\n<B>`');
  });

  it('does not take a link across lines or with ] inside', () => {
    expect(upper('[[a\nb]] [[c]d]]')).toBe('[[a\nb]] [[c]d]]');
  });
});

describe('listWikiLinks', () => {
  it('lists the links outside code in order, with target, anchor and alias', () => {
    const links = listWikiLinks('[[A#Part 1|one]] `[[x]]` [[B]]\n```\n[[y]]\n```');
    expect(links.map((l) => [l.target, l.anchor, l.alias ?? null])).toEqual([
      ['A', 'Part 1', 'one'],
      ['B', '', null],
    ]);
  });
});
