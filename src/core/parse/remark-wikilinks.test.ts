import { describe, expect, it } from 'vitest';
import { parseWikiLinkBody } from './remark-wikilinks.js';
import { parseMarkdown } from './markdown.js';
import { collectNodes } from './markdown.js';

describe('parseWikiLinkBody', () => {
  it.each([
    ['07_Neural_Architectures', { target: '07_Neural_Architectures', anchor: '', blockRef: false }],
    [
      '07_Neural_Architectures#Part 2: Attention Mechanism',
      { target: '07_Neural_Architectures', anchor: 'Part 2: Attention Mechanism', blockRef: false },
    ],
    ['07_Neural_Architectures#^attention-scaling', { target: '07_Neural_Architectures', anchor: 'attention-scaling', blockRef: true }],
    ['#^local-id', { target: '', anchor: 'local-id', blockRef: true }],
    ['07_Neural_Architectures.md', { target: '07_Neural_Architectures', anchor: '', blockRef: false }],
    ['07_Neural_Architectures#^x-y|shown text', { target: '07_Neural_Architectures', anchor: 'x-y', blockRef: true, alias: 'shown text' }],
    ['README\\|the index', { target: 'README', anchor: '', blockRef: false, alias: 'the index' }],
  ])('%s', (body, expected) => {
    expect(parseWikiLinkBody(body, 3)).toMatchObject({ ...expected, line: 3 });
  });
});

describe('remarkWikiLinks', () => {
  it('finds links in text with their own lines, and ignores code', () => {
    const tree = parseMarkdown('Intro\n\nA [[a]] and\nthen [[b#^c]].\n\n`[[not-a-link]]`\n\n```\n[[nor-this]]\n```\n');
    const { links } = collectNodes(tree.children);
    expect(links.map((l) => [l.target, l.line])).toEqual([
      ['a', 3],
      ['b', 4],
    ]);
  });
});

describe('parseWikiLinkBody: exact links', () => {
  it('trims the target, anchor and alias, and drops an empty alias', () => {
    expect(parseWikiLinkBody(' 07_Neural.md # Part 2 | shown ', 5)).toStrictEqual({
      raw: '07_Neural.md # Part 2',
      target: '07_Neural',
      anchor: 'Part 2',
      blockRef: false,
      alias: 'shown',
      line: 5,
    });
    expect(parseWikiLinkBody('README|', 1)).toStrictEqual({ raw: 'README', target: 'README', anchor: '', blockRef: false, line: 1 });
  });

  it('splits at the first bar and the first hash', () => {
    expect(parseWikiLinkBody('a#b#c|d|e', 2)).toStrictEqual({
      raw: 'a#b#c',
      target: 'a',
      anchor: 'b#c',
      blockRef: false,
      alias: 'd|e',
      line: 2,
    });
  });

  it('removes only a trailing .md from the target', () => {
    expect(parseWikiLinkBody('notes.md.txt', 1).target).toBe('notes.md.txt');
  });
});

describe('remarkWikiLinks: lines and text', () => {
  it('counts the lines inside a paragraph before each link, and keeps the text around links', () => {
    const tree = parseMarkdown('# T\n\nline one\nline two [[x]]\nline three [[y]] end\n');
    const { links, words } = collectNodes(tree.children);
    expect(links.map((l) => [l.raw, l.line])).toEqual([
      ['x', 4],
      ['y', 5],
    ]);
    // "T", "line one", "line two", "x", "line three", "y", "end".
    expect(words).toBe(10);
  });

  it('does not match across a newline or nested brackets', () => {
    const tree = parseMarkdown('[[a\nb]] and [[c[d]]]\n');
    expect(collectNodes(tree.children).links).toEqual([]);
  });
});
