// Mermaid diagrams: accTitle/accDescr lines become the accessible name and description (and leave the source),
// the web SVG carries no <style> element or style attribute (the CSP forbids them), a diagram beautiful-mermaid
// does not understand is an error naming its label and shape counts, and the self-contained file has a <title>.

import { describe, expect, it } from 'vitest';
import { renderMermaid, renderMermaidFile, splitAccessibility } from './render-mermaid.js';

const FLOW = 'flowchart LR\n  accTitle: Data <to> model & back\n  accDescr:  Two steps.  \n  a[Data] --> b[Model]';

describe('splitAccessibility', () => {
  it('takes the accTitle and accDescr lines out, trimmed, and keeps every other line', () => {
    expect(splitAccessibility(FLOW)).toEqual({
      body: 'flowchart LR\n  a[Data] --> b[Model]',
      title: 'Data <to> model & back',
      description: 'Two steps.',
    });
    expect(splitAccessibility('graph TD\naccTitle :x\n  a --> b')).toEqual({ body: 'graph TD\n  a --> b', title: 'x', description: null });
  });

  it('reads an empty title as none, and leaves a source without them as it is', () => {
    expect(splitAccessibility('accTitle:\naccDescr:   \nflowchart LR')).toEqual({ body: 'flowchart LR', title: null, description: null });
    expect(splitAccessibility('flowchart LR\n  a --> b')).toEqual({ body: 'flowchart LR\n  a --> b', title: null, description: null });
    // Only whole accTitle/accDescr lines count.
    expect(splitAccessibility('  a[accTitle: not one] --> b').title).toBeNull();
  });
});

describe('renderMermaid', () => {
  it('renders a flowchart to an SVG without style elements or attributes', () => {
    const r = renderMermaid(FLOW);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.title).toBe('Data <to> model & back');
    expect(r.description).toBe('Two steps.');
    expect(r.svg.startsWith('<svg')).toBe(true);
    expect(r.svg).not.toMatch(/<style\b/);
    expect(r.svg).not.toMatch(/\sstyle="/);
    expect(r.svg).toContain('Data');
    expect(r.svg).toContain('Model');
    expect(r.svg).not.toContain('accTitle');
  });

  it('reports a diagram it renders nearly empty, with its counts', () => {
    const r = renderMermaid('flowchart LR\n  a -->');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatch(
      /^the diagram renders nearly empty \(\d+ label\(s\), \d+ shape\(s\)\): beautiful-mermaid did not understand its syntax$/,
    );
  });

  it('answers the same source with the same result', () => {
    expect(renderMermaid(FLOW)).toBe(renderMermaid(FLOW));
  });
});

describe('renderMermaid results', () => {
  const TWO = 'flowchart LR\n  a[One] --> b[Two]';

  it('accepts a diagram with exactly two labels, and starts its SVG with the bare root element and its defs', () => {
    const r = renderMermaid(TWO);
    expect(r.ok && r.svg.split('\n').slice(0, 2)).toEqual([
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 260.806 116.9" width="260.806" height="116.9">',
      '<defs>',
    ]);
    expect(r).toMatchObject({ title: null, description: null });
  });

  it('reports a single node as nearly empty, with its exact counts', () => {
    expect(renderMermaid('flowchart LR\n  a[One]')).toEqual({
      ok: false,
      error: 'the diagram renders nearly empty (1 label(s), 3 shape(s)): beautiful-mermaid did not understand its syntax',
    });
    expect(renderMermaid('flowchart LR\n  a -->')).toEqual({
      ok: false,
      error: 'the diagram renders nearly empty (1 label(s), 3 shape(s)): beautiful-mermaid did not understand its syntax',
    });
  });

  it("passes on beautiful-mermaid's own error for a source it rejects", () => {
    expect(renderMermaid('not a diagram')).toEqual({
      ok: false,
      error: 'Invalid mermaid header: "not a diagram". Expected "graph TD", "flowchart LR", "stateDiagram-v2", etc.',
    });
    expect(renderMermaid('')).toEqual({ ok: false, error: 'Empty mermaid diagram' });
  });
});

describe('renderMermaidFile', () => {
  it('keeps the root style and the style element, minus the font import line', () => {
    const svg = renderMermaidFile('flowchart LR\n  accTitle: T\n  a[One] --> b[Two]')!;
    expect(svg.split('\n').slice(0, 3)).toEqual([
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 260.806 116.9" width="260.806" height="116.9" style="--bg:#FFFFFF;--fg:#27272A;background:var(--bg)"><title>T</title>',
      '<style>',
      "  text { font-family: 'Inter', system-ui, sans-serif; }",
    ]);
  });

  it('gives a standalone SVG with the escaped title first and no web-font import', () => {
    const svg = renderMermaidFile(FLOW)!;
    expect(svg).toMatch(/^<svg\b[^>]*><title>Data &lt;to&gt; model &amp; back<\/title>/);
    expect(svg).not.toMatch(/@import url\(/);
  });

  it('titles an untitled diagram "Diagram", and gives null for one that does not render', () => {
    expect(renderMermaidFile('flowchart LR\n  a[One] --> b[Two]')).toMatch(/^<svg\b[^>]*><title>Diagram<\/title>/);
    expect(renderMermaidFile('flowchart LR\n  a -->')).toBeNull();
  });
});
