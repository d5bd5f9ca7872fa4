// The exercises to their API shape: statement, examples, hints and background rendered with the collection's own
// renderer (so math and code look the same as in the topics), plus the back-links from questions to exercises.
// Isomorphic.

import type { ExerciseDetail, ExerciseSources, TopicDetail } from '../api/types.js';
import { linkExercises, type Exercise } from '../exercise/index.js';
import type { Renderer } from './render-markdown.js';

export interface RenderedExercise {
  detail: ExerciseDetail;
  sources: ExerciseSources;
}

export function renderExercises(renderer: Renderer, exercises: readonly Exercise[]): RenderedExercise[] {
  return exercises.map((ex) => {
    const from = ex.dir;
    return {
      detail: {
        id: ex.id,
        title: ex.title,
        topic: ex.topic,
        difficulty: ex.difficulty,
        tags: ex.tags,
        minutes: ex.minutes,
        dir: ex.dir,
        questions: ex.questions,
        signature: ex.signature,
        statementHtml: renderer.renderBlock(ex.statement, from),
        examplesHtml: renderer.renderBlock(ex.examples, from),
        hintsHtml: ex.hints.map((h) => renderer.renderBlock(h, from)),
        backgroundHtml: ex.background === null ? null : renderer.renderBlock(ex.background, from),
        starter: ex.starter,
        tests: ex.tests,
      },
      sources: { solution: ex.solution, hiddenTests: ex.hiddenTests },
    };
  });
}

/** Adds `exercises` (the "Practise: …" links) to every question that an exercise lists. Mutates `topics`. */
export function attachExerciseLinks(topics: TopicDetail[], exercises: readonly Exercise[]): void {
  const links = linkExercises(exercises);
  for (const t of topics)
    for (const p of t.parts)
      for (const q of p.questions) {
        const l = links.get(q.id as never);
        if (l) q.exercises = l.map((x) => ({ id: x.id, title: x.title, difficulty: x.difficulty }));
      }
}
