// Words, folding and the plain-text reading of markdown and TeX that search indexes and shows in snippets. The
// expected readings are written out: a symbol that reads wrongly in a result snippet fails here.
import { describe, expect, it } from 'vitest';
import { codeAndMath, foldText, markdownToText, MATH_CLOSE, MATH_OPEN, texToText, tokenize } from './tokenize.js';

const TEX_COMMANDS: [string, string][] = [
  ['alpha', 'α'],
  ['beta', 'β'],
  ['gamma', 'γ'],
  ['delta', 'δ'],
  ['epsilon', 'ε'],
  ['varepsilon', 'ε'],
  ['eta', 'η'],
  ['theta', 'θ'],
  ['lambda', 'λ'],
  ['mu', 'μ'],
  ['nu', 'ν'],
  ['pi', 'π'],
  ['rho', 'ρ'],
  ['sigma', 'σ'],
  ['tau', 'τ'],
  ['phi', 'φ'],
  ['varphi', 'φ'],
  ['chi', 'χ'],
  ['psi', 'ψ'],
  ['omega', 'ω'],
  ['Gamma', 'Γ'],
  ['Delta', 'Δ'],
  ['Theta', 'Θ'],
  ['Lambda', 'Λ'],
  ['Sigma', 'Σ'],
  ['Phi', 'Φ'],
  ['Omega', 'Ω'],
  ['le', '≤'],
  ['leq', '≤'],
  ['ge', '≥'],
  ['geq', '≥'],
  ['neq', '≠'],
  ['ne', '≠'],
  ['approx', '≈'],
  ['sim', '~'],
  ['cdot', '·'],
  ['times', '×'],
  ['infty', '∞'],
  ['sum', 'Σ'],
  ['prod', 'Π'],
  ['partial', '∂'],
  ['nabla', '∇'],
  ['in', '∈'],
  ['to', '→'],
  ['rightarrow', '→'],
  ['mid', '|'],
  ['pm', '±'],
  ['top', 'ᵀ'],
  ['star', '*'],
  ['int', '∫'],
  ['ldots', '…'],
  ['cdots', '⋯'],
  ['dots', '…'],
  ['propto', '∝'],
  ['forall', '∀'],
  ['exists', '∃'],
  ['subset', '⊂'],
  ['subseteq', '⊆'],
  ['cup', '∪'],
  ['cap', '∩'],
  ['ell', 'ℓ'],
  ['odot', '⊙'],
  ['otimes', '⊗'],
  ['oplus', '⊕'],
  ['succ', '≻'],
  ['succeq', '⪰'],
  ['preceq', '⪯'],
  ['gg', '≫'],
  ['ll', '≪'],
  ['leftarrow', '←'],
  ['Rightarrow', '⇒'],
  ['iff', '⇔'],
  ['mapsto', '↦'],
  ['lVert', '‖'],
  ['rVert', '‖'],
  ['Vert', '‖'],
  ['|', '‖'],
  ['langle', '⟨'],
  ['rangle', '⟩'],
  ['kappa', 'κ'],
  ['xi', 'ξ'],
  ['zeta', 'ζ'],
  ['Psi', 'Ψ'],
  ['Pi', 'Π'],
  ['log', 'log'],
  ['exp', 'exp'],
  ['min', 'min'],
  ['max', 'max'],
  ['arg', 'arg'],
  ['det', 'det'],
];
const SUPERSCRIPTS: [string, string][] = [
  ['0', '⁰'],
  ['1', '¹'],
  ['2', '²'],
  ['3', '³'],
  ['4', '⁴'],
  ['5', '⁵'],
  ['6', '⁶'],
  ['7', '⁷'],
  ['8', '⁸'],
  ['9', '⁹'],
  ['+', '⁺'],
  ['-', '⁻'],
  ['−', '⁻'],
  ['(', '⁽'],
  [')', '⁾'],
  ['n', 'ⁿ'],
  ['i', 'ⁱ'],
  ['T', 'ᵀ'],
  ['ᵀ', 'ᵀ'],
  ['t', 'ᵗ'],
  ['k', 'ᵏ'],
  ['*', '*'],
];
const SUBSCRIPTS: [string, string][] = [
  ['0', '₀'],
  ['1', '₁'],
  ['2', '₂'],
  ['3', '₃'],
  ['4', '₄'],
  ['5', '₅'],
  ['6', '₆'],
  ['7', '₇'],
  ['8', '₈'],
  ['9', '₉'],
  ['+', '₊'],
  ['-', '₋'],
  ['a', 'ₐ'],
  ['e', 'ₑ'],
  ['h', 'ₕ'],
  ['i', 'ᵢ'],
  ['j', 'ⱼ'],
  ['k', 'ₖ'],
  ['l', 'ₗ'],
  ['m', 'ₘ'],
  ['n', 'ₙ'],
  ['o', 'ₒ'],
  ['p', 'ₚ'],
  ['r', 'ᵣ'],
  ['s', 'ₛ'],
  ['t', 'ₜ'],
  ['u', 'ᵤ'],
  ['v', 'ᵥ'],
  ['x', 'ₓ'],
];

