// A light English stemmer used only to group word forms of the vocabulary ("gradients" with "gradient",
// "regularise" with "regularization"). The index stores surface words; a query word matches its own form
// fully and its stem siblings a little less, so the stemmer's mistakes cost rank, never recall or precision
// of exact matches. Hand-written (about 30 lines) because a Porter package would conflate too much:
// Porter maps "reinforce" and "reinforcement" together, which is what made "REINFORCE baseline" noisy.
// Invariant: stem(w) is a prefix-like reduction of w, deterministic, and never shorter than 3 letters.
// Isomorphic.

/** Suffix rules, tried in order; the first that leaves 3+ letters before the suffix applies (see stem()). */
const RULES: readonly [suffix: string, replacement: string][] = [
  ['izations', 'iz'],
  ['isations', 'iz'],
  ['ization', 'iz'],
  ['isation', 'iz'],
  ['izing', 'iz'],
  ['ising', 'iz'],
  ['ized', 'iz'],
  ['ised', 'iz'],
  ['izes', 'iz'],
  ['ises', 'iz'],
  ['ize', 'iz'],
  ['ise', 'iz'],
  ['ations', 'at'],
  ['ation', 'at'],
  ['ating', 'at'],
  ['ated', 'at'],
  ['ates', 'at'],
  ['ate', 'at'],
  ['ies', 'y'],
  ['sses', 'ss'],
  ['ing', ''],
  ['ed', ''],
  ['es', 'e'],
  ['s', ''],
];
/** Endings that look plural but are not: "loss", "bias", "focus", "analysis". */
const KEEP = /(?:ss|us|is|ys)$/;

export function stem(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word;
  if (KEEP.test(word)) return word;
  for (const [suffix, replacement] of RULES) {
    // At least 3 letters before the suffix; 2 for -sses, whose stem keeps the ss ("losses" -> "loss").
    if (word.endsWith(suffix) && word.length - suffix.length >= (suffix === 'sses' ? 2 : 3)) {
      const base = word.slice(0, word.length - suffix.length);
      // "-ing"/"-ed" need a vowel in what remains ("sing" and "red" are words, not forms).
      if ((suffix === 'ing' || suffix === 'ed') && !/[aeiouy]/.test(base)) continue;
      return base + replacement;
    }
  }
  return word;
}
