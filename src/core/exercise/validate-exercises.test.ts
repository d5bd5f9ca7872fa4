// The exercise rules that need the rest of the vault or the Python files: linked questions and topic exist, the
// tests follow the runner's contract, the starter and solution define the signature.
import { describe, expect, it } from 'vitest';
import { asQuestionId, asTopicId, type Diagnostic, type Vault } from '../model/index.js';
import { parseVault } from '../parse/index.js';
import { topicSource } from '../progress/test-catalog.js';
import type { Exercise, ExerciseId } from './model.js';
import { checkExercises, signatureName } from './validate-exercises.js';

const TESTS = `from submission import f


def test_one():
    assert f(1) == 2


if __name__ == "__main__":
    test_one()
`;

/** An exercise that passes every rule against VAULT (topic 04 with questions loss-one and loss-two). */
const exercise = (over: Partial<Exercise> = {}): Exercise => ({
  id: '04-demo' as ExerciseId,
  dir: 'exercises/04-demo',
  title: 'Demo',
  topic: asTopicId('04'),
  difficulty: 'medium',
  tags: [],
  questions: [asQuestionId('loss-one'), asQuestionId('loss-two')],
  questionLines: [6, 6],
  minutes: 20,
  signature: 'def f(x: int) -> int',
  statement: 'Do it.',
  examples: '',
  hints: ['a', 'b'],
  background: null,
  starter: 'import math\n\ndef f(x: int) -> int:\n    raise NotImplementedError\n',
  solution: 'def f(x: int) -> int:\n    return x + 1\n',
  tests: TESTS,
  hiddenTests: TESTS,
  ...over,
});

const VAULT = parseVault([{ file: '04_Loss.md', source: topicSource('04', [[1, [{ id: 'loss-one' }, { id: 'loss-two' }]]]) }]);
const vaultWith = (...exercises: Exercise[]): Vault => ({ ...VAULT, exercises });

const check = (over: Partial<Exercise>) => checkExercises(vaultWith(exercise(over)));
const error = (file: string, line: number, code: Diagnostic['code'], message: string): Diagnostic => ({
  file,
  line,
  code,
  severity: 'error',
  message,
});

const NO_TESTS = 'No top-level `def test_…():` function: the runner would find nothing to run.';
const NO_IMPORT = 'The tests must import the code under test with `from submission import …`.';
const NO_MAIN = 'End the file with the `if __name__ == "__main__":` block of docs/exercises.md so it runs standalone.';

describe('signatureName', () => {
  it.each([
    ['def f(x: int) -> int', 'f'],
    ['def _soft_max2(z)', '_soft_max2'],
    ['class Net(nn.Module): def __init__(self)', 'Net'],
    ['class Block', 'Block'],
    ['  def f(x)', ''],
    ['def 2f(x)', ''],
    ['lambda x: x', ''],
    ['define f(x)', ''],
  ])('%j -> %j', (signature, name) => {
    expect(signatureName(signature)).toBe(name);
  });
});

