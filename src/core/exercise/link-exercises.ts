// The back-links from questions to the exercises that practise them, computed from each exercise's `questions:`
// (the questions never list exercises themselves, so the two cannot disagree). Isomorphic.

import type { Difficulty, QuestionId } from '../model/index.js';
import type { Exercise, ExerciseId } from './model.js';

export interface ExerciseLink {
  id: ExerciseId;
  title: string;
  difficulty: Difficulty;
}

/** Question id -> the exercises that list it, in exercise id order. */
export function linkExercises(exercises: readonly Exercise[]): Map<QuestionId, ExerciseLink[]> {
  const map = new Map<QuestionId, ExerciseLink[]>();
  for (const ex of [...exercises].sort((a, b) => a.id.localeCompare(b.id)))
    for (const q of new Set(ex.questions)) {
      const list = map.get(q) ?? [];
      list.push({ id: ex.id, title: ex.title, difficulty: ex.difficulty });
      map.set(q, list);
    }
  return map;
}
