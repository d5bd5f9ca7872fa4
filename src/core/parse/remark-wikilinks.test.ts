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
