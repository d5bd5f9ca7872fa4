// Exercises -> their API shape (markdown rendered from the exercise's folder, sources kept apart), and the
// "Practise" back-links attached to the questions each exercise lists.

import { describe, expect, it } from 'vitest';
import type { TopicDetail } from '../api/types.js';
import type { Exercise } from '../exercise/index.js';
import type { Renderer } from './render-markdown.js';
import { attachExerciseLinks, renderExercises } from './render-exercises.js';

const r: Renderer = {
  renderBlock: (md, from) => `<${from}>${typeof md === 'string' ? md : md.markdown}`,
  renderInline: () => '',
  css: () => '',
};

const exercise = (id: string, over: Partial<Exercise> = {}): Exercise =>
  ({
    id,
    dir: `exercises/${id}`,
    title: `Title ${id}`,
    topic: '03',
    difficulty: 'medium',
    tags: ['numpy'],
    questions: ['q-a'],
    questionLines: [4],
    minutes: 20,
    signature: 'def f(x):',
    statement: 'Do it.',
    examples: '`f(1) == 2`',
    hints: ['First.', 'Second.'],
    background: 'Why.',
    starter: 'def f(x): ...',
    solution: 'def f(x): return 2 * x',
    tests: 'assert f(1) == 2',
    hiddenTests: 'assert f(2) == 4',
    ...over,
  }) as Exercise;

describe('renderExercises', () => {
  it('renders the markdown parts from the exercise folder and keeps the solution and hidden tests apart', () => {
    expect(renderExercises(r, [exercise('03-double')])).toEqual([
      {
        detail: {
          id: '03-double',
          title: 'Title 03-double',
          topic: '03',
          difficulty: 'medium',
          tags: ['numpy'],
          minutes: 20,
          dir: 'exercises/03-double',
          questions: ['q-a'],
          signature: 'def f(x):',
          statementHtml: '<exercises/03-double>Do it.',
          examplesHtml: '<exercises/03-double>`f(1) == 2`',
          hintsHtml: ['<exercises/03-double>First.', '<exercises/03-double>Second.'],
          backgroundHtml: '<exercises/03-double>Why.',
          starter: 'def f(x): ...',
          tests: 'assert f(1) == 2',
        },
        sources: { solution: 'def f(x): return 2 * x', hiddenTests: 'assert f(2) == 4' },
      },
    ]);
  });

  it('has no background HTML for an exercise without a background', () => {
    expect(renderExercises(r, [exercise('03-a', { background: null })])[0]!.detail.backgroundHtml).toBeNull();
  });
});

describe('attachExerciseLinks', () => {
  const topics = (): TopicDetail[] =>
    [
      { parts: [{ questions: [{ id: 'q-a' }, { id: 'q-b' }] }] },
      { parts: [{ questions: [] }, { questions: [{ id: 'q-c' }] }] },
    ] as unknown as TopicDetail[];

  it('adds the exercises that list a question to that question, in exercise id order', () => {
    const t = topics();
    attachExerciseLinks(t, [
      exercise('03-b', { questions: ['q-a', 'q-c'] as never, difficulty: 'hard' }),
      exercise('03-a', { questions: ['q-a'] as never }),
    ]);
    expect(t.flatMap((x) => x.parts.flatMap((p) => p.questions))).toEqual([
      {
        id: 'q-a',
        exercises: [
          { id: '03-a', title: 'Title 03-a', difficulty: 'medium' },
          { id: '03-b', title: 'Title 03-b', difficulty: 'hard' },
        ],
      },
      { id: 'q-b' },
      { id: 'q-c', exercises: [{ id: '03-b', title: 'Title 03-b', difficulty: 'hard' }] },
    ]);
  });
});
