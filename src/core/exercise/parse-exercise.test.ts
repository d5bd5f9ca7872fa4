// The README parser: sections, hints as markdown bullets, and back-links from questions.
import { describe, expect, it } from 'vitest';
import { linkExercises } from './link-exercises.js';
import { parseExercise, type ExerciseSources } from './parse-exercise.js';

const readme = (hints: string, extra = '') => `---
id: 04-demo
title: Demo
topic: "04"
difficulty: medium
tags: [a]
questions: [loss-one, loss-two]
minutes: 20
signature: "def f(x: int) -> int"${extra}
---

Do the thing with $x$.

## Examples

\`\`\`python
## not a heading inside code
>>> f(1)
2
\`\`\`

## Hints

${hints}

## Background

Source (Author, 2020).
`;
const src = (text: string): ExerciseSources => ({
  folder: '04-demo',
  readme: text,
  starter: 's',
  solution: 'p',
  tests: 't',
  hiddenTests: 'h',
});

describe('parseExercise', () => {
  it('splits the statement, examples, hints and background', () => {
    const { exercise, diagnostics } = parseExercise(src(readme('- First, with $a_1$.\n- Second,\n  over two lines.\n- Third: `code`.')));
    expect(diagnostics).toEqual([]);
    expect(exercise).toMatchObject({
      id: '04-demo',
      topic: '04',
      minutes: 20,
      questions: ['loss-one', 'loss-two'],
      statement: 'Do the thing with $x$.',
      hints: ['First, with $a_1$.', 'Second,\nover two lines.', 'Third: `code`.'],
      background: 'Source (Author, 2020).',
      dir: 'exercises/04-demo',
    });
    expect(exercise!.examples).toContain('## not a heading inside code');
  });

  it.each([
    ['- only one', /has 1 bullet/],
    ['1. numbered\n2. list', /one bulleted list/],
    ['- a\n- b\n- c\n- d\n- e', /has 5 bullet/],
    ['Some prose.\n\n- a\n- b', /one bulleted list/],
  ])('rejects hints %j', (hints, message) => {
    const { exercise, diagnostics } = parseExercise(src(readme(hints)));
    expect(exercise).toBeNull();
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['exercise/section', 22]]);
    expect(diagnostics[0]!.message).toMatch(message);
  });

  it('accepts an optional extra field with a warning only', () => {
    const { exercise, diagnostics } = parseExercise(src(readme('- a\n- b', '\nauthor: someone')));
    expect(exercise).not.toBeNull();
    expect(diagnostics.map((d) => `${d.line} ${d.severity} ${d.code}`)).toEqual(['10 warning exercise/field']);
  });

  it('links each question back to the exercises that practise it', () => {
    const a = parseExercise(src(readme('- a\n- b'))).exercise!;
    const b = { ...a, id: '04-another' as typeof a.id, title: 'Another', questions: [a.questions[1]!] };
    const links = linkExercises([a, b]);
    expect(links.get(a.questions[0]!)?.map((l) => l.id)).toEqual(['04-demo']);
    expect(links.get(a.questions[1]!)?.map((l) => l.id)).toEqual(['04-another', '04-demo']);
  });
});

// The README of 04-demo from its front matter fields (one a line, in this order: id on line 2 … signature on line
// 9, the closing `---` on line 10) and its body (from line 11). A field set to null is left out.
const FIELDS: Record<string, string> = {
  id: '04-demo',
  title: 'Demo',
  topic: '"04"',
  difficulty: 'medium',
  tags: '[a]',
  questions: '[loss-one, loss-two]',
  minutes: '20',
  signature: '"def f(x: int) -> int"',
};
const BODY = `Do the thing.

## Examples

>>> f(1)
2

## Hints

- a
- b
`;
const readmeOf = (over: Record<string, string | null> = {}, body = BODY) =>
  `---\n${Object.entries({ ...FIELDS, ...over })
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n---\n${body}`;
const parse = (readme: string, folder = '04-demo') => parseExercise({ ...src(readme), folder });
/** Each diagnostic as `line severity code message`. */
const problems = (readme: string, folder = '04-demo') =>
  parse(readme, folder).diagnostics.map((d) => `${d.line} ${d.severity} ${d.code} ${d.message}`);

