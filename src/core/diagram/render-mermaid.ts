// A ```mermaid block -> a themeable SVG string, with beautiful-mermaid (renders without a DOM; `mermaid` itself
// needs a browser or Node 22). Three things beautiful-mermaid does that the app cannot take as they are:
//   - it reads `accTitle:` / `accDescr:` lines of a flowchart as nodes: they are taken out here and become the
//     diagram's accessible name instead;
//   - its <style> elements (an @import of Google Fonts, the colour variables derived from --bg/--fg, the xychart
//     rules) and the root `style` attribute are removed: the app's strict CSP forbids inline styles, and the same
//     variables are defined by the app's stylesheet (src/web/styles/diagrams.css), so the diagram follows the theme;
//   - it renders syntax it does not understand silently (`flowchart LR\n a -->` gives an almost empty SVG): an
//     output with fewer than two labels or two shapes is reported as an error.
// Isomorphic: beautiful-mermaid is pure JavaScript.

import { renderMermaidSVG } from 'beautiful-mermaid';

export type MermaidResult = { ok: true; svg: string; title: string | null; description: string | null } | { ok: false; error: string };

/**
 *   ^\s*            leading indentation
 *   acc(Title|Descr)  the accessibility keyword, remembered
 *   \s*:\s*         a colon with optional spaces
 *   (.*?)\s*$       the text, trimmed
 */
const ACC_LINE = /^\s*acc(Title|Descr)\s*:\s*(.*?)\s*$/;
/** Shapes a rendered diagram draws its nodes and edges with. */
const SHAPES = /<(?:rect|polygon|polyline|circle|ellipse|path|line)\b/g;
const TEXTS = /<text\b/g;
/** `<style>…</style>`, lazily up to the first close tag. */
const STYLE_ELEMENT = /<style\b[^>]*>[\s\S]*?<\/style>\s*/g;
/** The root element's ` style="…"` (only the svg root carries one). */
const STYLE_ATTRIBUTE = /\sstyle="[^"]*"/g;

/**
 * A self-contained SVG file of the diagram for outputs without our stylesheet (Anki media, shown through <img>,
 * which loads nothing and runs nothing): beautiful-mermaid's own light colours and styles, minus the web-font
 * @import, with the accTitle as its <title>. Null when the diagram does not render.
 */
export function renderMermaidFile(source: string): string | null {
  const r = renderMermaid(source);
  if (!r.ok) return null;
  const { body } = splitAccessibility(source);
  const svg = renderMermaidSVG(body).replace(/\s*@import url\([^)]*\);?/g, '');
  const title = (r.title ?? 'Diagram').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return svg.replace(/^(<svg\b[^>]*>)/, `$1<title>${title}</title>`);
}

/** The `accTitle:` and `accDescr:` lines of a diagram and its source without them. */
export function splitAccessibility(source: string): { body: string; title: string | null; description: string | null } {
  let title: string | null = null;
  let description: string | null = null;
  const kept: string[] = [];
  for (const line of source.split('\n')) {
    const m = ACC_LINE.exec(line);
    if (!m) kept.push(line);
    else if (m[1] === 'Title') title = m[2] || null;
    else description = m[2] || null;
  }
  return { body: kept.join('\n'), title, description };
}

/** Validation and rendering both ask for each diagram; the collection's diagrams fit well under the cap. */
const memo = new Map<string, MermaidResult>();
const MEMO_CAP = 1000;

export function renderMermaid(source: string): MermaidResult {
  let r = memo.get(source);
  if (!r) {
    r = renderUncached(source);
    if (memo.size >= MEMO_CAP) memo.clear();
    memo.set(source, r);
  }
  return r;
}

function renderUncached(source: string): MermaidResult {
  const { body, title, description } = splitAccessibility(source);
  let svg: string;
  try {
    svg = renderMermaidSVG(body);
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  const shapes = svg.match(SHAPES)?.length ?? 0;
  const texts = svg.match(TEXTS)?.length ?? 0;
  if (texts < 2 || shapes < 2)
    return {
      ok: false,
      error: `the diagram renders nearly empty (${texts} label(s), ${shapes} shape(s)): beautiful-mermaid did not understand its syntax`,
    };
  return { ok: true, svg: svg.replace(STYLE_ELEMENT, '').replace(STYLE_ATTRIBUTE, ''), title, description };
}
