// Lookup tables over the built content, made once at start: topics by id, questions by id and alias, tag
// counts. Routes read from here; nothing re-parses or re-renders per request.

import type { QuestionDetail, TopicDetail, TopicSummary } from '../core/api/types.js';
import type { BuiltContent } from '../node/content-cache.js';
import type { RenderedExercise } from '../core/render/render-exercises.js';

export interface ContentStore {
  content: BuiltContent;
  topics: Map<string, TopicDetail>;
  summaries: TopicSummary[];
  questions: Map<string, QuestionDetail>;
  tags: { tag: string; count: number }[];
  questionCount: number;
  /** Exercises by id, in id order. */
  exercises: Map<string, RenderedExercise>;
}

export function createContentStore(content: BuiltContent): ContentStore {
  const topics = new Map(content.topics.map((t) => [t.id, t]));
  const questions = new Map<string, QuestionDetail>();
  const tagCounts = new Map<string, number>();
  for (const t of content.topics) {
    for (const p of t.parts) {
      for (const q of p.questions) {
        if (!questions.has(q.id)) questions.set(q.id, q);
        for (const tag of q.tags) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
      }
    }
  }
  for (const [alias, id] of Object.entries(content.aliases)) {
    const q = questions.get(id);
    if (q && !questions.has(alias)) questions.set(alias, q);
  }
  const summaries: TopicSummary[] = content.topics.map(({ parts, introHtml: _intro, ...rest }) => ({
    ...rest,
    parts: parts.map(({ questions: _q, introHtml: _i, ...p }) => p),
  }));
  const tags = [...tagCounts].map(([tag, count]) => ({ tag, count })).sort((a, b) => a.tag.localeCompare(b.tag));
  // `?? []`: a content cache written before exercises existed has none (the fingerprint changes anyway).
  const exercises = new Map((content.exercises ?? []).map((e) => [e.detail.id, e]));
  return { content, topics, summaries, questions, tags, questionCount: content.searchDocs.length, exercises };
}
