// The flat inverted index: words sorted, postings per word in doc order with packed per-field counts that
// saturate at their width, field lengths for BM25, and the scratch arrays that grow past their first size.
import { describe, expect, it } from 'vitest';
import { buildIndexData, fieldTf, scanWords } from './inverted-index.js';
import type { SearchDoc } from './search-docs.js';

const doc = (title: string, body = '', tags: string[] = [], extra = ''): SearchDoc => ({
  id: title,
  topicId: '01',
  order: 0,
  title,
  body,
  extra,
  tags,
  difficulty: 'easy',
  essential: true,
});

const scan = (text: string) => {
  const out: string[] = [];
  const plain = scanWords(text, out);
  return { plain, out };
};

/** Field counts of `word` in each doc that has it: [doc, title, tags, body, extra]. */
function postings(data: ReturnType<typeof buildIndexData>, word: string): number[][] {
  const i = data.words.indexOf(word);
  expect(i, word).toBeGreaterThanOrEqual(0);
  const out: number[][] = [];
  for (let p = data.offsets[i]!; p < data.offsets[i + 1]!; p++)
    out.push([data.postDocs[p]!, ...[0, 1, 2, 3].map((f) => fieldTf(data.postTf[p]!, f))]);
  return out;
}

describe('scanWords', () => {
  it('splits on every ASCII character that is not a letter or digit, around each class boundary', () => {
    expect(scan('/09:@AZ[`az{').out).toEqual(['09', 'az', 'az']);
  });

  it('reads letters outside the BMP as whole words, and skips other astral characters', () => {
    expect(scan('𠀀𠀁 x😀y σ€').out).toEqual(['𠀀𠀁', 'x', 'y', 'σ']);
  });

  it('joins only the two halves of a hyphen written without spaces', () => {
    expect(scan('p-value').out).toEqual(['p', 'value', 'pvalue']);
    for (const text of ['p- value', 'p -value', 'p_value', 'p value']) expect(scan(text).out, text).toEqual(['p', 'value']);
    expect(scan('a-b-c')).toEqual({ plain: 3, out: ['a', 'b', 'c', 'ab', 'bc'] });
  });
});

describe('buildIndexData', () => {
  it('sorts the words, keeps each word once per doc with its count per field, and records field lengths', () => {
    const data = buildIndexData([doc('Zeta alpha', 'alpha beta alpha', ['deep', 'learning'], 'alpha()'), doc('Beta', 'gamma')]);
    expect(data.docCount).toBe(2);
    expect(data.words).toEqual(['alpha', 'beta', 'deep', 'gamma', 'learning', 'zeta']);
    expect(postings(data, 'alpha')).toEqual([[0, 1, 0, 2, 1]]);
    expect(postings(data, 'beta')).toEqual([
      [0, 0, 0, 1, 0],
      [1, 1, 0, 0, 0],
    ]);
    expect([...data.fieldLens]).toEqual([2, 2, 3, 1, 1, 0, 1, 0]);
  });

  it('saturates each field count at its bit width instead of spilling into the next field', () => {
    const data = buildIndexData([doc('x '.repeat(20), 'x '.repeat(5000), ['x'])]);
    expect(postings(data, 'x')).toEqual([[0, 15, 1, 4095, 0]]);
  });

  it('grows its scratch past 1024 distinct words and a posting list past 4 docs', () => {
    const many = Array.from({ length: 3000 }, (_, i) => `w${i}`).join(' ');
    const docs = [doc('first', many), ...Array.from({ length: 9 }, (_, i) => doc(`doc ${i}`, 'w2999 common'))];
    const data = buildIndexData(docs);
    expect(data.words).toHaveLength(3000 + 3 + 9); // w0..w2999; first, doc, common; the digits 0..8
    expect(postings(data, 'w2999').map((p) => p[0])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(postings(data, 'w1500')).toEqual([[0, 0, 0, 1, 0]]);
    expect(postings(data, 'common')).toHaveLength(9);
  });
});
