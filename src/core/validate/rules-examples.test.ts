// The example-assert lint: table-driven blocks that must and must not be flagged.
import { describe, expect, it } from 'vitest';
import { asTopicId } from '../model/index.js';
import { parseVault } from '../parse/index.js';
import { checkExampleBlock, checkExamples } from './rules-examples.js';

const lint = (code: string) => checkExampleBlock('t.md', { lang: 'python', code, line: 10 }).map((d) => [d.line, d.code]);

describe('checkExampleBlock', () => {
  it.each([
    ['x == x', 'x = 3\nassert x == x\n', 12],
    ['spaces differ', 'assert f(a,b)  ==  f(a, b), "same"\n', 11],
    ['np.allclose(a, a)', 'assert np.allclose(w @ x, w@x, atol=1e-8)\n', 11],
    ['np.testing helper', 'np.testing.assert_allclose(v, v)\n', 11],
    ['an identity through assignments', 'Q = R + g * P @ V\nA = Q - V\nE = R + g * P @ V - V\nassert np.allclose(E, A)\n', 14],
    ['a multi-line assert', 'assert (\n    total\n    == total\n)\n', 11],
  ])('flags %s', (_name, code, line) => {
    expect(lint(code)).toEqual([[line, 'example/trivial-assert']]);
  });

  it('flags a block whose asserts only check types, once, on the first assert', () => {
    expect(lint('y = f(x)\nassert isinstance(y, float)\nassert type(z) == int and isinstance(w, list)\n')).toEqual([
      [12, 'example/trivial-assert'],
    ]);
  });

  it.each([
    ['a real comparison', 'assert f(2) == 4\n'],
    ['different dictionary keys', 'assert d["a", 1] > d["b", 1]\n'],
    [
      'a value changed in place after its definition',
      'H = np.zeros(3)\nF = np.zeros(3)\nfor i in range(3):\n    H[i] = i\n    F[i] = i\nassert np.allclose(H, F)\n',
    ],
    ['an accumulator', 'F = np.zeros(3)\nG = np.zeros(3)\nF += 1\nassert not np.allclose(F, G)\n'],
    ['a type check next to a value check', 'assert isinstance(y, float)\nassert abs(y - 0.5) < 1e-9\n'],
    ['the same text inside a string', 'assert msg == "a == a"\n'],
    ['a block without asserts', 'print(1)\n'],
  ])('accepts %s', (_name, code) => {
    expect(lint(code)).toEqual([]);
  });
});

describe('checkExamples', () => {
  const block = (info: string) => `\`\`\`${info}\nassert x == x\n\`\`\``;
  const source = [
    '---\nid: "01"\ntitle: T\ndifficulty: Easy\nkey_for: Tests\nessential: false\nsummary: S.\n---\n\n# T\n',
    block('python'), // intro block: fence on line 12
    '## Part 1: P\n\n### Q\n<!-- id: q-one; difficulty: easy; tags: t -->\n',
    block('python'), // fence on line 20
    block('python no-run="needs a GPU"'),
    block('py'),
    block('text'),
    '**Key points**\n- One.\n- Two.\n',
  ].join('\n');

  it('lints the running python blocks of topic intros and questions, in the topic file', () => {
    expect(checkExamples(parseVault([{ file: '01_A.md', source }])).map((d) => [d.file, d.line, d.code, d.severity])).toEqual([
      ['01_A.md', 13, 'example/trivial-assert', 'error'],
      ['01_A.md', 21, 'example/trivial-assert', 'error'],
    ]);
  });

  it('names the file "?" when a question belongs to no topic of the vault', () => {
    const vault = parseVault([{ file: '01_A.md', source }]);
    vault.topics[0]!.parts[0]!.questions[0]!.topicId = asTopicId('99');
    expect(checkExamples(vault).map((d) => `${d.file}:${d.line}`)).toEqual(['01_A.md:13', '?:21']);
  });
});

describe('checkExampleBlock messages', () => {
  it('says why each kind of trivial assert can never fail', () => {
    expect(checkExampleBlock('t.md', { lang: 'python', code: 'assert x == x\n', line: 4 })).toEqual([
      {
        file: 't.md',
        line: 5,
        code: 'example/trivial-assert',
        severity: 'error',
        message:
          'This assert compares an expression with itself, so it can never fail. Compare against an independently computed or known value.',
      },
    ]);
    expect(checkExampleBlock('t.md', { lang: 'python', code: 'assert isinstance(y, float)\n', line: 4 })).toEqual([
      {
        file: 't.md',
        line: 5,
        code: 'example/trivial-assert',
        severity: 'error',
        message:
          'Every assert in this block only checks a type, so it passes whatever the values are. Assert a value, a shape or a property the code must have.',
      },
    ]);
  });
});

describe('checkExampleBlock, statement reading', () => {
  it.each([
    ['a trailing comment', 'assert x == x  # obviously\n', 11],
    ['a backslash continuation', 'assert total == \\\n    total\n', 11],
    ['a message after the comma', 'assert x == x, f"x is {x}"\n', 11],
    ['the same dictionary key', "assert d['k'] == d['k']\n", 11],
    ['a parenthesized comparison', 'assert (a <= a)\n', 11],
    ['is not', 'assert a is not a\n', 11],
    ['is', 'y = 1\nassert a is a\n', 12],
    ['!=', 'assert a != a\n', 11],
    ['>', 'assert a > a\n', 11],
    ['math.isclose', 'assert math.isclose(r, r)\n', 11],
    ['torch.equal with a keyword argument', 'assert torch.equal(t, t, out=None)\n', 11],
    ['a chain of 8 names', 'a1 = a0\na2 = a1\na3 = a2\na4 = a3\na5 = a4\na6 = a5\na7 = a6\na8 = a7\nassert a8 == a0\n', 19],
    ['only type checks with not and type() is', 'assert not isinstance(x, str)\nassert type(x) is np.ndarray\n', 11],
  ])('flags %s', (_name, code, line) => {
    expect(lint(code)).toEqual([[line, 'example/trivial-assert']]);
  });

  it.each([
    ['a comparison of a type with another type', 'assert type(x) == type(y)\n'],
    ['a tuple in parentheses', 'assert (a, a)\n'],
    ['keyword arguments only', 'np.testing.assert_allclose(actual=v, desired=v)\n'],
    ['a numpy call that is not an assert', 'np.allclose(v, v)\n'],
    ['a hash inside a string', 'assert s == "a#b" and t == "a"\n'],
    [
      'a chain of 9 names, longer than the expansion goes',
      'a1 = a0\na2 = a1\na3 = a2\na4 = a3\na5 = a4\na6 = a5\na7 = a6\na8 = a7\na9 = a8\nassert a9 == a0\n',
    ],
    ['a name changed by a method call', 'A = [1]\nB = [1]\nA.append(2)\nassert A == B\n'],
    ['a name bound again in a tuple', 'A = f()\nB = f()\nA, C = g()\nassert A == B\n'],
    ['a name bound again by a loop', 'A = 0\nB = 0\nfor A in xs:\n    pass\nassert A == B\n'],
    ['a name multiplied in place', 'A = 1\nB = 1\nA *= 2\nassert A == B\n'],
    ['a name bound again inside a branch', 'A = 1\nB = 1\nif c:\n    A = 2\nassert A == B\n'],
    ['an attribute set on an object', 'A = f(1)\nobj.B = A\nassert B == A\n'],
    ['a comparison statement that is not an assignment', 'A == f(1)\nassert A == f(1)\n'],
  ])('accepts %s', (_name, code) => {
    expect(lint(code)).toEqual([]);
  });
});
