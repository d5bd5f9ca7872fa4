// Match highlighting for search results: escapes text for HTML and wraps matched words in <mark>. FTS5's
// snippet() marks matches with control characters \u0001 … \u0002 (they never occur in content), which are
// turned into tags only after escaping, so the output can hold no markup but <mark>. Isomorphic.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** FTS5 output with \u0001/\u0002 markers -> escaped HTML with <mark>. Unbalanced markers are dropped. */
export function markersToHtml(text: string): string {
  let open = false;
  let out = '';
  for (const part of text.split(/([\u0001\u0002])/)) {
    if (part === '\u0001') {
      if (!open) out += '<mark>';
      open = true;
    } else if (part === '\u0002') {
      if (open) out += '</mark>';
      open = false;
    } else out += escapeHtml(part);
  }
  return open ? `${out}</mark>` : out;
}
