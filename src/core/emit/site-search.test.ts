// The static site's search data: snippet sources clipped at a word, never inside a formula, and the script that
// carries the prebuilt index.

import { describe, expect, it } from 'vitest';
import type { SearchDoc } from '../search/search-docs.js';
import { MATH_CLOSE, MATH_OPEN } from '../search/tokenize.js';
import { clipText, siteSearchScript, type PackedSearchIndex } from './site-search.js';

describe('clipText', () => {
  it('keeps a text that fits, up to exactly the limit', () => {
    expect(clipText('abc def', 7)).toBe('abc def');
    expect(clipText('abcd efg', 8)).toBe('abcd efg');
    expect(clipText('a'.repeat(400))).toBe('a'.repeat(400));
  });

  it('cuts at the last space at or before the limit, without trailing spaces', () => {
    expect(clipText('one two  three four', 10)).toBe('one two');
    expect(clipText('abcd efgh', 4)).toBe('abcd');
  });

  it('cuts at the default of 400 characters', () => {
    const text = `${'a'.repeat(395)} bbbb cccc`;
    expect(clipText(text)).toBe(`${'a'.repeat(395)} bbbb`);
  });

  it('cuts mid-word when the last space is before half the limit', () => {
    expect(clipText('ab cdefghijklmnop', 10)).toBe('ab cdefghi');
    expect(clipText('abcde fghijklmnop', 10)).toBe('abcde');
  });

  it('cuts before a formula the cut would split, but not before a closed one', () => {
    const f = `${MATH_OPEN}x y z${MATH_CLOSE}`;
    expect(clipText(`see the ${f} end and more`, 12)).toBe('see the');
    expect(clipText(`${f} and then more words`, 14)).toBe(`${f} and`);
  });
});

const doc = (id: string, body: string): SearchDoc => ({
  id,
  topicId: '01',
  order: 0,
  title: `T ${id}`,
  body,
  extra: 'code',
  tags: ['t'],
  difficulty: 'hard',
  essential: true,
});
const index = (docCount: number): PackedSearchIndex => ({
  docCount,
  words: ['w'],
  offsets: 'o',
  postDocs: 'd',
  postTf: 't',
  fieldLens: 'f',
});

describe('clipText at a formula boundary', () => {
  it('does not take in a formula that opens just after a mid-word cut', () => {
    expect(clipText(`abcdefghijX${MATH_OPEN}y${MATH_CLOSE}`, 10)).toBe('abcdefghij');
  });

  it('cuts before a formula that closes just at the cut', () => {
    expect(clipText(`ab${MATH_OPEN}cdefghi${MATH_CLOSE}jk`, 10)).toBe('ab');
  });
});

describe('siteSearchScript', () => {
  it('sets the global to the index and one display row per doc', () => {
    expect(siteSearchScript([doc('a', 'Alpha.'), doc('b', 'Beta.')], index(2))).toBe(
      'window.MLPREP_SEARCH={"index":{"docCount":2,"words":["w"],"offsets":"o","postDocs":"d","postTf":"t","fieldLens":"f"},' +
        '"docs":[["a","01","T a","hard","Alpha."],["b","01","T b","hard","Beta."]]};\n',
    );
  });

  it('clips each body to the snippet source length', () => {
    const script = siteSearchScript([doc('a', `${'x'.repeat(396)} yy zz`)], index(1));
    expect(script).toContain(`"hard","${'x'.repeat(396)} yy"]]};\n`);
  });

  it('refuses an index built for another number of docs', () => {
    expect(() => siteSearchScript([doc('a', 'A')], index(2))).toThrow('search index holds 2 docs, the content 1');
  });
});
