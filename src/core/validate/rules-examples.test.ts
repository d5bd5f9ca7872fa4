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
