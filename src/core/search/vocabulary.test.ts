import { describe, expect, it } from 'vitest';
import { editDistance, Vocabulary } from './vocabulary.js';
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
