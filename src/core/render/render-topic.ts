// Topic model -> the API's TopicDetail, with every fragment rendered to sanitized HTML. Previous/next links
// run across the whole vault in topic, part and file order, so the question page can walk the collection.
// Isomorphic.

import type { PartDetail, QuestionDetail, QuestionLink, SimilarLink, TopicDetail, TopicSummary } from '../api/types.js';
import { partAnchor, type Fragment, type Question, type Topic } from '../model/index.js';
import { plainHeading } from './link-href.js';
import type { Renderer } from './render-markdown.js';
import { parseReference } from '../references/index.js';

export function summarizeTopic(topic: Topic): TopicSummary {
  const parts = topic.parts.map((p) => ({
    number: p.number,
    title: p.title,
    anchor: partAnchor(p.number),
    questionCount: p.questions.length,
  }));
  return {
    id: topic.id,
    slug: topic.slug,
    title: topic.title,
    difficulty: topic.difficulty,
    keyFor: topic.keyFor,
    essential: topic.essential,
    summary: topic.summary,
    questionCount: parts.reduce((n, p) => n + p.questionCount, 0),
    parts,
  };
}

export function linkOf(q: Question | undefined): QuestionLink | null {
  return q ? { id: q.id, title: plainHeading(q.title) } : null;
}

export interface Neighbours {
  prev: Question | undefined;
  next: Question | undefined;
  /** Computed related questions (core/related), already resolved to links. */
  similar?: SimilarLink[];
}

export function renderQuestion(r: Renderer, topic: Topic, q: Question, around: Neighbours): QuestionDetail {
  const list = (frags: Fragment[]) => frags.map((f) => r.renderBlock(f, topic.slug));
  const part = topic.parts.find((p) => p.number === q.partNumber);
  return {
    id: q.id,
    topicId: topic.id,
    partNumber: q.partNumber,
    title: plainHeading(q.title),
    titleHtml: r.renderInline(q.title, topic.slug),
    difficulty: q.difficulty,
    tags: q.tags,
    topicTitle: topic.title,
    partTitle: part ? part.title : '',
    answerHtml: r.renderBlock(q.answer, topic.slug),
    keyPoints: list(q.keyPoints),
    pitfalls: list(q.pitfalls),
    followUps: list(q.followUps),
    references: list(q.references),
    referenceKeys: q.references.map((f) => parseReference(f.markdown)?.key ?? null),
    related: list(q.related),
    similar: around.similar ?? [],
    prev: linkOf(around.prev),
    next: linkOf(around.next),
  };
}

/** @param neighbours prev/next for each question id, computed over the whole vault. */
export function renderTopic(r: Renderer, topic: Topic, neighbours: Map<string, Neighbours>, onQuestion?: () => void): TopicDetail {
  const { parts: _summaryParts, ...summary } = summarizeTopic(topic);
  const parts: PartDetail[] = topic.parts.map((p) => ({
    number: p.number,
    title: p.title,
    anchor: partAnchor(p.number),
    questionCount: p.questions.length,
    introHtml: p.intro ? r.renderBlock(p.intro, topic.slug) : '',
    questions: p.questions.map((q) => {
      const detail = renderQuestion(r, topic, q, neighbours.get(q.id) ?? { prev: undefined, next: undefined });
      onQuestion?.();
      return detail;
    }),
  }));
  return { ...summary, introHtml: topic.intro ? r.renderBlock(topic.intro, topic.slug) : '', parts };
}
