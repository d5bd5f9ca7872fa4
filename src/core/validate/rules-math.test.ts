// checkMath and katexError: every $…$ and $$…$$ of topic intros, questions and notes must render with KaTeX (in its
// own display mode, with links, images and HTML disabled), else a math/katex error on the expression's line.
import { describe, expect, it } from 'vitest';
import { asTopicId } from '../model/index.js';
import { parseVault } from '../parse/index.js';
import { checkMath, katexError } from './rules-math.js';

const TOPIC = `---
id: "01"
title: T
difficulty: Easy
key_for: Tests
essential: false
summary: S.
---

# T

Intro $\\frac{1}{2$ and $x^2$.

## Part 1: P

### Why is $\\sqrt{2}$ irrational?
<!-- id: q-math; difficulty: easy; tags: t -->

Bad $\\notacommand{x}$ and good $a+b$.

$$
\\begin{nosuchenv} x \\end{nosuchenv}
$$

Tagged inline $x \\tag{1}$, tagged displayed:

$$
x \\tag{1}
$$

Links $\\url{a} \\url{b} \\href{c}{d}$.

**Key points**
- Bad point $\\sqrt{$.
- Good point $\\sqrt{2}$.
`;
const NOTE = '# Notes\n\nBroken $\\frac{a$ here, fine $b$ there.\n';
const TAIL = '. Use commands from katex.org/docs/supported.html.';

const vaultOf = () =>
  parseVault([
    { file: '01_A.md', source: TOPIC },
    { file: 'README.md', source: NOTE },
  ]);
const error = (file: string, line: number, message: string | ReturnType<typeof expect.stringMatching>) => ({
  file,
  line,
  code: 'math/katex',
  severity: 'error',
  message,
});

describe('katexError', () => {
  it('returns null for math that renders, inline and displayed', () => {
    expect(katexError({ tex: '\\frac{1}{2} + \\sqrt{x}', display: false })).toBeNull();
    expect(katexError({ tex: '\\sum_{i=1}^n x_i', display: true })).toBeNull();
  });

  it('returns the parse error without the "KaTeX parse error: " prefix', () => {
    expect(katexError({ tex: '\\frac{1}{2', display: false })).toBe(
      "Unexpected end of input in a macro argument, expected '}' at end of input: \\frac{1}{2",
    );
  });

  it('renders in the expression’s own mode: \\tag fails inline only', () => {
    expect(katexError({ tex: 'x \\tag{1}', display: false })).toBe('\\tag works only in display equations');
    expect(katexError({ tex: 'x \\tag{1}', display: true })).toBeNull();
  });

  it.each([
    ['\\href{https://example.com}{x}', '\\href'],
    ['\\url{https://example.com}', '\\url'],
    ['\\includegraphics{cat.png}', '\\includegraphics'],
    ['\\htmlData{foo=bar}{x}', '\\htmlData'],
    ['\\url{a} + \\url{b} + \\href{c}{d}', '\\url, \\href'],
  ])('reports %s as disabled, each command once', (tex, commands) => {
    expect(katexError({ tex, display: false })).toBe(
      `${commands} is disabled in mlprep (links, images and HTML inside math are not rendered)`,
    );
  });
});

describe('checkMath', () => {
  it('reports each failing expression of the topic intro, the questions and the notes on its line', () => {
    expect(checkMath(vaultOf())).toEqual([
      error(
        '01_A.md',
        12,
        `KaTeX cannot render $…$: Unexpected end of input in a macro argument, expected '}' at end of input: \\frac{1}{2${TAIL}`,
      ),
      error(
        '01_A.md',
        19,
        expect.stringMatching(
          /^KaTeX cannot render \$…\$: Undefined control sequence: \\notacommand at position 1: .*\. Use commands from katex\.org\/docs\/supported\.html\.$/,
        ),
      ),
      error(
        '01_A.md',
        21,
        expect.stringMatching(
          /^KaTeX cannot render \$\$…\$\$: No such environment: nosuchenv at position 7: .*\. Use commands from katex\.org\/docs\/supported\.html\.$/,
        ),
      ),
      error('01_A.md', 25, `KaTeX cannot render $…$: \\tag works only in display equations${TAIL}`),
      error(
        '01_A.md',
        31,
        `KaTeX cannot render $…$: \\url, \\href is disabled in mlprep (links, images and HTML inside math are not rendered)${TAIL}`,
      ),
      error('01_A.md', 34, expect.stringMatching(/^KaTeX cannot render \$…\$: .+\. Use commands/)),
      error(
        'README.md',
        3,
        `KaTeX cannot render $…$: Unexpected end of input in a macro argument, expected '}' at end of input: \\frac{a${TAIL}`,
      ),
    ]);
  });

  it('accepts a vault whose math all renders', () => {
    const vault = parseVault([{ file: 'README.md', source: '# N\n\n$a^2$ and\n\n$$\n\\int_0^1 x\\,dx \\tag{2}\n$$\n' }]);
    expect(vault.notes[0]?.math.length).toBe(2);
    expect(checkMath(vault)).toEqual([]);
  });

  it('names the file "?" when a question belongs to no topic of the vault', () => {
    const vault = vaultOf();
    vault.topics[0]!.parts[0]!.questions[0]!.topicId = asTopicId('99');
    expect(checkMath(vault).map((d) => `${d.file}:${d.line}`)).toEqual([
      '01_A.md:12',
      '?:19',
      '?:21',
      '?:25',
      '?:31',
      '?:34',
      'README.md:3',
    ]);
  });
});
