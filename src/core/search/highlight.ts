// Match highlighting for search results: escapes text for HTML and wraps matched words in <mark>; snippets
// keep inline formulas whole (<span class="math">). Text is escaped piece by piece before any tag is added, so
// the output can hold no markup but <mark> and that span. Isomorphic.

import { foldText as fold, MATH_CLOSE, MATH_OPEN } from './tokenize.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** A query word's match key: its first letters, so `gradients` also marks `gradient` (a crude stemmer that
 *  agrees with the search's own stemmer on plurals and -ing/-ed forms often enough for highlighting). */
export function matchKey(word: string): string {
  return word.length <= 4 ? word : word.slice(0, Math.max(4, word.length - 3));
}

const WORD_SPLIT = /([\p{L}\p{N}]+)/u;
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

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Index of the first word of `text` that starts with one of `keys` (lower-case), or -1. indexOf on the
 *  lower-cased text: a Unicode regex over every answer cost more than the whole ranking. */
function firstMatch(text: string, keys: readonly string[]): number {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) {
    // A rare case mapping changed the length (İ -> i̇): positions would drift, so use the slow exact scan.
    const wanted = keys.filter(Boolean).map(escapeRegExp);
    return wanted.length > 0 ? text.search(new RegExp(`(?<![\\p{L}\\p{N}])(?:${wanted.join('|')})`, 'iu')) : -1;
  }
  let best = -1;
  for (const key of keys) {
    if (!key) continue;
    let at = lower.indexOf(key);
    while (at > 0 && isWordChar(lower[at - 1])) at = lower.indexOf(key, at + 1);
    if (at >= 0 && (best < 0 || at < best)) best = at;
  }
  return best;
}

/** A formula longer than this is left out of a snippet rather than cut. */
const MAX_FORMULA = 90;

/**
 * About `chars` characters of `text` around its first word that starts with one of `keys`, escaped, with
 * the matches in <mark> and inline formulas (fenced by MATH_OPEN/MATH_CLOSE in SearchDoc.body) in
 * <span class="math">. The window never cuts a word or a formula: it widens to take a whole formula, or
 * stops before one longer than MAX_FORMULA. Made in JS for the shown page only.
 */
export function makeSnippet(text: string, keys: readonly string[], chars = 160): string {
  const at = firstMatch(text, keys);
  let from = Math.max(0, (at < 0 ? 0 : at) - Math.floor(chars / 3));
  let to = Math.min(text.length, from + chars);
  while (from > 0 && isWordChar(text[from - 1])) from--;
  while (to < text.length && isWordChar(text[to])) to++;
  // Inside a formula when the last opening fence before the cut comes after the last closing one.
  const openBeforeFrom = text.lastIndexOf(MATH_OPEN, from - 1);
  if (from > 0 && openBeforeFrom > text.lastIndexOf(MATH_CLOSE, from - 1)) {
    const close = text.indexOf(MATH_CLOSE, from);
    from = close - openBeforeFrom <= MAX_FORMULA ? openBeforeFrom : close + 1;
  }
  const openBeforeTo = text.lastIndexOf(MATH_OPEN, to - 1);
  if (openBeforeTo >= from && openBeforeTo > text.lastIndexOf(MATH_CLOSE, to - 1)) {
    const close = text.indexOf(MATH_CLOSE, to);
    to = close >= 0 && close - openBeforeTo <= MAX_FORMULA ? close + 1 : openBeforeTo;
  }
  from = Math.min(from, to);
  const html = markWords(text.slice(from, to).trim(), keys)
    .replace(/\uE001/g, '<span class="math">')
    .replace(/\uE002/g, '</span>');
  return `${from > 0 ? '…' : ''}${html}${to < text.length ? '…' : ''}`;
}