describe('foldText and tokenize', () => {
  it('lower-cases, strips diacritics from any script, and splits on everything but letters and digits', () => {
    expect(foldText('Café NAÏVE Ångström')).toBe('cafe naive angstrom');
    expect(foldText('ASCII Only')).toBe('ascii only');
    expect(tokenize('Naïve-Bayes, k=3 (Müller 2019); ΣΔ_x')).toEqual(['naive', 'bayes', 'k', '3', 'muller', '2019', 'σδ', 'x']);
    expect(tokenize(' \t--- ')).toEqual([]);
  });
});

describe('texToText', () => {
  it.each(TEX_COMMANDS)('reads \\%s as %s', (command, text) => {
    expect(texToText(`\\${command}`)).toBe(text);
  });

  it.each(SUPERSCRIPTS)('reads x^{%s} as a superscript %s, braced or not', (c, text) => {
    expect(texToText(`x^{${c}}`)).toBe(`x${text}`);
    if (c !== '(' && c !== ')') expect(texToText(`x^${c}`)).toBe(`x${text}`);
  });

  it.each(SUBSCRIPTS)('reads x_{%s} as a subscript %s, braced or not', (c, text) => {
    expect(texToText(`x_{${c}}`)).toBe(`x${text}`);
    expect(texToText(`x_${c}`)).toBe(`x${text}`);
  });

  it('falls back to ^(…) and _… when a character has no Unicode script form', () => {
    expect(texToText('x^{ab}')).toBe('x^(ab)');
    expect(texToText('x^y')).toBe('x^y');
    expect(texToText('x_b')).toBe('x_b');
    expect(texToText('x_{bc}')).toBe('x_(bc)');
    expect(texToText('x^{n+1}')).toBe('xⁿ⁺¹');
    expect(texToText('w^\\top x')).toBe('wᵀ x');
    expect(texToText('W^{\\top}')).toBe('Wᵀ');
  });

  it('reads blackboard letters, and keeps a letter it has no symbol for', () => {
    expect(['R', 'E', 'N', 'Z', 'Q', 'C', 'P', 'A'].map((c) => texToText(`\\mathbb{${c}}`))).toEqual([
      'ℝ',
      '𝔼',
      'ℕ',
      'ℤ',
      'ℚ',
      'ℂ',
      'ℙ',
      'A',
    ]);
    expect(texToText('x \\in \\mathbb R^n')).toBe('x ∈ ℝⁿ');
  });

  it('drops sizing and font commands but keeps their argument', () => {
    expect(texToText('\\left( x \\right)')).toBe('(x)');
    expect(texToText('\\Big[ a \\Big]')).toBe('[ a ]');
    expect(texToText('\\mathrm{d}x + \\hat{y} + \\mathbf{W} + \\operatorname{softmax}(z)')).toBe('dx + y + W + softmax(z)');
    expect(texToText('\\unknowncommand a')).toBe('a');
    expect(texToText('a\\,b\\;c\\!d')).toBe('a b c d');
  });

  it('reads fractions and roots inside out, in parentheses when a part is more than one symbol', () => {
    expect(texToText('\\frac{a}{b}')).toBe('a/b');
    expect(texToText('\\frac{a+b}{2}')).toBe('(a+b)/2');
    expect(texToText('\\frac {1} {n}')).toBe('1/n');
    expect(texToText('\\frac{1}{\\sqrt{n}}')).toBe('1/√n');
    expect(texToText('\\sqrt{\\frac{2}{\\pi}}')).toBe('√(2/π)');
    expect(texToText('x^{\\frac{1}{2}}')).toBe('x^(1/2)');
    expect(texToText('{{\\frac{a}{b}}}')).toBe('a/b');
    expect(texToText('\\frac{{a}}{b}')).toBe('a/b');
    expect(texToText('\\sqrt{x_1^2 + x_2^2}')).toBe('√(x₁² + x₂²)');
  });

  it('tidies spaces: none before closing marks and scripts, none after an opening parenthesis', () => {
    expect(texToText('f ( x ) , g')).toBe('f(x), g');
    expect(texToText('a   \\cdot   b')).toBe('a · b');
    expect(texToText('x ^{2} + y _i')).toBe('x² + yᵢ');
  });
});

describe('markdownToText', () => {
  it('drops comments, code, display math and markup, and reads inline math between markers', () => {
    const md = [
      'Intro <!-- hidden\nnote --> text with \\$5 and $\\alpha^2$.',
      '```python',
      'secret_code = 1',
      '```',
      '~~~',
      'tilde_code',
      '~~~',
      '$$',
      'display_math',
      '$$',
      '> quoted *em* __strong__ # h {braces}',
    ].join('\n');
    expect(markdownToText(md)).toBe(`Intro text with $5 and ${MATH_OPEN}α²${MATH_CLOSE}. quoted em strong h braces`);
  });

  it('keeps the words of links and wikilinks, not their targets', () => {
    expect(markdownToText('[[target|the alias]] [[03_Stats#^p-value]] [[plain]] [text](https://example.org/x)')).toBe(
      'the alias p-value plain text',
    );
  });
});

describe('codeAndMath', () => {
  it('collects code blocks, then TeX in text order without backslashes, and nothing from the prose', () => {
    const md = 'Prose $\\eta$ more\n```\nnp.dot(a, b)\n```\n$$\\sum_i x_i$$ end';
    expect(codeAndMath(md)).toBe('np.dot(a, b) eta sum_i x_i');
    expect(codeAndMath('just prose')).toBe('');
  });
});
