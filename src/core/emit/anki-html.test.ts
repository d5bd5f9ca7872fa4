// Markdown -> Anki field HTML on a small inline vault: links flattened to titles, math in Anki's delimiters,
// code highlighted with inline colours, HTML sanitized, figures and diagrams turned into media files.

import { beforeAll, describe, expect, it } from 'vitest';
import type { Vault } from '../model/index.js';
import { parseVault } from '../parse/index.js';
import { createHighlighter } from '../render/create-highlighter.js';
import { createAnkiHtml, type AnkiHtml } from './anki-html.js';

const TOPIC = `---
id: "01"
title: Demo
difficulty: Easy
key_for: Tests
essential: true
summary: A topic.
---

# Demo

## Part 1: Basics

### What is $x$?
<!-- id: q-one; difficulty: easy; tags: demo -->

An *answer*.

Second paragraph.
`;

let vault: Vault;
let html: AnkiHtml;
beforeAll(async () => {
  vault = parseVault([
    { file: '01_Demo.md', source: TOPIC },
    { file: 'README.md', source: '# Index\n' },
  ]);
  html = createAnkiHtml(vault, await createHighlighter());
}, 60_000);

const CODE_STYLE = '<pre style="background-color:#fff;color:#24292e"><code>';

describe('createAnkiHtml block', () => {
  it('renders nothing for empty or blank markdown', () => {
    expect(html.block('', '01_Demo')).toBe('');
    expect(html.block('  \n ', '01_Demo')).toBe('');
  });

  it('renders a parsed fragment of the vault, paragraph by paragraph', () => {
    const answer = vault.topics[0]!.parts[0]!.questions[0]!.answer;
    expect(html.block(answer, '01_Demo')).toBe('<p>An <em>answer</em>.</p>\n<p>Second paragraph.</p>');
    expect(html.block({ markdown: '   ', line: 1 }, '01_Demo')).toBe('');
    expect(html.block({ markdown: 'Made *by hand*.', line: 1 }, '01_Demo')).toBe('<p>Made <em>by hand</em>.</p>');
  });

  it('flattens wikilinks to the linked title, the alias, or the link as written when it does not resolve', () => {
    expect(html.block('[[#^q-one]], [[01_Demo]], [[01_Demo#Part 1: Basics]], [[README]], [[Missing|m]], [[Nope]]', '01_Demo')).toBe(
      '<p>What is x?, Demo, Part 1: Basics, README, m, Nope</p>',
    );
  });

  it('resolves same-file links from the page the markdown comes from', () => {
    expect(html.block('[[#^q-one]]', '01_Demo')).toBe('<p>What is x?</p>');
    expect(html.block('[[#^q-one]]', 'README')).toBe('<p>#^q-one</p>');
  });

  it('writes display math between \\[ \\] in its own paragraph', () => {
    expect(html.block('$$\na+b\n$$', '01_Demo')).toBe('<p>\\[a+b\\]</p>');
  });

  it('highlights code with the light theme as inline colours, and unknown or missing languages as plain text', () => {
    expect(html.block('```python\nx = 1\n```', '01_Demo')).toBe(
      `${CODE_STYLE}<span><span style="color:#24292E">x </span><span style="color:#D73A49">=</span><span style="color:#005CC5"> 1</span></span></code></pre>`,
    );
    expect(html.block('```\nplain\n```', '01_Demo')).toBe(`${CODE_STYLE}<span><span>plain</span></span></code></pre>`);
    expect(html.block('```nolang\nplain\n```', '01_Demo')).toBe(`${CODE_STYLE}<span><span>plain</span></span></code></pre>`);
  });

  it('prefixes the ids it keeps with mlprep-', () => {
    expect(html.block('Note[^1].\n\n[^1]: The note.', '01_Demo')).toContain('<li id="mlprep-user-content-fn-1">');
  });
});

describe('createAnkiHtml inline', () => {
  it('drops the paragraph around a single line and keeps inline math in \\( \\)', () => {
    expect(html.inline('**b** and $x^2$', '01_Demo')).toBe('<strong>b</strong> and \\(x^2\\)');
  });

  it('keeps the paragraphs of text that is not one paragraph', () => {
    expect(html.inline('a\n\nb', '01_Demo')).toBe('<p>a</p>\n<p>b</p>');
    expect(html.inline('# h', '01_Demo')).toBe('<h1>h</h1>');
    expect(html.inline('# h\n\ntext', '01_Demo')).toBe('<h1>h</h1>\n<p>text</p>');
    expect(html.inline('a\n\n- b', '01_Demo')).toBe('<p>a</p>\n<ul>\n<li>b</li>\n</ul>');
  });
});

describe('createAnkiHtml media', () => {
  it('turns figure images into media files named mlprep-<name>, sorted by name; other images stay as written', async () => {
    const h = createAnkiHtml(vault, await createHighlighter());
    expect(h.media()).toEqual([]);
    expect(h.block('![Plot](figures/b-plot.svg) ![A](./figures/a.svg) ![x](other/c.svg) ![y](figures/Bad.svg)', '01_Demo')).toBe(
      '<p><img src="mlprep-b-plot.svg" alt="Plot"> <img src="mlprep-a.svg" alt="A"> <img src="other/c.svg" alt="x"> <img src="figures/Bad.svg" alt="y"></p>',
    );
    expect(h.media()).toEqual([
      { name: 'mlprep-a.svg', figure: 'figures/a.svg' },
      { name: 'mlprep-b-plot.svg', figure: 'figures/b-plot.svg' },
    ]);
  });

  it('turns a mermaid block into an SVG media file with its accTitle, or "Diagram", as alt text', async () => {
    const h = createAnkiHtml(vault, await createHighlighter());
    expect(h.block('```mermaid\nflowchart LR\n  accTitle: Two boxes\n  A --> B\n```', '01_Demo')).toBe(
      '<p><img src="mlprep-diagram-4a41aa30.svg" alt="Two boxes"></p>',
    );
    expect(h.block('```mermaid\nflowchart LR\n  A --> B\n```', '01_Demo')).toBe(
      '<p><img src="mlprep-diagram-dabf6fd8.svg" alt="Diagram"></p>',
    );
    const media = h.media();
    expect(media.map((m) => m.name)).toEqual(['mlprep-diagram-4a41aa30.svg', 'mlprep-diagram-dabf6fd8.svg']);
    expect(media[0]!.svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" [^>]*><title>Two boxes<\/title>/);
    expect(media[1]!.svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" [^>]*><title>Diagram<\/title>/);
    expect(media.every((m) => m.figure === undefined)).toBe(true);
  });

  it('leaves a mermaid block that does not render as a code block, with no media file', async () => {
    const h = createAnkiHtml(vault, await createHighlighter());
    expect(h.block('```mermaid\nnot a diagram {{{\n```', '01_Demo')).toBe(
      `${CODE_STYLE}<span><span>not a diagram {{{</span></span></code></pre>`,
    );
    expect(h.media()).toEqual([]);
  });
});
