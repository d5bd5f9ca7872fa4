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

/** A query word's match key: its first letters, so `gradients` also marks `gradient` (a crude stemmer that
 *  agrees with FTS5's porter stemmer on plurals and -ing/-ed forms often enough for highlighting). */
export function matchKey(word: string): string {
  return word.length <= 4 ? word : word.slice(0, Math.max(4, word.length - 3));
}

const WORD_SPLIT = /([\p{L}\p{N}]+)/u;
const fold = (w: string) => w.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const escapeRegExp = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Escaped `text` with every word that starts with one of `keys` wrapped in <mark>. Meant for short text. */
export function markWords(text: string, keys: readonly string[]): string {
  return text
    .split(WORD_SPLIT)
    .map((piece, i) =>
      i % 2 === 1 && keys.some((k) => fold(piece).startsWith(k)) ? `<mark>${escapeHtml(piece)}</mark>` : escapeHtml(piece),
    )
    .join('');
}

/**
 * About `chars` characters of `text` around its first word that starts with one of `keys`, marked. Made in
 * JS for the few results shown: FTS5's snippet() re-tokenizes each whole answer, which cost most of a
 * query's time. One regex scan finds the first match; only the window is split into words.
 */
export function makeSnippet(text: string, keys: readonly string[], chars = 160): string {
  const wanted = keys.filter(Boolean).map(escapeRegExp);
  //   (?<![\p{L}\p{N}])   at the start of a word
  //   (?:k1|k2|…)         one of the match keys (case-insensitive)
  const at = wanted.length > 0 ? text.search(new RegExp(`(?<![\\p{L}\\p{N}])(?:${wanted.join('|')})`, 'iu')) : -1;
  let from = Math.max(0, (at < 0 ? 0 : at) - Math.floor(chars / 3));
  let to = Math.min(text.length, from + chars);
  // Widen to whole words.
  while (from > 0 && /[\p{L}\p{N}]/u.test(text[from - 1]!)) from--;
  while (to < text.length && /[\p{L}\p{N}]/u.test(text[to]!)) to++;
  return `${from > 0 ? '…' : ''}${markWords(text.slice(from, to).trim(), keys)}${to < text.length ? '…' : ''}`;
}
