// Study-path and checklist progress: per step, how many questions it holds and which share is studied and
// mastered (isMastered: predicted recall 30 days out >= 0.9); the next step to take; and how long the rest should take at the user's own
// recent pace. Pure: cards, clock and pace are inputs. Isomorphic.

import type { Checklist, QuestionId, StudyPath, StudyPlan, TopicScope } from '../model/index.js';
import type { CardState } from '../schedule/index.js';
import { catalogQuestions, type CatalogQuestion, type CatalogTopic } from './catalog.js';
import { isMastered } from './retrievability.js';
import { statedLength, type StatedLength } from './path-duration.js';

export interface StepProgress {
  topicId: string;
  title: string;
  parts?: number[];
  partsLabel?: string;
  /** False when the step's topic file is not written yet. */
  available: boolean;
  questions: number;
  /** Shares of the step's questions, 0–1. */
  studied: number;
  mastered: number;
  done: boolean;
}

export interface Pace {
  /** New questions studied per day over the recent window. */
  newPerDay: number;
  reviewsPerDay: number;
  windowDays: number;
}

export interface PathProgress {
  id: string;
  title: string;
  duration?: string;
  summary: string;
  steps: StepProgress[];
  /** Index of the next step to study, or null when every available step is done. */
  next: number | null;
  questions: number;
  unstudied: number;
  studied: number;
  mastered: number;
  /** stated: the path's own length read as days and the new questions a day it takes (null if unreadable). */
  estimate: { days: number | null; daysAtLimit: number | null; pace: Pace; stated: StatedLength | null };
}

/** A step is done when every question in it has been studied and at least this share is mastered. */
export const STEP_DONE_MASTERED = 0.8;

export function questionsInScope(all: readonly CatalogQuestion[], scope: Pick<TopicScope, 'topicId' | 'parts'>): CatalogQuestion[] {
  return all.filter((q) => q.topicId === scope.topicId && (!scope.parts || scope.parts.includes(q.partNumber)));
}

/** How many of `ids` have been studied, and how many of those are mastered. */
export function shares(ids: readonly QuestionId[], cards: ReadonlyMap<QuestionId, CardState>, now: number) {
  let studied = 0;
  let mastered = 0;
  for (const id of ids) {
    const card = cards.get(id);
    if (!card || card.state === 'new') continue;
    studied++;
    if (isMastered(card, now)) mastered++;
  }
  return { studied, mastered };
}

/**
 * Days left = unstudied questions / new questions per day at the recent pace (null when the user has no recent
 * pace), and the same at the daily new-card limit, so a new user still sees a figure.
 */
export function estimateDays(unstudied: number, pace: Pace, newLimit: number): { days: number | null; daysAtLimit: number | null } {
  if (unstudied === 0) return { days: 0, daysAtLimit: 0 };
  return {
    days: pace.newPerDay > 0 ? Math.ceil(unstudied / pace.newPerDay) : null,
    daysAtLimit: newLimit > 0 ? Math.ceil(unstudied / newLimit) : null,
  };
}

export function computePathProgress(
  path: StudyPath,
  plan: StudyPlan,
  topics: readonly CatalogTopic[],
  cards: ReadonlyMap<QuestionId, CardState>,
  now: number,
  pace: Pace,
  newLimit: number,
): PathProgress {
  const all = catalogQuestions(topics);
  const seen = new Set<QuestionId>();
  let studiedTotal = 0;
  let masteredTotal = 0;
  const steps = path.steps.map((step): StepProgress => {
    const topic = topics.find((t) => t.id === step.topicId);
    const ids = questionsInScope(all, step).map((q) => q.id);
    const { studied, mastered } = shares(ids, cards, now);
    for (const id of ids) seen.add(id);
    const n = ids.length;
    const out: StepProgress = {
      topicId: step.topicId,
      title: topic?.title ?? plan.topics.find((t) => t.id === step.topicId)?.title ?? step.topicId,
      available: n > 0,
      questions: n,
      studied: n ? studied / n : 0,
      mastered: n ? mastered / n : 0,
      done: n > 0 && studied === n && mastered / n >= STEP_DONE_MASTERED,
    };
    if (step.parts) out.parts = step.parts;
    if (step.partsLabel) out.partsLabel = step.partsLabel;
    return out;
  });
  const unique = [...seen];
  const totals = shares(unique, cards, now);
  studiedTotal = totals.studied;
  masteredTotal = totals.mastered;
  const next = steps.findIndex((s) => s.available && !s.done);
  const unstudied = unique.length - studiedTotal;
  const result: PathProgress = {
    id: path.id,
    title: path.title,
    summary: path.summary,
    steps,
    next: next < 0 ? null : next,
    questions: unique.length,
    unstudied,
    studied: unique.length ? studiedTotal / unique.length : 0,
    mastered: unique.length ? masteredTotal / unique.length : 0,
    estimate: { ...estimateDays(unstudied, pace, newLimit), pace, stated: statedLength(path.duration, unstudied) },
  };
  if (path.duration) result.duration = path.duration;
  return result;
}

export interface ChecklistItemProgress {
  id: string;
  text: string;
  topicId: string;
  questionIds: QuestionId[];
  ticked: boolean;
  /** Every linked question is mastered (and there is at least one); the tick stays the user's own. */
  ready: boolean;
  mastered: number;
}

export function computeChecklists(
  checklists: readonly Checklist[],
  topics: readonly CatalogTopic[],
  cards: ReadonlyMap<QuestionId, CardState>,
  ticked: ReadonlySet<string>,
  now: number,
) {
  const all = catalogQuestions(topics);
  return checklists.map((c) => ({
    id: c.id,
    title: c.title,
    items: c.items.map((item): ChecklistItemProgress => {
      const ids = item.questionIds.length > 0 ? item.questionIds : questionsInScope(all, item.scope).map((q) => q.id);
      const { mastered } = shares(ids, cards, now);
      return {
        id: item.id,
        text: item.text,
        topicId: item.scope.topicId,
        questionIds: ids,
        ticked: ticked.has(item.id),
        ready: ids.length > 0 && mastered === ids.length,
        mastered: ids.length ? mastered / ids.length : 0,
      };
    }),
  }));
}