describe('parseExercise: the README file', () => {
  it('reports a folder without a README on the README it expects', () => {
    expect(parseExercise({ ...src(''), readme: null })).toEqual({
      exercise: null,
      diagnostics: [
        {
          file: 'exercises/04-demo/README.md',
          line: 1,
          code: 'exercise/file',
          severity: 'error',
          message: 'The exercise folder exercises/04-demo/ has no README.md: add the statement with its front matter.',
        },
      ],
    });
  });

  it('returns the whole exercise, with empty text for a missing Python file', () => {
    const { exercise, diagnostics } = parseExercise({ ...src(readmeOf()), solution: null, hiddenTests: null });
    expect(diagnostics).toEqual([]);
    expect(exercise).toEqual({
      id: '04-demo',
      dir: 'exercises/04-demo',
      title: 'Demo',
      topic: '04',
      difficulty: 'medium',
      tags: ['a'],
      questions: ['loss-one', 'loss-two'],
      questionLines: [7, 7],
      minutes: 20,
      signature: 'def f(x: int) -> int',
      statement: 'Do the thing.',
      examples: '>>> f(1)\n2',
      hints: ['a', 'b'],
      background: null,
      starter: 's',
      solution: '',
      tests: 't',
      hiddenTests: '',
    });
  });

  it('puts its diagnostics on the README of its folder', () => {
    const { diagnostics } = parse(readmeOf({ difficulty: 'Medium' }), '05-x');
    expect(diagnostics.map((d) => d.file)).toEqual(['exercises/05-x/README.md', 'exercises/05-x/README.md']);
  });
});

