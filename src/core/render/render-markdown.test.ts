// Snapshot tests for the render plugins: each case renders one markdown feature through the full pipeline and
// compares the HTML with a file under __snapshots__/ (review those files when a change is intended).

import { beforeAll, describe, expect, it } from 'vitest';
import { parseVault } from '../parse/index.js';
import { createHighlighter } from './create-highlighter.js';
import { createRenderer, type Renderer } from './render-markdown.js';

const TOPIC = `---
id: "01"
title: Demo
difficulty: Easy
key_for: Tests
essential: true
summary: A topic for render tests.
---

# Demo

## Part 1: Basics

### What is a thing?
<!-- id: demo-thing; difficulty: easy; tags: demo -->

An answer.

**Key points**
- One.
- Two.
`;

let r: Renderer;
beforeAll(async () => {
  const vault = parseVault([
    { file: '01_Demo.md', source: TOPIC },
    { file: 'README.md', source: '# Index\n' },
  ]);
  r = createRenderer(vault, await createHighlighter());
});

const snap = (name: string) => `./__snapshots__/${name}.html`;

describe('render plugins', () => {
  it('wikilinks resolve to in-app hrefs; unresolved ones are inert spans', async () => {
    const html = r.renderBlock(
      '[[01_Demo]], [[01_Demo#Part 1: Basics]], [[#^demo-thing]], [[01_Demo#^demo-thing|alias]], [[README]], [[Missing]]',
      '01_Demo',
    );
    expect(html).toContain('href="/q/demo-thing"');
    expect(html).toContain('<span class="wikilink wikilink-unresolved">Missing</span>');
    await expect(html).toMatchFileSnapshot(snap('wikilinks'));
  });

  it('math renders with KaTeX (HTML + MathML) and no inline styles', async () => {
    const html = r.renderBlock('Inline $\\frac{a}{b}$ and display:\n\n$$\n\\sqrt{x^2 + 1}\n$$\n', '01_Demo');
    expect(html).toContain('class="katex"');
    expect(html).toContain('<math');
    expect(html).not.toContain('style=');
    await expect(html).toMatchFileSnapshot(snap('katex'));
  });

  it('code is highlighted by Shiki with light and dark colours as classes', async () => {
    const html = r.renderBlock('```python\ndef f(x):\n    return x + 1\n```\n\n```unknownlang\nplain\n```\n', '01_Demo');
    expect(html).toContain('class="shiki shiki-themes github-light-default github-dark');
    expect(html).not.toContain('style=');
    await expect(html).toMatchFileSnapshot(snap('shiki'));
  });

  it('raw HTML, javascript: links and event handlers are removed', async () => {
    const html = r.renderBlock(
      '<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)> <b onclick="y()">b</b>',
      '01_Demo',
    );
    expect(html).not.toMatch(/<script|javascript:|onerror|onclick/i);
    await expect(html).toMatchFileSnapshot(snap('sanitize'));
  });

  it('renderInline unwraps the paragraph of a heading', () => {
    expect(r.renderInline('Why *this*?', '01_Demo')).toBe('Why <em>this</em>?');
  });

  it('collects every generated style class into the stylesheet', () => {
    r.renderBlock('$x^2$', '01_Demo');
    expect(r.css()).toMatch(/^\.s-[a-z0-9]+\{[^}]+\}$/m);
  });

  it('mermaid renders to an inline, themeable SVG titled by accTitle, without styles or external urls', async () => {
    const md = '```mermaid\nflowchart LR\n  accTitle: Two steps\n  a["Input"] --> b["Output"]\n```\n';
    const html = r.renderBlock(md, '01_Demo');
    expect(html).toMatch(/^<figure class="diagram"><svg /);
    expect(html).toContain('role="img" aria-label="Two steps"');
    expect(html).toContain('<title>Two steps</title>');
    // accTitle is the title, not a node of the flowchart
    expect(html).not.toContain('>accTitle');
    expect(html).not.toMatch(/<style|style=|@import|https?:\/\/(?!www\.w3\.org\/2000\/svg")/);
    expect(html).toMatch(/marker-end="url\(#user-content-d[0-9a-f]{8}-arrowhead\)"/);
    expect(html).toMatch(/<marker id="user-content-d[0-9a-f]{8}-arrowhead"/);
    expect(html).toContain('fill="var(--_node-fill)"');
    await expect(html).toMatchFileSnapshot(snap('mermaid'));
  });

  it('a hostile diagram label stays text, and style lines cannot bring in a url', () => {
    const md =
      '```mermaid\nflowchart LR\n  accTitle: t" onmouseover="x()\n  a["<img src=x onerror=alert(1)>"] --> b["<script>alert(2)</script>"]\n' +
      '  style a fill:url(https://evil.test/x),stroke:#f00\n```\n';
    const html = r.renderBlock(md, '01_Demo');
    expect(html).toContain('<figure class="diagram">');
    // no element or attribute from the labels: `<` only ever appears escaped inside text and attribute values
    expect(html).not.toMatch(/<img|<script|evil\.test|url\(http/i);
    // with every quoted attribute value emptied, no event attribute is left in any tag
    expect(html.replace(/"[^"]*"/g, '""')).not.toMatch(/<[^>]*\son(?:error|mouseover)=/i);
    expect(html).toContain('aria-label="t&#x22; onmouseover=&#x22;x()"');
    expect(html).toContain('&#x3C;img src=x onerror=alert(1)>');
    expect(html).toContain('stroke="#f00"');
  });

  it('a diagram that does not render stays a code block', () => {
    const html = r.renderBlock('```mermaid\nflowchart LR\n  a -->\n```\n', '01_Demo');
    expect(html).not.toContain('<svg');
    expect(html).toContain('<pre class="shiki');
    expect(html).toContain('flowchart LR');
  });

  it('a figure image link points at /figures/ and opens full size', async () => {
    const html = r.renderBlock('See:\n\n![ROC curves of two models](figures/03-roc.svg)\n\n![other](pic.png)\n', '01_Demo');
    expect(html).toContain(
      '<a href="/figures/03-roc.svg" class="figure-link"><img src="/figures/03-roc.svg" alt="ROC curves of two models" class="figure-img"></a>',
    );
    expect(html).toContain('<img src="pic.png" alt="other">');
    await expect(html).toMatchFileSnapshot(snap('figures'));
  });
});

describe('renderBlock', () => {
  it('is empty for blank markdown', () => {
    expect(r.renderBlock(' \n\t', '01_Demo')).toBe('');
    expect(r.renderBlock({ markdown: '  ', line: 3 }, '01_Demo')).toBe('');
  });

  it('renders a parsed fragment like the same markdown', () => {
    expect(r.renderBlock({ markdown: 'An *answer*.', line: 12 }, '01_Demo')).toBe('<p>An <em>answer</em>.</p>');
  });

  it('resolves a same-file link against the file it is rendered from', () => {
    expect(r.renderBlock('[[#Part 1: Basics]]', '01_Demo')).toBe('<p><a class="wikilink" href="/t/01#part-1">Part 1: Basics</a></p>');
    expect(r.renderBlock('[[#Part 1: Basics]]', 'README')).toBe('<p><span class="wikilink wikilink-unresolved">#Part 1: Basics</span></p>');
  });

  it('shows an unresolved link by its alias when it has one', () => {
    expect(r.renderBlock('[[Missing|the missing note]]', '01_Demo')).toBe(
      '<p><span class="wikilink wikilink-unresolved">the missing note</span></p>',
    );
  });

  it('renders a link to a note without a page of its own as an inert span with the note name', () => {
    expect(r.renderBlock('[[Glossary]]', '01_Demo')).toBe('<p><span class="wikilink wikilink-unresolved">Glossary</span></p>');
  });

  it('highlights a fence in an unloaded language as plain text', () => {
    expect(r.renderBlock('```rust\nfn main() {}\n```', '01_Demo')).toBe(
      '<pre class="shiki shiki-themes github-light-default github-dark s-em5fp0" tabindex="0"><code><span class="line"><span>fn main() {}</span></span></code></pre>',
    );
  });

  it('highlights a fence without a language as plain text', () => {
    expect(r.renderBlock('```\nplain\n```', '01_Demo')).toBe(
      '<pre class="shiki shiki-themes github-light-default github-dark s-em5fp0" tabindex="0"><code><span class="line"><span>plain</span></span></code></pre>',
    );
  });
});

describe('renderInline', () => {
  it('keeps the paragraphs of markdown that is more than one line of text', () => {
    expect(r.renderInline('one\n\ntwo', '01_Demo')).toBe('<p>one</p>\n<p>two</p>');
  });

  it('leaves markup that is not a paragraph as it is', () => {
    expect(r.renderInline('- item', '01_Demo')).toBe('<ul>\n<li>item</li>\n</ul>');
  });

  it('is empty for a blank heading', () => {
    expect(r.renderInline('  ', '01_Demo')).toBe('');
  });
});

describe('createRenderer options', () => {
  it('writes figure links with the given figure URL', async () => {
    const vault = parseVault([{ file: '01_Demo.md', source: TOPIC }]);
    const other = createRenderer(vault, await createHighlighter(), { figureUrl: (f) => `media/${f}` });
    expect(other.renderBlock('![ROC](figures/roc.svg)', '01_Demo')).toBe(
      '<p><a href="media/roc.svg" class="figure-link"><img src="media/roc.svg" alt="ROC" class="figure-img"></a></p>',
    );
  });

  it('starts with an empty stylesheet and collects the classes of each renderer on its own', async () => {
    const vault = parseVault([{ file: '01_Demo.md', source: TOPIC }]);
    const other = createRenderer(vault, await createHighlighter());
    expect(other.css()).toBe('\n');
    other.renderBlock('$x$', '01_Demo');
    expect(other.css()).toBe('.s-1kpifq7{height:0.4306em}\n');
  });
});
