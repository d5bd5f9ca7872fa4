import { describe, expect, it } from 'vitest';
import { editDistance, maxEdits, Vocabulary } from './vocabulary.js';
import { codeAndMath, markdownToText, tokenize } from './tokenize.js';

describe('editDistance (optimal string alignment)', () => {
  it.each([
    ['gradient', 'gradient', 0],
    ['gradeint', 'gradient', 1],
    ['gradent', 'gradient', 1],
    ['regularizaton', 'regularization', 1],
    ['bayes', 'bias', 3],
    ['kitten', 'sitting', 3],
  ])('%s -> %s = %i', (a, b, d) => {
    expect(editDistance(a, b, 5)).toBe(d);
  });
  it('stops early past the limit', () => {
    expect(editDistance('abcdef', 'uvwxyz', 1)).toBe(2);
  });

  it('counts a swap of two neighbours as one edit, but not a swap of letters further apart', () => {
    expect(editDistance('ab', 'ba', 5)).toBe(1);
    expect(editDistance('abcd', 'abdc', 5)).toBe(1);
    expect(editDistance('abc', 'cba', 5)).toBe(2);
    // Optimal string alignment edits no substring twice: "ca" -> "abc" is 3 (true Damerau-Levenshtein says 2).
    expect(editDistance('ca', 'abc', 5)).toBe(3);
  });

  it('answers limit + 1 when the lengths alone differ by more than the limit, and exact distances up to it', () => {
    expect(editDistance('abcd', 'abcdefg', 2)).toBe(3);
    expect(editDistance('abcd', 'abcdef', 2)).toBe(2);
    expect(editDistance('', 'ab', 2)).toBe(2);
    expect(editDistance('abcd', 'wxyz', 3)).toBe(4);
  });
});

describe('maxEdits', () => {
  it('corrects no word under 4 letters, one edit up to 7 letters, two from 8', () => {
    expect(['abc', 'abcd', 'abcdefg', 'abcdefgh', 'a'.repeat(20)].map(maxEdits)).toEqual([0, 1, 1, 2, 2]);
  });
});

describe('Vocabulary contents and ranking', () => {
  it('never keeps a word under 3 letters, over 30, or made of digits; counts a word once per document', () => {
    const v = new Vocabulary();
    v.addDocument(['ab', 'abc', '12345', 'x'.repeat(31), 'y'.repeat(30), 'abc', 'l2norm']);
    v.addDocument(['abc']);
    expect(v.size).toBe(3);
    expect(['ab', 'abc', '12345', 'x'.repeat(31), 'y'.repeat(30), 'l2norm'].map((w) => v.has(w))).toEqual([
      false,
      true,
      false,
      false,
      true,
      true,
    ]);
    expect(Vocabulary.fromCounts(['abcd', 'abcd'], [2, 5]).suggestScored('abce')).toEqual([{ word: 'abcd', distance: 1, count: 7 }]);
  });

  it('ranks by distance, then by the number of documents, then alphabetically, and returns at most max', () => {
    const v = Vocabulary.fromCounts(['modal', 'model', 'models', 'modem', 'mode'], [1, 9, 4, 1, 2]);
    expect(v.suggestScored('modek', 10)).toEqual([
      { word: 'model', distance: 1, count: 9 },
      { word: 'mode', distance: 1, count: 2 },
      { word: 'modem', distance: 1, count: 1 },
    ]);
    expect(v.suggest('modek', 2)).toEqual(['model', 'mode']);
    expect(v.suggest('modelz', 10)).toEqual(['model', 'models']); // modal and modem are 2 edits away
    expect(v.suggest('mod', 10)).toEqual([]);
  });

  it('finds the same words when asked twice (its scratch counts are reset between lookups)', () => {
    const v = Vocabulary.fromCounts(['gradient', 'gradients', 'radiant'], [3, 2, 1]);
    const first = v.suggestScored('gradiant', 5);
    expect(first.map((s) => s.word)).toEqual(['gradient', 'radiant', 'gradients']);
    expect(v.suggestScored('gradiant', 5)).toEqual(first);
  });
});

describe('Vocabulary.suggest', () => {
  const v = new Vocabulary();
  v.addDocument(tokenize('gradient descent with momentum and regularization'));
  v.addDocument(tokenize('gradient boosting of decision trees'));
  it.each([
    ['gradeint', ['gradient']],
    ['momentm', ['momentum']],
    ['regularisation', ['regularization']],
    ['xyz', []],
    ['zzzzzzzz', []],
  ])('%s -> %j', (word, expected) => {
    expect(v.suggest(word)).toEqual(expected);
  });
});

describe('markdownToText', () => {
  it('keeps words and link text, drops markup', () => {
    expect(markdownToText('**Bold** $x^2$ [[02_P#^bayes-rule|Bayes]] [site](https://x.y) `code`')).toBe(
      'Bold \uE001x²\uE002 Bayes site code',
    );
  });
});

describe('codeAndMath', () => {
  it('collects fenced code and TeX, which markdownToText leaves out', () => {
    const md = 'Use $\\eta \\le 1/L$ here.\n\n```python\nnp.linalg.eigvalsh(H)\n```\n';
    expect(markdownToText(md)).toBe('Use \uE001η ≤ 1/L\uE002 here.');
    expect(codeAndMath(md)).toBe('np.linalg.eigvalsh(H) eta le 1/L');
  });
});