describe('parseExercise: front matter', () => {
  const NO_FRONT_MATTER =
    '1 error exercise/front-matter README.md must start with YAML front matter between `---` lines (id, title, topic, difficulty, tags, questions, minutes, signature).';

  it.each([
    ['no front matter', 'Do the thing.\n\n## Examples\n'],
    ['text before it', `Intro\n${readmeOf()}`],
    ['a blank line before it', `\n${readmeOf()}`],
    ['no closing line', '---\nid: 04-demo\n'],
    ['a closing line with text after the dashes', readmeOf().replace('\n---\nDo', '\n--- x\nDo')],
  ])('rejects a README with %s', (_, readme) => {
    expect(parse(readme)).toEqual({ exercise: null, diagnostics: [expect.anything()] });
    expect(problems(readme)).toEqual([NO_FRONT_MATTER]);
  });

  it('accepts Windows line endings', () => {
    const { exercise, diagnostics } = parse(readmeOf().replace(/\n/g, '\r\n'));
    expect(diagnostics).toEqual([]);
    expect([exercise?.id, exercise?.statement, exercise?.hints]).toEqual(['04-demo', 'Do the thing.', ['a', 'b']]);
  });

  it('accepts spaces after the closing dashes', () => {
    expect(parse(readmeOf().replace('\n---\nDo', '\n--- \t\nDo')).exercise?.statement).toBe('Do the thing.');
  });

  it('ends the front matter at the first closing line, so a later `---` stays in the statement', () => {
    const body = BODY.replace('Do the thing.', 'Do the thing.\n\n---\n\nMore.');
    expect(parse(readmeOf({}, body)).exercise?.statement).toBe('Do the thing.\n\n---\n\nMore.');
  });

  it('counts body lines from the line after the closing dashes, even with nothing after them', () => {
    expect(problems(readmeOf({}, '').replace(/\n$/, ''))).toEqual([
      '10 error exercise/section The statement is empty: describe the task (inputs, shapes, what to return) before `## Examples`.',
      '10 error exercise/section The statement has no `## Examples` section: add one to three worked examples.',
      '10 error exercise/section The statement has no `## Hints` section: add a bulleted list of 2–4 hints.',
    ]);
  });

  it('reports invalid YAML on its line', () => {
    const readme = readmeOf({ tags: '[a' });
    expect(parse(readme).exercise).toBeNull();
    expect(problems(readme)).toEqual([
      '7 error exercise/front-matter Front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
    expect(problems(readmeOf({ title: '"Demo' }))).toEqual([
      '3 error exercise/front-matter Front matter is not valid YAML: Missing closing "quote',
    ]);
  });

  it('reports a field given twice as invalid YAML on the second one', () => {
    const readme = readmeOf().replace('minutes: 20', 'minutes: 20\ntitle: Again');
    expect(problems(readme)).toEqual(['9 error exercise/front-matter Front matter is not valid YAML: Map keys must be unique']);
  });

  it.each([
    ['a list', '- id\n- title'],
    ['a scalar', 'just words'],
    ['empty', ''],
  ])('rejects front matter that is %s, not a mapping', (_, yaml) => {
    expect(parse(`---\n${yaml}\n---\n${BODY}`)).toEqual({
      exercise: null,
      diagnostics: [
        {
          file: 'exercises/04-demo/README.md',
          line: 2,
          code: 'exercise/front-matter',
          severity: 'error',
          message: 'Front matter must be a YAML mapping of fields.',
        },
      ],
    });
  });

  it('reports each missing field on line 1, counting a null field as missing', () => {
    const readme = readmeOf({ title: '', minutes: null, signature: '~' });
    expect(parse(readme).exercise).toBeNull();
    expect(problems(readme)).toEqual([
      '1 error exercise/field Front matter field `title` is missing. Add `title: …` (see docs/exercises.md).',
      '1 error exercise/field Front matter field `minutes` is missing. Add `minutes: …` (see docs/exercises.md).',
      '1 error exercise/field Front matter field `signature` is missing. Add `signature: …` (see docs/exercises.md).',
    ]);
  });

  it.each(['id', 'title', 'topic', 'difficulty', 'tags', 'questions', 'minutes', 'signature'])('needs the field %s', (field) => {
    const readme = readmeOf({ [field]: null });
    expect(parse(readme).exercise).toBeNull();
    expect(problems(readme)).toEqual([
      `1 error exercise/field Front matter field \`${field}\` is missing. Add \`${field}: …\` (see docs/exercises.md).`,
    ]);
  });

  it('warns about an unknown field on its own line', () => {
    const readme = readmeOf().replace('title: Demo', 'title: Demo\nauthor: me');
    expect(problems(readme)).toEqual([
      '4 warning exercise/field Unknown front matter field `author`; the fields are id, title, topic, difficulty, tags, questions, minutes, signature.',
    ]);
    expect(parse(readme).exercise?.title).toBe('Demo');
  });
});

describe('parseExercise: string fields', () => {
  it.each([
    ['title', '5', 3],
    ['title', '""', 3],
    ['title', '"   "', 3],
    ['difficulty', '[easy]', 5],
    ['signature', 'true', 9],
  ])('rejects %s: %s, which is not a non-empty string', (field, value, line) => {
    const readme = readmeOf({ [field]: value });
    expect(parse(readme).exercise).toBeNull();
    expect(problems(readme)).toEqual([`${line} error exercise/field Front matter \`${field}\` must be a non-empty string.`]);
  });

  it('asks for the topic in quotes when it is a number', () => {
    expect(problems(readmeOf({ topic: '4' }))).toEqual([
      '4 error exercise/field Front matter `topic` must be a non-empty string in quotes, like topic: "04".',
    ]);
  });

  it('trims the string fields', () => {
    const { exercise } = parse(readmeOf({ title: '"  Demo  "', signature: '"  def f(x: int) -> int  "' }));
    expect([exercise?.title, exercise?.signature]).toEqual(['Demo', 'def f(x: int) -> int']);
  });
});

describe('parseExercise: id and topic', () => {
  it.each(['Demo', '4-demo', '04', '04-Demo', '04--demo', `04-${'a'.repeat(62)}`])('rejects the id %s', (id) => {
    const readme = readmeOf({ id: `"${id}"` });
    expect(parse(readme, id).exercise).toBeNull();
    expect(problems(readme, id)).toEqual([
      `2 error exercise/id Exercise id "${id}" must be the two-digit topic and kebab-case words, like 04-softmax-cross-entropy.`,
    ]);
  });

  it('accepts an id of 64 characters', () => {
    const id = `04-${'a'.repeat(61)}`;
    expect(parse(readmeOf({ id }), id).exercise?.id).toBe(id);
  });

  it('reports an id that differs from its folder', () => {
    expect(problems(readmeOf({ id: '04-other' }))).toEqual([
      '2 error exercise/id Exercise id "04-other" differs from its folder name "04-demo": make them the same.',
    ]);
  });

  it.each(['"00"', '"14"', '"4"', '"ab"'])('rejects the topic %s', (topic) => {
    const readme = readmeOf({ topic });
    expect(parse(readme).exercise).toBeNull();
    expect(problems(readme)).toEqual([
      `4 error exercise/field Front matter \`topic\` is ${topic}; use two digits from "01" to "13", in quotes.`,
    ]);
  });

  it.each(['01', '13'])('accepts the topic "%s"', (topic) => {
    const id = `${topic}-demo`;
    expect(parse(readmeOf({ id, topic: `"${topic}"` }), id).exercise?.topic).toBe(topic);
  });

  it('reports an id that does not start with its topic, on the id line', () => {
    const readme = readmeOf({ topic: '"05"' });
    expect(parse(readme).exercise).toBeNull();
    expect(problems(readme)).toEqual(['2 error exercise/id Exercise id "04-demo" must start with its topic "05".']);
  });

  it('reports only the bad id, not its topic prefix, when the id itself is invalid', () => {
    expect(problems(readmeOf({ id: 'Demo', topic: '"05"' }), 'Demo')).toEqual([
      '2 error exercise/id Exercise id "Demo" must be the two-digit topic and kebab-case words, like 04-softmax-cross-entropy.',
    ]);
  });

  it('reports only the missing id when the topic is set', () => {
    expect(problems(readmeOf({ id: null, topic: '"05"' }))).toEqual([
      '1 error exercise/field Front matter field `id` is missing. Add `id: …` (see docs/exercises.md).',
    ]);
  });
});

describe('parseExercise: difficulty, signature and minutes', () => {
  it.each(['easy', 'medium', 'hard'])('accepts the difficulty %s', (difficulty) => {
    expect(parse(readmeOf({ difficulty })).exercise?.difficulty).toBe(difficulty);
  });

  it('rejects another difficulty', () => {
    expect(problems(readmeOf({ difficulty: 'Medium' }))).toEqual([
      '5 error exercise/field Front matter `difficulty` is "Medium"; use easy, medium or hard.',
    ]);
  });

  it.each([
    'def f()',
    'def _f2(x, y=1)',
    'def f(x) -> int',
    'def f(x)->int',
    'def f(x: int) -> tuple[int, int]',
    'class Net(nn.Module): def __init__(self)',
    'class Net',
  ])('accepts the signature %j', (signature) => {
    expect(parse(readmeOf({ signature: JSON.stringify(signature) })).exercise?.signature).toBe(signature);
  });

  it.each(['f(x)', 'def f', 'def f:', 'def 2f(x)', 'def f(x) int', 'def f(x) ->', 'x def f(x)', 'class 2Net', 'classy Net', 'Class Net'])(
    'rejects the signature %j',
    (signature) => {
      const readme = readmeOf({ signature: JSON.stringify(signature) });
      expect(parse(readme).exercise).toBeNull();
      expect(problems(readme)).toEqual([
        '9 error exercise/field Front matter `signature` must be one Python `def name(args) -> type` line without the colon, or `class Name(Base): …`.',
      ]);
    },
  );

  it.each(['10', '45'])('accepts %s minutes', (minutes) => {
    expect(parse(readmeOf({ minutes })).exercise?.minutes).toBe(Number(minutes));
  });

  it.each([
    ['9', '9'],
    ['46', '46'],
    ['20.5', '20.5'],
    ['"20"', '"20"'],
    ['[20]', '[20]'],
  ])('rejects %s minutes', (minutes, shown) => {
    const readme = readmeOf({ minutes });
    expect(parse(readme).exercise).toBeNull();
    expect(problems(readme)).toEqual([
      `8 error exercise/field Front matter \`minutes\` is ${shown}; give a whole number of minutes from 10 to 45.`,
    ]);
  });
});

describe('parseExercise: tags and questions', () => {
  it('accepts an empty tag list and trims each tag', () => {
    expect(parse(readmeOf({ tags: '[]' })).exercise?.tags).toEqual([]);
    expect(parse(readmeOf({ tags: '[" a ", b]' })).exercise?.tags).toEqual(['a', 'b']);
  });

  it.each(['a', '[a, 3]', '[a, ""]', '["  "]', '{ a: 1 }'])('rejects the tags %s', (tags) => {
    const readme = readmeOf({ tags });
    expect(parse(readme).exercise).toBeNull();
    expect(problems(readme)).toEqual(['6 error exercise/field Front matter `tags` must be a list of strings like [a, b].']);
  });

  it.each(['[]', 'loss-one', '[loss-one, 2]'])('rejects the questions %s', (questions) => {
    const readme = readmeOf({ questions });
    expect(parse(readme).exercise).toBeNull();
    expect(problems(readme)).toEqual([
      '7 error exercise/field Front matter `questions` must be a list of strings like [a, b] with at least 1.',
    ]);
  });

  it('accepts one question', () => {
    expect(parse(readmeOf({ questions: '[loss-one]' })).exercise?.questions).toEqual(['loss-one']);
  });

  it('reports each entry that is not a question id', () => {
    const readme = readmeOf({ questions: '[loss-one, Loss_Two, ab]' });
    expect(parse(readme).exercise).toBeNull();
    expect(problems(readme)).toEqual([
      '7 error exercise/field "Loss_Two" is not a question id (lowercase kebab-case, 3–64 characters).',
      '7 error exercise/field "ab" is not a question id (lowercase kebab-case, 3–64 characters).',
    ]);
  });

  it('gives every question the line of the questions field', () => {
    const readme = readmeOf().replace('questions: [loss-one, loss-two]', 'questions:\n  - loss-one\n  - loss-two\n  - loss-three');
    expect(parse(readme).exercise?.questionLines).toEqual([7, 7, 7]);
  });
});

describe('parseExercise: sections', () => {
  it('reports an empty statement on the first body line', () => {
    expect(problems(readmeOf({}, BODY.replace('Do the thing.', '')))).toEqual([
      '11 error exercise/section The statement is empty: describe the task (inputs, shapes, what to return) before `## Examples`.',
    ]);
  });

  it('reports a missing Examples section on the first body line', () => {
    const readme = readmeOf({}, BODY.replace('## Examples\n\n>>> f(1)\n2\n\n', ''));
    expect(parse(readme).exercise).toBeNull();
    expect(problems(readme)).toEqual([
      '11 error exercise/section The statement has no `## Examples` section: add one to three worked examples.',
    ]);
  });

  it('reports an empty Examples section on its heading', () => {
    expect(problems(readmeOf({}, BODY.replace('>>> f(1)\n2\n', '  \n')))).toEqual(['13 error exercise/section `## Examples` is empty.']);
  });

  it('reports a missing Hints section on the first body line', () => {
    expect(problems(readmeOf({}, BODY.replace('## Hints\n\n- a\n- b\n', '')))).toEqual([
      '11 error exercise/section The statement has no `## Hints` section: add a bulleted list of 2–4 hints.',
    ]);
  });

  it('warns about an unknown section on its heading and leaves it out', () => {
    const readme = readmeOf({}, `${BODY}\n## Notes\n\nMine.\n`);
    expect(problems(readme)).toEqual([
      '23 warning exercise/section Unknown section `## Notes`; the sections are Examples, Hints and Background.',
    ]);
    expect(parse(readme).exercise?.hints).toEqual(['a', 'b']);
  });

  it('matches section names in any case and allows closing hashes', () => {
    const body = BODY.replace('## Examples', '## EXAMPLES').replace('## Hints', '##   hints ##') + '\n## background\n\nWhy.\n';
    const { exercise, diagnostics } = parse(readmeOf({}, body));
    expect(diagnostics).toEqual([]);
    expect([exercise?.examples, exercise?.hints, exercise?.background]).toEqual(['>>> f(1)\n2', ['a', 'b'], 'Why.']);
  });

  it('does not take `###` or `##` without a space for a section', () => {
    const body = BODY.replace('## Hints', '##Hints').replace('2\n', '2\n\n### Hints\n');
    expect(problems(readmeOf({}, body))).toEqual([
      '11 error exercise/section The statement has no `## Hints` section: add a bulleted list of 2–4 hints.',
    ]);
  });

  it('ignores headings inside ~~~ and indented code fences', () => {
    const examples = '~~~\n## Hints\n~~~\n\n  ```\n## Background\n  ```';
    const { exercise, diagnostics } = parse(readmeOf({}, BODY.replace('>>> f(1)\n2', examples)));
    expect(diagnostics).toEqual([]);
    expect([exercise?.examples, exercise?.hints, exercise?.background]).toEqual([examples, ['a', 'b'], null]);
  });
});

describe('parseExercise: hints', () => {
  const hintsOf = (hints: string) => parse(readmeOf({}, BODY.replace('- a\n- b\n', `${hints}\n`)));

  it.each([
    ['two bullets', '- a\n- b', ['a', 'b']],
    ['four bullets', '* a\n* b\n* c\n* d', ['a', 'b', 'c', 'd']],
    ['several paragraphs', '- a\n\n  more a\n\n- b', ['a\n\nmore a', 'b']],
    ['continuation lines indented by four', '- first\n    second\n- b', ['first\nsecond', 'b']],
    ['continuation lines indented by six', '- first\n      second\n- b', ['first\n  second', 'b']],
    ['continuation lines indented by one', '- first\n second\n- b', ['first\n second', 'b']],
  ])('keeps the markdown of hints with %s', (_, hints, expected) => {
    const { exercise, diagnostics } = hintsOf(hints);
    expect(diagnostics).toEqual([]);
    expect(exercise?.hints).toEqual(expected);
  });

  it.each([
    ['two lists', '- a\n- b\n\n* c\n* d'],
    ['a list and a paragraph after it', '- a\n- b\n\nMore.'],
    ['a numbered list', '1. a\n2. b'],
  ])('rejects %s', (_, hints) => {
    const { exercise } = hintsOf(hints);
    expect(exercise).toBeNull();
    expect(problems(readmeOf({}, BODY.replace('- a\n- b\n', `${hints}\n`)))).toEqual([
      '18 error exercise/section The `## Hints` section must be one bulleted list (`- hint`), one bullet per hint, and nothing else.',
    ]);
  });

  it('rejects a hint with a nested list', () => {
    const hints = '- a\n  - a1\n  - a2\n- b';
    expect(hintsOf(hints).exercise).toBeNull();
    expect(problems(readmeOf({}, BODY.replace('- a\n- b\n', `${hints}\n`)))).toEqual([
      '18 error exercise/section A hint must not contain a nested list: make each hint one bullet.',
    ]);
  });

  it.each([
    ['- a', 1],
    ['- a\n- b\n- c\n- d\n- e', 5],
  ])('gives the count of a wrong number of hints', (hints, n) => {
    expect(problems(readmeOf({}, BODY.replace('- a\n- b\n', `${hints}\n`)))).toEqual([
      `18 error exercise/section \`## Hints\` has ${n} bullet(s); give 2 to 4, from gentle to nearly the answer.`,
    ]);
  });
});

describe('parseExercise: the result', () => {
  it('returns no exercise when a field is invalid but all are present', () => {
    const readme = readmeOf({ minutes: '50' });
    expect(parse(readme).exercise).toBeNull();
    expect(problems(readme)).toEqual([
      '8 error exercise/field Front matter `minutes` is 50; give a whole number of minutes from 10 to 45.',
    ]);
  });

  it('returns the exercise when the only diagnostics are warnings', () => {
    const readme = readmeOf({}, `${BODY}\n## Notes\n\nMine.\n`).replace('title: Demo', 'title: Demo\nauthor: me');
    expect(parse(readme).diagnostics.map((d) => d.severity)).toEqual(['warning', 'warning']);
    expect(parse(readme).exercise?.id).toBe('04-demo');
  });
});
