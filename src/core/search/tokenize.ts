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

/** Private-use characters around each inline formula in SearchDoc.body: not letters, so never indexed. */
export const MATH_OPEN = '\uE001';
export const MATH_CLOSE = '\uE002';

/** Markdown -> searchable text: keeps words, drops markup. A regex pass, not a parse: it runs over 100x
 *  collections in the benchmark, and search only needs the words. */
export function markdownToText(markdown: string): string {
  return (
    markdown
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/\\\$/g, '\uE000') // an escaped dollar is a price, not math: park it, restore it below
      .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, ' ') // fenced code: indexed apart, see codeAndMath
      .replace(/\$\$[\s\S]*?\$\$/g, ' ') // display math: idem
      // Inline math: readable text, fenced by MATH_OPEN/MATH_CLOSE so a snippet never cuts inside it (highlight.ts).
      .replace(/\$([^$\n]+)\$/g, (_m, tex: string) => `${MATH_OPEN}${texToText(tex)}${MATH_CLOSE}`)
      .replace(/\[\[([^\]|]*?)\|([^\]]*?)\]\]/g, '$2') // [[target|alias]] -> alias
      .replace(/\[\[([^\]]*?)\]\]/g, (_m, t: string) => t.replace(/^.*[#^]/, '')) // [[file#^id]] -> id
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // [text](url) -> text
      .replace(/[`*_#>$\\{}]/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/\uE000/g, '$')
      .trim()
  );
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
  int: '∫',
  ldots: '…',
  cdots: '⋯',
  dots: '…',
  propto: '∝',
  forall: '∀',
  exists: '∃',
  subset: '⊂',
  subseteq: '⊆',
  cup: '∪',
  cap: '∩',
  ell: 'ℓ',
  odot: '⊙',
  otimes: '⊗',
  oplus: '⊕',
  succ: '≻',
  succeq: '⪰',
  preceq: '⪯',
  gg: '≫',
  ll: '≪',
  leftarrow: '←',
  Rightarrow: '⇒',
  iff: '⇔',
  mapsto: '↦',
  lVert: '‖',
  rVert: '‖',
  Vert: '‖',
  '|': '‖',
  langle: '⟨',
  rangle: '⟩',
  kappa: 'κ',
  xi: 'ξ',
  zeta: 'ζ',
  Psi: 'Ψ',
  Pi: 'Π',
  log: 'log',
  exp: 'exp',
  min: 'min',
  max: 'max',
  arg: 'arg',
  det: 'det',
};

const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '+': '⁺',
  '-': '⁻',
  '−': '⁻',
  '(': '⁽',
  ')': '⁾',
  n: 'ⁿ',
  i: 'ⁱ',
  T: 'ᵀ',
  ᵀ: 'ᵀ',
  t: 'ᵗ',
  k: 'ᵏ',
  '*': '*',
};
const SUBSCRIPT: Record<string, string> = {
  '0': '₀',
  '1': '₁',
  '2': '₂',
  '3': '₃',
  '4': '₄',
  '5': '₅',
  '6': '₆',
  '7': '₇',
  '8': '₈',
  '9': '₉',
  '+': '₊',
  '-': '₋',
  a: 'ₐ',
  e: 'ₑ',
  h: 'ₕ',
  i: 'ᵢ',
  j: 'ⱼ',
  k: 'ₖ',
  l: 'ₗ',
  m: 'ₘ',
  n: 'ₙ',
  o: 'ₒ',
  p: 'ₚ',
  r: 'ᵣ',
  s: 'ₛ',
  t: 'ₜ',
  u: 'ᵤ',
  v: 'ᵥ',
  x: 'ₓ',
};
const BLACKBOARD: Record<string, string> = { R: 'ℝ', E: '𝔼', N: 'ℕ', Z: 'ℤ', Q: 'ℚ', C: 'ℂ', P: 'ℙ' };

/** `x` as Unicode super/subscript characters when each has one, else `^(x)` / `_x` (still readable). */
function script(x: string, table: Record<string, string>, mark: '^' | '_'): string {
  const chars = [...x.trim()];
  if (chars.length > 0 && chars.every((c) => table[c] !== undefined)) return chars.map((c) => table[c]).join('');
  // The fallback's ^ and _ are parked as private-use characters so the later single-character pass leaves them.
  const parked = mark === '^' ? '\uE010' : '\uE011';
  return chars.length === 1 ? `${parked}${x.trim()}` : `${parked}(${x.trim()})`;
}

/**
 * Inline TeX as plain text for snippets: `\eta \le 1/L` -> `η ≤ 1/L`, `x^{-1}` -> `x⁻¹`, `\frac{a}{b}` ->
 * `a/b`, `\mathbb{E}` -> `𝔼`. Unknown commands are dropped. Braces are resolved innermost first.
 */
export function texToText(tex: string): string {
  let s = tex
    .replace(/\^\s*\\top(?![a-zA-Z])/g, 'ᵀ')
    .replace(/\\(?:left|right|big|Big|bigg|Bigg)(?![a-zA-Z])/g, '')
    .replace(/\\mathbb\s*\{?([A-Z])\}?/g, (_m, c: string) => BLACKBOARD[c] ?? c)
    .replace(/\\(?:mathrm|mathbf|mathcal|mathit|operatorname|text|textbf|textit|boldsymbol|hat|bar|tilde|vec|widehat|overline)\s*/g, '')
    .replace(/\\([a-zA-Z]+|\|)/g, (_m, name: string) => (name === 'frac' || name === 'sqrt' ? `\\${name}` : `${TEX_SYMBOLS[name] ?? ''} `))
    .replace(/ +([\^_(\[])/g, '$1')
    .replace(/\\[,;:! ]/g, ' ');
  //   \\frac\{([^{}]*)\}\{([^{}]*)\}   a fraction whose numerator and denominator hold no more braces
  //   \\sqrt\{([^{}]*)\}               a square root, idem
  //   ([\^_])\{([^{}]*)\}               a braced super/subscript, idem
  //   (?<![\^_}]|\\frac\s*|\\sqrt\s*)    not right after ^, _, }, \frac or \sqrt (their arguments wait)
  for (let guard = 0; guard < 8 && /[{}]/.test(s); guard++) {
    const before = s;
    s = s
      .replace(/\\frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}/g, (_m, a: string, b: string) => `${wrap(a)}/${wrap(b)}`)
      .replace(/\\sqrt\s*\{([^{}]*)\}/g, (_m, a: string) => `√${wrap(a)}`)
      .replace(/([\^_])\{([^{}]*)\}/g, (_m, k: string, x: string) => script(x, k === '^' ? SUPERSCRIPT : SUBSCRIPT, k as '^' | '_'))
      // A plain group, unless it is the argument of a \frac, a \sqrt or a script still to be read next pass.
      .replace(/(?<![\^_}]|\\frac\s*|\\sqrt\s*)\{([^{}]*)\}/g, '$1');
    if (s === before) break;
  }
  return s
    .replace(/\\(?:frac|sqrt)/g, '')
    .replace(/\^(\S)/g, (_m, c: string) => script(c, SUPERSCRIPT, '^'))
    .replace(/_(\S)/g, (_m, c: string) => script(c, SUBSCRIPT, '_'))
    .replace(/[{}]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:)⁻⁺¹²³ᵀ])/g, '$1')
    .replace(/\(\s+/g, '(')
    .replace(/\uE010/g, '^')
    .replace(/\uE011/g, '_')
    .trim();
}

/** A fraction's part in parentheses when it is more than one symbol: \frac{a+b}{2} -> (a+b)/2. */
function wrap(x: string): string {
  const t = x.trim();
  return /^√?[\p{L}\p{N}.]+$/u.test(t) || t.length <= 1 ? t : `(${t})`;
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
