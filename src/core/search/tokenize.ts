// Word splitting shared by the search index, the typo vocabulary and match highlighting, so that all three
// agree on what a word is: a run of letters or digits, lower-cased, with diacritics removed. Isomorphic.

/**
 *   [\p{L}\p{N}]+   letters or digits of any script, one or more
 */
const WORD = /[\p{L}\p{N}]+/gu;
/** Combining marks left by NFKD decomposition (é -> e + U+0301). */
const MARKS = /\p{M}/gu;

/** Anything outside ASCII: only such text needs the (slow) NFKD pass. */
const NON_ASCII = /[^\u0000-\u007f]/;

export function foldText(text: string): string {
  return NON_ASCII.test(text) ? text.normalize('NFKD').replace(MARKS, '').toLowerCase() : text.toLowerCase();
}

export function tokenize(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}

/** Markdown -> searchable text: keeps words, drops markup. A regex pass, not a parse: it runs over 100x
 *  collections in the benchmark, and search only needs the words. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/\\\$/g, '\uE000') // an escaped dollar is a price, not math: park it, restore it below
    .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, ' ') // fenced code: indexed apart, see codeAndMath
    .replace(/\$\$[\s\S]*?\$\$/g, ' ') // display math: idem
    .replace(/\$([^$\n]+)\$/g, (_m, tex: string) => texToText(tex)) // inline math: readable text in snippets
    .replace(/\[\[([^\]|]*?)\|([^\]]*?)\]\]/g, '$2') // [[target|alias]] -> alias
    .replace(/\[\[([^\]]*?)\]\]/g, (_m, t: string) => t.replace(/^.*[#^]/, '')) // [[file#^id]] -> id
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // [text](url) -> text
    .replace(/[`*_#>$\\{}]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\uE000/g, '$')
    .trim();
}

const TEX_SYMBOLS: Record<string, string> = {
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  varepsilon: 'ε',
  eta: 'η',
  theta: 'θ',
  lambda: 'λ',
  mu: 'μ',
  nu: 'ν',
  pi: 'π',
  rho: 'ρ',
  sigma: 'σ',
  tau: 'τ',
  phi: 'φ',
  varphi: 'φ',
  chi: 'χ',
  psi: 'ψ',
  omega: 'ω',
  Gamma: 'Γ',
  Delta: 'Δ',
  Theta: 'Θ',
  Lambda: 'Λ',
  Sigma: 'Σ',
  Phi: 'Φ',
  Omega: 'Ω',
  le: '≤',
  leq: '≤',
  ge: '≥',
  geq: '≥',
  neq: '≠',
  ne: '≠',
  approx: '≈',
  sim: '~',
  cdot: '·',
  times: '×',
  infty: '∞',
  sum: 'Σ',
  prod: 'Π',
  partial: '∂',
  nabla: '∇',
  in: '∈',
  to: '→',
  rightarrow: '→',
  mid: '|',
  pm: '±',
  top: 'ᵀ',
  star: '*',
  log: 'log',
  exp: 'exp',
  min: 'min',
  max: 'max',
  arg: 'arg',
  det: 'det',
};

/** Inline TeX as plain text for snippets: `\eta \le 1/L` -> `η ≤ 1/L`. Unknown commands are dropped. */
export function texToText(tex: string): string {
  return tex
    .replace(/\\(?:mathrm|mathbf|mathbb|mathcal|operatorname|text|textbf|boldsymbol|hat|bar|tilde|vec)\s*/g, '')
    .replace(/\\([a-zA-Z]+)/g, (_m, name: string) => TEX_SYMBOLS[name] ?? '')
    .replace(/[{}]|\\[,;:! ]|\^|_/g, '')
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
