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
});