describe('checkExercises', () => {
  it('finds nothing wrong with an exercise that follows every rule', () => {
    expect(checkExercises(vaultWith(exercise()))).toEqual([]);
  });

  it('finds nothing in a vault without exercises', () => {
    expect(VAULT.diagnostics).toEqual([]);
    expect(checkExercises(vaultWith())).toEqual([]);
  });

  describe('questions and topic', () => {
    it('reports each linked question missing from the vault on its README line', () => {
      const questions = ['loss-one', 'no-such', 'gone-too'].map(asQuestionId);
      expect(check({ questions, questionLines: [6, 7, 8] })).toEqual(
        [
          [7, 'no-such'],
          [8, 'gone-too'],
        ].map(([line, q]) =>
          error(
            'exercises/04-demo/README.md',
            line as number,
            'exercise/question',
            `Question id "${q}" does not exist in the vault; use an id from a \`<!-- id: … -->\` line.`,
          ),
        ),
      );
    });

    it('reports a missing question on line 1 when its line is not known', () => {
      expect(check({ questions: [asQuestionId('no-such')], questionLines: [] }).map((d) => `${d.line} ${d.code}`)).toEqual([
        '1 exercise/question',
      ]);
    });

    it('warns when the topic has no topic file', () => {
      expect(check({ topic: asTopicId('05') })).toEqual([
        {
          file: 'exercises/04-demo/README.md',
          line: 1,
          code: 'exercise/topic',
          severity: 'warning',
          message: 'Topic "05" has no topic file in the vault.',
        },
      ]);
    });

    it('does not check the topic of a vault that has no topics at all', () => {
      const vault: Vault = { topics: [], notes: [], plan: null, exercises: [exercise({ questions: [] })], figures: [], diagnostics: [] };
      expect(checkExercises(vault)).toEqual([]);
    });
  });

  describe('test files', () => {
    it('reports a test file with no top-level test function, in both test files', () => {
      const tests = 'from submission import f\n\nclass T:\n    def test_one(self):\n        pass\n\nif __name__ == "__main__":\n    pass\n';
      expect(check({ tests, hiddenTests: tests })).toEqual([
        error('exercises/04-demo/tests.py', 1, 'exercise/tests', NO_TESTS),
        error('exercises/04-demo/hidden_tests.py', 1, 'exercise/tests', NO_TESTS),
      ]);
    });

    it('needs the parenthesis right after the test name, spaces allowed', () => {
      const spaced = TESTS.replace('def test_one():', 'def test_one  ():');
      expect(check({ tests: spaced })).toEqual([]);
      const notCalled = TESTS.replace('def test_one():', 'def test_one:');
      expect(check({ tests: notCalled })).toEqual([error('exercises/04-demo/tests.py', 1, 'exercise/tests', NO_TESTS)]);
    });

    it('does not count a function whose name only starts like a test', () => {
      const tests = TESTS.replace('def test_one():', 'def test():');
      expect(check({ hiddenTests: tests })).toEqual([error('exercises/04-demo/hidden_tests.py', 1, 'exercise/tests', NO_TESTS)]);
    });

    it('reports a test defined twice on the line of its second definition', () => {
      const tests = `from submission import f


def test_ab():
    assert f(1) == 2


def test_a():
    pass


def test_ab():
    assert f(2) == 3


if __name__ == "__main__":
    test_ab()
`;
      expect(check({ tests })).toEqual([
        error('exercises/04-demo/tests.py', 12, 'exercise/tests', 'Test `test_ab` is defined twice; the second hides the first.'),
      ]);
    });

    it('accepts tests with distinct names that share a prefix', () => {
      const tests = TESTS.replace('def test_one():', 'def test_a():\n    pass\n\n\ndef test_ab():');
      expect(check({ tests })).toEqual([]);
    });

    it('reports tests that do not import from submission at the start of a line', () => {
      const tests = TESTS.replace('from submission import f', 'import submission\n# from submission import f');
      expect(check({ tests })).toEqual([error('exercises/04-demo/tests.py', 1, 'exercise/tests', NO_IMPORT)]);
    });

    it('reports a missing __main__ block on the last line of the file', () => {
      const tests = 'from submission import f\n\n\ndef test_one():\n    assert f(1) == 2\n';
      expect(check({ hiddenTests: tests })).toEqual([error('exercises/04-demo/hidden_tests.py', 6, 'exercise/tests', NO_MAIN)]);
    });

    it('accepts a __main__ block in single quotes but not an indented one', () => {
      expect(check({ tests: TESTS.replace('"__main__"', "'__main__'") })).toEqual([]);
      const indented = TESTS.replace('if __name__', '  if __name__');
      expect(check({ tests: indented })).toEqual([error('exercises/04-demo/tests.py', 10, 'exercise/tests', NO_MAIN)]);
    });

    it('lists every problem of one test file', () => {
      expect(check({ tests: 'x = 1' })).toEqual([
        error('exercises/04-demo/tests.py', 1, 'exercise/tests', NO_TESTS),
        error('exercises/04-demo/tests.py', 1, 'exercise/tests', NO_IMPORT),
        error('exercises/04-demo/tests.py', 1, 'exercise/tests', NO_MAIN),
      ]);
    });

    it('leaves empty test files to the missing-file check', () => {
      expect(check({ tests: '', hiddenTests: '' })).toEqual([]);
    });
  });

  describe('signature', () => {
    it('reports a starter and a solution that do not define the function', () => {
      const starter = 'def g(x: int) -> int:\n    raise NotImplementedError\n';
      expect(check({ starter, solution: 'def fx(x):\n    return x\n' })).toEqual([
        error('exercises/04-demo/starter.py', 1, 'exercise/signature', 'starter.py does not define `f` from the signature.'),
        error('exercises/04-demo/solution.py', 1, 'exercise/signature', 'solution.py does not define `f` from the signature.'),
      ]);
    });

    it('does not accept an indented or commented-out definition', () => {
      expect(check({ solution: 'class A:\n    def f(x: int) -> int:\n        return x\n# def f(x)\n' })).toEqual([
        error('exercises/04-demo/solution.py', 1, 'exercise/signature', 'solution.py does not define `f` from the signature.'),
      ]);
    });

    it("reports a starter whose def differs from the signature on the def's line", () => {
      const starter = '"""Demo."""\n\n\ndef f(x):\n    raise NotImplementedError\n\n\ndef f_helper(x: int) -> int:\n    pass\n';
      expect(check({ starter })).toEqual([
        error(
          'exercises/04-demo/starter.py',
          4,
          'exercise/signature',
          "The starter's `def f` differs from the front matter signature: copy it exactly.",
        ),
      ]);
    });

    it('does not hold the solution to the exact signature', () => {
      expect(check({ solution: 'def f(x):\n    return x + 1\n' })).toEqual([]);
    });

    it('accepts a starter that wraps the signature over lines with a trailing comma', () => {
      const starter = 'def f(\n    x: int,\n) -> int:\n    raise NotImplementedError\n';
      expect(check({ starter })).toEqual([]);
    });

    it('checks each function of a signature that lists several', () => {
      const signature = 'def f(x: int) -> int;  def g(y: str) -> str';
      const starter = 'def f(x: int) -> int:\n    raise NotImplementedError\n\n\ndef g(y: str) -> str:\n    raise NotImplementedError\n';
      expect(check({ signature, starter, solution: 'def f(x):\n    return x\n\n\ndef g(y):\n    return y\n' })).toEqual([]);
      expect(check({ signature, starter })).toEqual([
        error('exercises/04-demo/solution.py', 1, 'exercise/signature', 'solution.py does not define `g` from the signature.'),
      ]);
    });

    it('keeps a semicolon that does not start a new def or class inside one signature', () => {
      const signature = 'def f(x: int) -> int; return'; // one (odd) signature: the starter must contain all of it
      expect(check({ signature }).map((d) => `${d.file} ${d.line} ${d.code}`)).toEqual([
        'exercises/04-demo/starter.py 3 exercise/signature',
      ]);
    });

    it('checks a class signature by its name only, not the text after it', () => {
      const signature = 'class Net(nn.Module): forward(x) -> Tensor';
      const starter = 'class Net(nn.Module):\n    def forward(self, x):\n        raise NotImplementedError\n';
      expect(check({ signature, starter, solution: 'class Net:\n    pass\n' })).toEqual([]);
      expect(check({ signature, starter, solution: 'def Net(x):\n    pass\n' })).toEqual([
        error('exercises/04-demo/solution.py', 1, 'exercise/signature', 'solution.py does not define `Net` from the signature.'),
      ]);
    });

    it('skips an empty starter or solution (reported as missing elsewhere)', () => {
      expect(check({ starter: '', solution: '' })).toEqual([]);
    });

    it('warns when the starter does not raise NotImplementedError', () => {
      expect(check({ starter: 'def f(x: int) -> int:\n    return 0\n' })).toEqual([
        {
          file: 'exercises/04-demo/starter.py',
          line: 1,
          code: 'exercise/signature',
          severity: 'warning',
          message: 'The starter should end its function with `raise NotImplementedError`.',
        },
      ]);
    });
  });

  it('checks every exercise of the vault', () => {
    const other = exercise({ id: '04-other' as ExerciseId, dir: 'exercises/04-other', tests: 'x = 1\n' });
    expect(checkExercises(vaultWith(exercise({ topic: asTopicId('07') }), other)).map((d) => `${d.file} ${d.code}`)).toEqual([
      'exercises/04-demo/README.md exercise/topic',
      'exercises/04-other/tests.py exercise/tests',
      'exercises/04-other/tests.py exercise/tests',
      'exercises/04-other/tests.py exercise/tests',
    ]);
  });
});
