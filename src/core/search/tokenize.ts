// Word splitting shared by the search index, the typo vocabulary and match highlighting, so that all three
// agree on what a word is: a run of letters or digits, lower-cased, with diacritics removed. Isomorphic.

/**
 *   [\p{L}\p{N}]+   letters or digits of any script, one or more
 */
const WORD = /[\p{L}\p{N}]+/gu;
/** Combining marks left by NFKD decomposition (é -> e + U+0301). */
const MARKS = /\p{M}/gu;

export function foldText(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

export function tokenize(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}

/** Markdown -> searchable text: keeps words, drops markup. A regex pass, not a parse: it runs over 100x
 *  collections in the benchmark, and search only needs the words. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, ' ') // fenced code: indexed apart, see codeAndMath
    .replace(/\$\$[\s\S]*?\$\$|\$[^$\n]+\$/g, ' ') // math: idem
    .replace(/\[\[([^\]|]*?)\|([^\]]*?)\]\]/g, '$2') // [[target|alias]] -> alias
    .replace(/\[\[([^\]]*?)\]\]/g, (_m, t: string) => t.replace(/^.*[#^]/, '')) // [[file#^id]] -> id
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // [text](url) -> text
    .replace(/[`*_#>$\\{}]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The code blocks and TeX of a fragment: indexed in a low-weight column of their own, so that a search for
 *  `eigvalsh` finds the question while result snippets stay readable prose. */
export function codeAndMath(markdown: string): string {
  const out: string[] = [];
  for (const m of markdown.matchAll(/^(`{3,}|~{3,})[^\n]*\n([\s\S]*?)^\1[ \t]*$/gm)) out.push(m[2] ?? '');
  const prose = markdown.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, ' ');
  for (const m of prose.matchAll(/\$\$([\s\S]*?)\$\$|\$([^$\n]+)\$/g)) out.push(m[1] ?? m[2] ?? '');
  return out.join(' ').replace(/\\/g, ' ').replace(/\s+/g, ' ').trim();
}
