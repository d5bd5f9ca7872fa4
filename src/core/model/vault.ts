// The whole parsed collection, plus lookup helpers. Built once per content hash, never re-parsed per request.
// This file must stay isomorphic: no node libraries.

import type { Note, Question, Topic } from './content.js';
import type { Diagnostic } from './diagnostic.js';
import type { QuestionId } from './ids.js';
import type { StudyPlan } from './plan.js';
import type { Exercise } from '../exercise/model.js';

export interface Vault {
  topics: Topic[];
  notes: Note[];
  plan: StudyPlan | null;
  /** Coding exercises from `exercises/<id>/` (core/exercise), in id order. */
  exercises: Exercise[];
  /** The figure files present, `figures/<name>.svg` (vault-relative, sorted): what image links may point at. */
  figures: string[];
  /** Parse-time diagnostics (validation adds its own). */
  diagnostics: Diagnostic[];
}

/** Every question of the vault, in topic, part and file order. */
export function listQuestions(vault: Vault): Question[] {
  return vault.topics.flatMap((t) => t.parts.flatMap((p) => p.questions));
}

/** A map from question id to question. On duplicate ids the first one wins (the validator reports the rest). */
export function indexQuestions(vault: Vault): Map<QuestionId, Question> {
  const map = new Map<QuestionId, Question>();
  for (const q of listQuestions(vault)) if (!map.has(q.id)) map.set(q.id, q);
  return map;
}
