// The slice of the content model the study engine needs: which questions exist, where they sit, their
// difficulty, aliases and number of key points. Built from the parsed vault, or from the cached build, so the
// engine never depends on how content was loaded. Isomorphic.

import type { Difficulty, QuestionId, TopicId, Vault } from '../model/index.js';

export interface CatalogQuestion {
  id: QuestionId;
  topicId: TopicId;
  partNumber: number;
  title: string;
  difficulty: Difficulty;
  aliases: QuestionId[];
  keyPoints: number;
}

export interface CatalogTopic {
  id: TopicId;
  title: string;
  essential: boolean;
  parts: { number: number; title: string; questions: CatalogQuestion[] }[];
}

export function catalogFromVault(vault: Vault): CatalogTopic[] {
  return [...vault.topics]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((t) => ({
      id: t.id,
      title: t.title,
      essential: t.essential,
      parts: t.parts.map((p) => ({
        number: p.number,
        title: p.title,
        questions: p.questions.map((q) => ({
          id: q.id,
          topicId: q.topicId,
          partNumber: q.partNumber,
          title: q.title,
          difficulty: q.difficulty,
          aliases: q.aliases,
          keyPoints: q.keyPoints.length,
        })),
      })),
    }));
}

export function catalogQuestions(topics: readonly CatalogTopic[]): CatalogQuestion[] {
  return topics.flatMap((t) => t.parts.flatMap((p) => p.questions));
}
