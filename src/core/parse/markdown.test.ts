// The shared markdown helpers: what collectNodes finds (code fences with their no-run and figure options, math,
// wikilinks, images, words), slicing fragments out of the source, and the parsed nodes a fragment keeps.
import type { List } from 'mdast';
import { describe, expect, it } from 'vitest';
import { collectNodes, countWords, fragmentTree, parseMarkdown, plainText, sliceChildren, sliceSource, startLine } from './markdown.js';

const collect = (markdown: string) => collectNodes(parseMarkdown(markdown).children);

describe('collectNodes: code blocks', () => {
  it('keeps the language lower-cased, the code and the line of the opening fence', () => {
    expect(collect('Text\n\n```Python\nx = 1\n```\n').code).toEqual([{ lang: 'python', code: 'x = 1', line: 3 }]);
  });

  it('gives a fence without a language an empty language', () => {
    expect(collect('```\nplain\n```\n').code).toEqual([{ lang: '', code: 'plain', line: 1 }]);
  });

  it('reads a no-run reason in double or single quotes, trimmed', () => {
    expect(collect('```python no-run="  needs a GPU "\nx\n```\n').code[0]!.noRun).toBe('needs a GPU');
    expect(collect("```python no-run='slow'\nx\n```\n").code[0]!.noRun).toBe('slow');
  });

  it('reads a bare no-run as an empty reason', () => {
    expect(collect('```python no-run\nx\n```\n').code).toEqual([{ lang: 'python', code: 'x', line: 1, noRun: '' }]);
  });

  it('does not take a longer word that contains no-run for the option', () => {
    expect(collect('```python no-runner\nx\n```\n').code).toEqual([{ lang: 'python', code: 'x', line: 1 }]);
  });

  it('reads a figure name in either quoting, alone or after other options', () => {
    expect(collect('```python figure="roc-curve"\nx\n```\n').code).toEqual([{ lang: 'python', code: 'x', line: 1, figure: 'roc-curve' }]);
    expect(collect("```python no-run='slow' figure='loss'\nx\n```\n").code).toEqual([
      { lang: 'python', code: 'x', line: 1, noRun: 'slow', figure: 'loss' },
    ]);
  });

  it('does not read a figure option glued to another word', () => {
    expect(collect('```python myfigure="roc"\nx\n```\n').code).toEqual([{ lang: 'python', code: 'x', line: 1 }]);
  });

  it('does not count the words inside code', () => {
    expect(collect('```\none two three\n```\n').words).toBe(0);
  });
});

describe('collectNodes: math, links, images and words', () => {
  it('collects display and inline math with their lines', () => {
    expect(collect('Inline $a+b$ here.\n\n$$\nx^2\n$$\n').math).toEqual([
      { tex: 'a+b', display: false, line: 1 },
      { tex: 'x^2', display: true, line: 3 },
    ]);
  });

  it('collects wikilinks and counts the alias words, or the raw target when there is no alias', () => {
    const out = collect('See [[07_Neural#^attention|the attention answer]] and [[README]].');
    expect(out.links.map((l) => [l.raw, l.alias, l.line])).toEqual([
      ['07_Neural#^attention', 'the attention answer', 1],
      ['README', undefined, 1],
    ]);
    // "See", "and" + 3 alias words + "README".
    expect(out.words).toBe(6);
  });

  it('collects images with their alt text, url and line', () => {
    expect(collect('Intro\n\n![A curve](figures/roc.svg)\n\n![](x.png)\n').images).toEqual([
      { alt: 'A curve', url: 'figures/roc.svg', line: 3 },
      { alt: '', url: 'x.png', line: 5 },
    ]);
  });

  it('counts the words of all text nodes, including inside emphasis and headings', () => {
    expect(collect('# Two words\n\nOne *two* **three** four.\n').words).toBe(6);
  });

  it('returns empty lists and zero words for no nodes', () => {
    expect(collectNodes([])).toEqual({ code: [], math: [], links: [], images: [], words: 0 });
  });
});

describe('countWords', () => {
  it('counts letters and digits runs, keeping apostrophes and hyphens inside a word', () => {
    expect(countWords("Don't use state-of-the-art models in 2024, it’s 3x slower")).toBe(9);
  });

  it('counts non-Latin letters', () => {
    expect(countWords('Größe café 学习')).toBe(3);
  });

  it('counts nothing in punctuation alone', () => {
    expect(countWords(' -- ... !? ')).toBe(0);
    expect(countWords('')).toBe(0);
  });
});

describe('sliceSource and fragmentTree', () => {
  const source = 'First para.\n\nSecond *para*.\n\nThird.\n';
  const nodes = parseMarkdown(source).children;

  it('returns the source text from the first node to the last, with the first node line', () => {
    expect(sliceSource(source, nodes.slice(1))).toEqual({ markdown: 'Second *para*.\n\nThird.', line: 3 });
    expect(sliceSource(source, nodes.slice(0, 1))).toEqual({ markdown: 'First para.', line: 1 });
  });

  it('returns null for an empty node list', () => {
    expect(sliceSource(source, [])).toBeNull();
  });

  it('returns null when the nodes carry no positions', () => {
    expect(sliceSource(source, [{ type: 'thematicBreak' }])).toBeNull();
  });

  it('keeps the parsed nodes of a sliced fragment, as a root', () => {
    const fragment = sliceSource(source, nodes.slice(1))!;
    expect(fragmentTree(fragment)).toEqual({ type: 'root', children: nodes.slice(1) });
  });

  it('has no tree for a fragment built elsewhere', () => {
    expect(fragmentTree({ markdown: 'Second *para*.', line: 3 })).toBeNull();
  });

  it('slices the content of a list item without its bullet', () => {
    const src = 'Intro\n\n- first point\n- second *point*\n';
    const list = parseMarkdown(src).children[1] as List;
    expect(sliceChildren(src, list.children[1]!)).toEqual({ markdown: 'second *point*', line: 4 });
  });
});

describe('startLine and plainText', () => {
  it('reads the start line of a node, or 1 without a position', () => {
    expect(startLine(parseMarkdown('a\n\n\nb').children[1]!)).toBe(4);
    expect(startLine({})).toBe(1);
  });

  it('gives the text of a node without its markup', () => {
    expect(plainText(parseMarkdown('## A *bold* `code` title').children[0]!)).toBe('A bold code title');
  });
});
