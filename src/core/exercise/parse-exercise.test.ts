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
