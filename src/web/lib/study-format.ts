// Small text helpers for the study views. Pure.

/**
 * A catalog title as plain text: the dashboard and queue carry titles in markdown, so inline math keeps its
 * delimiters ("the matrix $A$"). Drop `$…$` and `$$…$$` delimiters and backslash commands' backslashes enough
 * to read ("the matrix A"); the rendered title appears on the question's own page.
 */
export function plainTitle(title: string): string {
  return title
    .replace(/\${1,2}([^$]+)\${1,2}/g, '$1') // $x$ or $$x$$ -> x
    .replace(/\\([a-zA-Z]+)/g, '$1') // \lambda -> lambda
    .replace(/[{}]/g, '');
}

/** The link to review a list of questions, e.g. the weakest ones. */
export function reviewHref(scope: string): string {
  return scope === 'all' || scope === '' ? '/review' : `/review?scope=${encodeURIComponent(scope)}`;
}

/**
 * A rendered list item as inline HTML for a checkbox label (a <label> may hold only phrasing content): one
 * wrapping paragraph is unwrapped; anything with several paragraphs is returned as is.
 */
export function unwrapParagraph(html: string): string {
  const m = /^<p>([\s\S]*)<\/p>$/.exec(html.trim());
  return m && !m[1]!.includes('<p>') ? m[1]! : html;
}
