// The render stage over the whole content model: every topic to TopicDetail (sanitized HTML), the other notes
// (tips, index), the plan view, the stats and the generated stylesheet. The result is plain JSON, which
// node/content-cache.ts stores by content hash so that a warm start never parses or renders. Isomorphic.

import type { NoteDetail, PlanResponse, TopicDetail } from '../api/types.js';
import type { Question, Vault } from '../model/index.js';
import { computeStats, type ContentStats } from '../stats/index.js';
import type { HighlighterCore } from 'shiki/core';
import { buildPlanView } from './plan-view.js';
import { createRenderer } from './render-markdown.js';
import { renderNotes } from './render-notes.js';
import { renderTopic, summarizeTopic, type Neighbours } from './render-topic.js';
import { similarForVault } from '../related/index.js';
import { plainHeading } from './link-href.js';
import { attachExerciseLinks, renderExercises, type RenderedExercise } from './render-exercises.js';

export interface RenderedContent {
  topics: TopicDetail[];
  /** The vault's other notes (tips, index, …), rendered the same way. */
  notes: NoteDetail[];
  plan: PlanResponse;
  stats: ContentStats;
  /** The coding exercises, rendered, with the sources only the server uses. */
  exercises: RenderedExercise[];
  /** Classes for the inline styles KaTeX and Shiki produced (served as /assets/content.css). */
  css: string;
}

/** @param onQuestion called after each question is rendered, with the count so far and the total (progress). */
export function renderVault(
  vault: Vault,
  highlighter: HighlighterCore,
  onQuestion?: (done: number, total: number) => void,
): RenderedContent {
  const renderer = createRenderer(vault, highlighter);
  const sorted = [...vault.topics].sort((a, b) => a.id.localeCompare(b.id));
  const all = sorted.flatMap((t) => t.parts.flatMap((p) => p.questions));
  const neighbours = new Map<string, Neighbours>();
  const similar = similarForVault(vault);
  const topicTitle = new Map(sorted.map((t) => [t.id as string, t.title]));
  all.forEach((q: Question, i) =>
    neighbours.set(q.id, {
      prev: all[i - 1],
      next: all[i + 1],
      similar: (similar.get(q.id) ?? []).map((s) => ({
        id: s.id,
        title: plainHeading(s.title),
        topicId: s.topicId,
        topicTitle: topicTitle.get(s.topicId) ?? s.topicId,
      })),
    }),
  );
  let done = 0;
  const counted = onQuestion ? () => onQuestion(++done, all.length) : undefined;
  const topics = sorted.map((t) => renderTopic(renderer, t, neighbours, counted));
  attachExerciseLinks(topics, vault.exercises);
  // Rendered before css(): the stylesheet must hold the classes of the exercises' math too.
  const exercises = renderExercises(renderer, vault.exercises);
  return {
    exercises,
    topics,
    notes: renderNotes(renderer, vault.notes),
    plan: buildPlanView(vault, sorted.map(summarizeTopic)),
    stats: computeStats(vault),
    css: renderer.css(),
  };
}
