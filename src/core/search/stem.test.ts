// The light stemmer, rule by rule: each suffix rule, the endings it must leave alone, the 3-letter floor and the
// vowel test of -ing/-ed. Expected stems are written out, so a changed or dropped rule fails here.
import { describe, expect, it } from 'vitest';
import { stem } from './stem.js';

const cases = (pairs: [string, string][]) => pairs.map(([word, expected]) => [word, stem(word), expected]);

describe('stem', () => {
  it('maps every -ize/-ise form onto one stem, British and American alike', () => {
    const forms = ['izations', 'isations', 'ization', 'isation', 'izing', 'ising', 'ized', 'ised', 'izes', 'ises', 'ize', 'ise'];
    expect(forms.map((f) => stem(`regular${f}`))).toEqual(Array(forms.length).fill('regulariz'));
  });

  it('maps every -ate form onto one stem', () => {
    const forms = ['ations', 'ation', 'ating', 'ated', 'ates', 'ate'];
    expect(forms.map((f) => stem(`activ${f}`))).toEqual(Array(forms.length).fill('activat'));
  });

  it('undoes plurals and -ing/-ed', () => {
    for (const [word, got, expected] of cases([
      ['probabilities', 'probability'],
      ['classes', 'class'],
      ['losses', 'loss'],
      ['features', 'feature'],
      ['gradients', 'gradient'],
      ['embeddings', 'embedding'],
      ['training', 'train'],
      ['trained', 'train'],
    ]))
      expect(got, word).toBe(expected);
  });

  it('leaves alone endings that only look plural, short words and words with digits', () => {
    for (const word of ['analysis', 'corpus', 'focus', 'gloss', 'always', 'uses', 'bias', 'l2norms', 'top5s', 'relu6'])
      expect(stem(word), word).toBe(word);
  });

  it('keeps at least 3 letters before a suffix, trying the next rule instead', () => {
    for (const [word, got, expected] of cases([
      ['hated', 'hat'], // -ated would leave 1 letter; -ed leaves exactly 3
      ['dates', 'date'], // -ates would leave 1; -es leaves 3
      ['bases', 'base'],
      ['kisses', 'kiss'], // -sses keeps its ss, so 2 letters before it are enough
    ]))
      expect(got, word).toBe(expected);
  });

  it('strips -ing and -ed only when a vowel is left, so "string" and "shred" stay words', () => {
    for (const word of ['string', 'shred', 'thing']) expect(stem(word), word).toBe(word);
    expect(stem('rhythmed')).toBe('rhythm'); // y counts as a vowel
  });
});
