// Must-know progress: for each area of study.yaml's `mustKnow:` and each concept in it, the questions that cover
// it (those of written topics only), how many the user has studied and mastered (the same mastery rule as paths
// and checklists), and whether the concept is ready (every covering question mastered). Pure. Isomorphic.

import type { MustKnowArea, QuestionId } from '../model/index.js';
import type { CardState } from '../schedule/index.js';
import { catalogQuestions, type CatalogTopic } from './catalog.js';
import { shares } from './paths.js';

export interface ConceptQuestion {
  id: QuestionId;
  topicId: string;
  title: string;
  difficulty: string;
}

export interface ConceptProgress {
  id: string;
  text: string;
  questions: ConceptQuestion[];
  studied: number;
  mastered: number;
  ready: boolean;
}

export interface AreaProgress {
  id: string;
  title: string;
  topics: string[];
  concepts: ConceptProgress[];
  /** Questions of the area, each counted once. */
  questions: number;
  studied: number;
  mastered: number;
  /** Concepts whose every question is mastered. */
  ready: number;
}

export function computeMustKnow(
  areas: readonly MustKnowArea[],
  topics: readonly CatalogTopic[],
  cards: ReadonlyMap<QuestionId, CardState>,
  now: number,
): AreaProgress[] {
  const byId = new Map(catalogQuestions(topics).map((q) => [q.id, q]));
  return areas.map((area) => {
    const concepts = area.concepts.map((c): ConceptProgress => {
      const questions = c.questionIds.flatMap((id) => {
        const q = byId.get(id);
        return q ? [{ id: q.id, topicId: q.topicId, title: q.title, difficulty: q.difficulty }] : [];
      });
      const { studied, mastered } = shares(
        questions.map((q) => q.id),
        cards,
        now,
      );
      return { id: c.id, text: c.text, questions, studied, mastered, ready: questions.length > 0 && mastered === questions.length };
    });
    const unique = [...new Set(concepts.flatMap((c) => c.questions.map((q) => q.id)))];
    const totals = shares(unique, cards, now);
    return {
      id: area.id,
      title: area.title,
      topics: area.topics,
      concepts,
      questions: unique.length,
      studied: totals.studied,
      mastered: totals.mastered,
      ready: concepts.filter((c) => c.ready).length,
    };
  });
}
