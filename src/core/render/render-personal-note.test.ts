// The personal-note renderer must keep whatever the user (or an imported file) typed inert: table-driven hostile
// inputs, each with what must not survive, plus the markdown a note is for.

import { describe, expect, it } from 'vitest';
import { renderPersonalNote } from './render-personal-note.js';

describe('renderPersonalNote', () => {
  it('renders markdown: emphasis, lists, code, links, tables', () => {
    const html = renderPersonalNote(
      '**bold** and `code`\n\n- one\n- two\n\n[docs](https://example.org)\n\n| a | b |\n|---|---|\n| 1 | 2 |',
    );
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<code>code</code>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<a href="https://example.org">docs</a>');
    expect(html).toContain('<td>1</td>');
  });

  it('shows a wikilink as its text and math as its TeX', () => {
    const html = renderPersonalNote('see [[01_Math#Question|the chain rule]] and $\\eta$');
    expect(html).toContain('<span class="wikilink">the chain rule</span>');
    expect(html).toContain('\\eta');
    expect(html).not.toContain('katex');
  });

  it.each([
    ['a script element', '<script>alert(1)</script>', /<script/i],
    ['an inline event handler', '<img src=x onerror="alert(1)">', /onerror|<img/i],
    ['a javascript: link', '[click](javascript:alert(1))', /javascript:/i],
    ['an iframe', '<iframe src="https://evil.example"></iframe>', /<iframe/i],
    ['a style attribute', '<p style="position:fixed">x</p>', /style=/i],
    ['an svg with a script', '<svg><script>alert(1)</script></svg>', /<script|<svg/i],
    ['a data: image', '![x](data:text/html;base64,PHNjcmlwdD4=)', /data:text/i],
  ])('drops %s', (_name, markdown, forbidden) => {
    const html = renderPersonalNote(`before\n\n${markdown}\n\nafter`);
    expect(html).not.toMatch(forbidden);
    expect(html).toContain('before');
    expect(html).toContain('after');
  });

  it('keeps the text of a script-like line as text, escaped', () => {
    expect(renderPersonalNote('`<script>alert(1)</script>`')).toContain('&#x3C;script>alert(1)&#x3C;/script>');
  });

  it('is empty for a blank note', () => {
    expect(renderPersonalNote('  \n ')).toBe('');
  });
});

describe('renderPersonalNote, exact output', () => {
  it('shows a wikilink without an alias as written', () => {
    expect(renderPersonalNote('see [[01_Math#Question]]')).toBe('<p>see <span class="wikilink">01_Math#Question</span></p>');
  });

  it('keeps inline math as its TeX in code', () => {
    expect(renderPersonalNote('$x^2$')).toBe('<p><code class="language-math math-inline">x^2</code></p>');
  });

  it('renders the same way on every call', () => {
    expect(renderPersonalNote('*a*')).toBe('<p><em>a</em></p>');
    expect(renderPersonalNote('*a*')).toBe('<p><em>a</em></p>');
  });

  it('renders a note that starts with blank lines', () => {
    expect(renderPersonalNote('\n\n  x')).toBe('<p>x</p>');
  });
});
