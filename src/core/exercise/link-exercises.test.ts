// The back-links from questions to the exercises that list them.
import { describe, expect, it } from 'vitest';
import { asQuestionId, asTopicId, type Difficulty } from '../model/index.js';
import { linkExercises } from './link-exercises.js';
import type { Exercise, ExerciseId } from './model.js';

const exercise = (id: string, difficulty: Difficulty, questions: string[]): Exercise => ({
  id: id as ExerciseId,
  dir: `exercises/${id}`,
  title: `Title of ${id}`,
  topic: asTopicId(id.slice(0, 2)),
  difficulty,
  tags: [],
  questions: questions.map(asQuestionId),
  questionLines: questions.map(() => 7),
  minutes: 20,
  signature: 'def f()',
  statement: 'S.',
  examples: 'E.',
  hints: ['a', 'b'],
  background: null,
  starter: '',
  solution: '',
  tests: '',
  hiddenTests: '',
});

describe('linkExercises', () => {
  it('maps each question to the id, title and difficulty of the exercises that list it, in exercise id order', () => {
    const links = linkExercises([
      exercise('05-b', 'hard', ['q-two', 'q-one']),
      exercise('04-z', 'easy', ['q-one']),
      exercise('04-a', 'medium', ['q-two']),
    ]);
    expect([...links.entries()]).toEqual([
      [
        'q-two',
        [
          { id: '04-a', title: 'Title of 04-a', difficulty: 'medium' },
          { id: '05-b', title: 'Title of 05-b', difficulty: 'hard' },
        ],
      ],
      [
        'q-one',
        [
          { id: '04-z', title: 'Title of 04-z', difficulty: 'easy' },
          { id: '05-b', title: 'Title of 05-b', difficulty: 'hard' },
        ],
      ],
    ]);
  });

  it('links an exercise once to a question it lists twice', () => {
    expect(linkExercises([exercise('04-a', 'easy', ['q-one', 'q-one'])]).get(asQuestionId('q-one'))).toEqual([
      { id: '04-a', title: 'Title of 04-a', difficulty: 'easy' },
    ]);
  });

  it('has no entry for a question no exercise lists', () => {
    expect(linkExercises([]).size).toBe(0);
    expect(linkExercises([exercise('04-a', 'easy', [])]).size).toBe(0);
  });

  it('leaves the given list in its order', () => {
    const exercises = [exercise('05-b', 'hard', ['q-one']), exercise('04-a', 'easy', ['q-one'])];
    linkExercises(exercises);
    expect(exercises.map((e) => e.id)).toEqual(['05-b', '04-a']);
  });
});
