// The exercise model: one folder `exercises/<id>/` of the vault with a README statement (front matter + sections)
// and four Python files. Isomorphic: no node libraries. The format is documented in docs/exercises.md.

import type { Difficulty, QuestionId, TopicId } from '../model/index.js';

export type ExerciseId = string & { readonly __brand: 'ExerciseId' };

/**
 * Exercise ids: the two-digit topic, then kebab-case words, at most 64 characters.
 *   ^\d{2}                  topic number
 *   (?:-[a-z0-9]+)+$        one or more words, each after exactly one hyphen
 */
export const EXERCISE_ID_PATTERN = /^\d{2}(?:-[a-z0-9]+)+$/;

export const EXERCISES_DIR = 'exercises';
/** The files every exercise folder holds, by role. */
export const EXERCISE_FILES = {
  readme: 'README.md',
  starter: 'starter.py',
  solution: 'solution.py',
  tests: 'tests.py',
  hiddenTests: 'hidden_tests.py',
} as const;
export type ExerciseFileRole = keyof typeof EXERCISE_FILES;

export const MINUTES_RANGE = { min: 10, max: 45 } as const;
export const HINTS_RANGE = { min: 2, max: 4 } as const;

export function isExerciseId(value: string): value is ExerciseId {
  return value.length <= 64 && EXERCISE_ID_PATTERN.test(value);
}

export interface Exercise {
  id: ExerciseId;
  /** Vault-relative folder: `exercises/<id>`. */
  dir: string;
  title: string;
  topic: TopicId;
  difficulty: Difficulty;
  tags: string[];
  questions: QuestionId[];
  /** The file line of each question id in the README (for diagnostics). */
  questionLines: number[];
  minutes: number;
  signature: string;
  /** The task: the markdown between the front matter and the first `##` section. */
  statement: string;
  /** The body of `## Examples` (markdown). */
  examples: string;
  /** Each bullet of `## Hints` (markdown), gentle first. */
  hints: string[];
  /** The body of `## Background`, when present. */
  background: string | null;
  /** The four Python files' text ('' when missing: the validator reports it). */
  starter: string;
  solution: string;
  tests: string;
  hiddenTests: string;
}
