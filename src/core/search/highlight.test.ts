// Snippets and highlighting: escaped text, <mark> on matches, formulas readable and never cut.

import { describe, expect, it } from 'vitest';
import { escapeHtml, makeSnippet, markWords } from './highlight.js';
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
