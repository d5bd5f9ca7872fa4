// ```mermaid blocks -> an accessible inline SVG in a <figure>: title and description from accTitle/accDescr, ids
// prefixed per diagram, marker references written with the sanitizer's clobber prefix, memoized per source, and a
// diagram that does not render left as its code block.

import type { Element, ElementContent, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeMermaid, shortHash, type MermaidOptions } from './rehype-mermaid.js';
import { StyleSheet } from './style-classes.js';
import { el, text, toHtml } from './test-hast.js';

const block = (source: string, className: unknown = ['language-mermaid']) =>
  el('pre', {}, [el('code', { className: className as string[] }, [text(`${source}\n`)])]);
const options = (): MermaidOptions => ({ sheet: new StyleSheet(), memo: new Map() });
const run = (children: Element[], opts = options()): string => {
  const tree: Root = { type: 'root', children };
  rehypeMermaid(opts)(tree);
  return toHtml(tree.children as ElementContent[]);
};

const FLOW = 'flowchart LR\n  accTitle: Two\n  accDescr: Desc here\n  a --> b';
const NODES =
  '<g class="node" data-id="a" data-label="a" data-shape="rectangle">\n' +
  '  <rect x="40" y="40" width="60" height="36.900000000000006" rx="0" ry="0" fill="var(--_node-fill)" stroke="var(--_node-stroke)" stroke-width="0.75"></rect>\n' +
  '  <text x="70" y="58.45" text-anchor="middle" font-size="13" font-weight="500" fill="var(--_text)" dy="4.55">a</text>\n' +
  '</g>\n' +
  '<g class="node" data-id="b" data-label="b" data-shape="rectangle">\n' +
  '  <rect x="148" y="40" width="60" height="36.900000000000006" rx="0" ry="0" fill="var(--_node-fill)" stroke="var(--_node-stroke)" stroke-width="0.75"></rect>\n' +
  '  <text x="178" y="58.45" text-anchor="middle" font-size="13" font-weight="500" fill="var(--_text)" dy="4.55">b</text>\n' +
  '</g>\n';
const svgOf = (title: string, prefix: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 248 116.9" width="248" height="116.9" role="img" aria-label="${title}" class="diagram-svg"><title>${title}</title>\n` +
  '<defs>\n' +
  `  <marker id="${prefix}-arrowhead" markerWidth="8" markerHeight="5" refX="7" refY="2.5" orient="auto">\n` +
  '    <polygon points="0 0, 8 2.5, 0 5" fill="var(--_arrow)" stroke="var(--_arrow)" stroke-width="0.75" stroke-linejoin="round"></polygon>\n' +
  '  </marker>\n' +
  `  <marker id="${prefix}-arrowhead-start" markerWidth="8" markerHeight="5" refX="1" refY="2.5" orient="auto-start-reverse">\n` +
  '    <polygon points="8 0, 0 2.5, 8 5" fill="var(--_arrow)" stroke="var(--_arrow)" stroke-width="0.75" stroke-linejoin="round"></polygon>\n' +
  '  </marker>\n' +
  '</defs>\n' +
  '<polyline class="edge" data-from="a" data-to="b" data-style="solid" data-arrow-start="false" data-arrow-end="true" points="100,58.45 148,58.45" ' +
  `fill="none" stroke="var(--_line)" stroke-width="1" marker-end="url(#user-content-${prefix}-arrowhead)"></polyline>\n` +
  NODES +
  '</svg>';

describe('shortHash', () => {
  it.each([
    ['', '811c9dc5'],
    ['a', 'e40c292c'],
    ['x2', '0f630cef'],
    [FLOW, '4f8cdb5e'],
  ])('hashes %j to %s, always eight hex digits', (input, hash) => {
    expect(shortHash(input)).toBe(hash);
  });
});

describe('rehypeMermaid', () => {
  it('replaces the block with a figure: titled, described, ids prefixed by the source hash', () => {
    expect(run([block(FLOW)])).toBe(
      `<figure class="diagram">${svgOf('Two', 'd4f8cdb5e')}<figcaption class="diagram-description">Desc here</figcaption></figure>`,
    );
  });

  it('names a diagram without accTitle "Diagram" and gives it no caption', () => {
    const source = 'flowchart LR\n  a --> b';
    expect(run([block(source)])).toBe(`<figure class="diagram">${svgOf('Diagram', 'd76715218')}</figure>`);
  });

  it('renders each diagram in place among its siblings', () => {
    const html = run([el('p', {}, [text('before')]), block(FLOW), block(FLOW), el('p', {}, [text('after')])]);
    const figure = `<figure class="diagram">${svgOf('Two', 'd4f8cdb5e')}<figcaption class="diagram-description">Desc here</figcaption></figure>`;
    expect(html).toBe(`<p>before</p>${figure}${figure}<p>after</p>`);
  });

  it('memoizes per source, and gives each use its own copy', () => {
    const opts = options();
    opts.memo.set('flowchart LR\n  x --> y', [el('figure', { className: ['memo'] }, [text('cached')])]);
    const tree: Root = { type: 'root', children: [block('flowchart LR\n  x --> y')] };
    rehypeMermaid(opts)(tree);
    expect(toHtml(tree.children as ElementContent[])).toBe('<figure class="memo">cached</figure>');
    expect(tree.children[0]).not.toBe(opts.memo.get('flowchart LR\n  x --> y')![0]);
  });

  it('stores a rendered diagram, and null for one that does not render', () => {
    const opts = options();
    run([block(FLOW), block('flowchart LR\n  a -->')], opts);
    expect([...opts.memo.keys()]).toEqual([FLOW, 'flowchart LR\n  a -->']);
    expect(opts.memo.get('flowchart LR\n  a -->')).toBeNull();
    expect(toHtml(opts.memo.get(FLOW)!)).toBe(
      `<figure class="diagram">${svgOf('Two', 'd4f8cdb5e')}<figcaption class="diagram-description">Desc here</figcaption></figure>`,
    );
  });

  it('leaves a diagram that does not render as its code block', () => {
    expect(run([block('flowchart LR\n  a -->')])).toBe('<pre><code class="language-mermaid">flowchart LR\n  a -->\n</code></pre>');
  });

  it('leaves a diagram marked as not rendering in the memo as its code block', () => {
    const opts = options();
    opts.memo.set(FLOW, null);
    expect(run([block(FLOW)], opts)).toBe(`<pre><code class="language-mermaid">${FLOW}\n</code></pre>`);
  });

  it('leaves other code blocks, bare code and class strings alone', () => {
    const children = [
      block('a --> b', ['language-python']),
      el('code', { className: ['language-mermaid'] }, [text('a')]),
      block('a', 'language-mermaid'),
    ];
    expect(run(children)).toBe(
      '<pre><code class="language-python">a --> b\n</code></pre><code class="language-mermaid">a</code><pre><code class="language-mermaid">a\n</code></pre>',
    );
  });

  it('leaves a <pre> without code alone', () => {
    expect(run([el('pre', {}, [text('flowchart LR\n  a --> b')])])).toBe('<pre>flowchart LR\n  a --> b</pre>');
  });
});
