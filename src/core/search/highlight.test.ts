// Snippets and highlighting: escaped text, <mark> on matches, formulas readable and never cut.

import { describe, expect, it } from 'vitest';
import { escapeHtml, makeSnippet, markWords, matchKey } from './highlight.js';
import { markdownToText, texToText } from './tokenize.js';

/** The only tags a snippet or title may hold. */
const ALLOWED_TAGS = /<\/?mark>|<span class="math">|<\/span>/g;

describe('texToText', () => {
  it.each([
    ['\\eta \\le 1/L', 'η ≤ 1/L'],
    ['p = -\\nabla^2 f(x)^{-1}\\nabla f(x)', 'p = -∇² f(x)⁻¹∇ f(x)'],
    ['\\frac{1}{3} d^3', '1/3 d³'],
    ['\\frac{a+b}{2}', '(a+b)/2'],
    ['\\sigma(w^\\top x_i)', 'σ(wᵀ xᵢ)'],
    ['\\mathbb{E}[X]', '𝔼[X]'],
    ['e^{-y_i w^T x_i}', 'e^(-yᵢ wᵀ xᵢ)'],
  ])('%s -> %s', (tex, text) => {
    expect(texToText(tex)).toBe(text);
  });
});

describe('makeSnippet', () => {
  const formula = 'x^{-1} = \\frac{a}{b}';
  const body = markdownToText(
    `${'Some words before. '.repeat(6)}The inverse $${formula}$ appears right where gradient is. ${'More words after. '.repeat(8)}`,
  );

  it('never cuts inside a formula, wherever the window falls', () => {
    for (let chars = 20; chars <= 200; chars += 7) {
      const html = makeSnippet(body, ['gradient'], chars);
      const opened = (html.match(/<span class="math">/g) ?? []).length;
      expect((html.match(/<\/span>/g) ?? []).length).toBe(opened);
      if (opened > 0) expect(html).toContain('<span class="math">x⁻¹ = a/b</span>');
      expect(html).not.toMatch(/[\uE001\uE002]/);
    }
  });

  it('leaves out a formula too long to show rather than cutting it', () => {
    const long = markdownToText(`gradient $${'a + '.repeat(60)}b$ end`);
    const html = makeSnippet(long, ['gradient'], 40);
    expect(html).not.toContain('<span class="math">');
    expect(html).toContain('<mark>gradient</mark>');
  });

  it('escapes markup and marks only whole-word matches', () => {
    const html = makeSnippet('an <img src=x onerror="alert(1)"> & "gradient" <script>x</script>', ['gradient', 'img']);
    expect(html.replace(ALLOWED_TAGS, '')).not.toMatch(/[<>]/);
    expect(html).toContain('&lt;<mark>img</mark> src=x onerror=&quot;alert(1)&quot;&gt; &amp; &quot;<mark>gradient</mark>&quot;');
  });
});

describe('markWords', () => {
  it('escapes a hostile title and marks matched words', () => {
    const html = markWords(`Why <script>alert('x')</script> & "gradients"?`, ['script', 'gradi']);
    expect(html).toBe(
      'Why &lt;<mark>script</mark>&gt;alert(&#39;x&#39;)&lt;/<mark>script</mark>&gt; &amp; &quot;<mark>gradients</mark>&quot;?',
    );
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('matchKey', () => {
  it('keeps a word of up to 4 letters, else drops up to 3 final letters but keeps at least 4', () => {
    expect(['grad', 'gradients', 'bayes', 'abcdefg', 'abcdefgh'].map(matchKey)).toEqual(['grad', 'gradie', 'baye', 'abcd', 'abcde']);
  });

  it('marks every word that starts with a key, whatever its case, and no other', () => {
    expect(markWords('Gradients and GRADIENT, grading', ['gradie'])).toBe('<mark>Gradients</mark> and <mark>GRADIENT</mark>, grading');
  });
});

describe('makeSnippet windows', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

  it('opens a third of the window before the first match, widened to whole words, with ellipses where cut', () => {
    expect(makeSnippet(`${words(30)} target ${words(30)}`, ['target'], 60)).toBe(
      '…word27 word28 word29 <mark>target</mark> word0 word1 word2 word3 word4 word5…',
    );
  });

  it('starts at the beginning when nothing matches, and adds no ellipsis to a text that fits', () => {
    expect(makeSnippet(words(30), ['zzz'], 40)).toBe('word0 word1 word2 word3 word4 word5 word6…');
    expect(makeSnippet('short text', ['zzz'], 60)).toBe('short text');
    expect(makeSnippet('', ['a'], 10)).toBe('');
  });

  it('centres on a word that starts with the key, not on the key inside another word', () => {
    expect(makeSnippet('gradient then entropy here', ['ent'], 12)).toBe('…then <mark>entropy</mark> here');
  });

  it('finds the match also in text whose lower case changes length (İ)', () => {
    expect(makeSnippet(`İİ ${words(20)} Entropy ${words(5)}`, ['entropy'], 30)).toBe(
      '…word18 word19 <mark>Entropy</mark> word0 word1 word2…',
    );
  });

  it('widens the window to a whole formula it starts in, and leaves out one too long to show', () => {
    const tail = ' and the target is here';
    expect(makeSnippet(`${words(10)} \uE001alpha + beta + gamma\uE002${tail}`, ['target'], 45)).toBe(
      '…<span class="math">alpha + beta + gamma</span> and the <mark>target</mark> is here',
    );
    expect(makeSnippet(`${words(10)} \uE001${'x + '.repeat(30)}y\uE002${tail}`, ['target'], 45)).toBe(
      '…and the <mark>target</mark> is here',
    );
  });
});
