// Mock interviews: seeded question selection fitted to a format and a company focus and tilted toward the
// user's weak questions, and the report once the questions are answered. Pure and deterministic: the same seed,
// cards and clock give the same questions, so a mock can be replayed. Isomorphic.
//
// Weight of a question q:
//   w(q) = format(q) * (1 + focus(q)) * weakness(q) * mix(difficulty(q))
// where format/focus sum the weights of the matching topic or part entries, weakness(q) = 1 for a question never
// studied and 1.25 - R(q) for a studied one (R = retrievability: a forgotten question weighs up to 5x a mastered
// one), and mix is the share the user asked for at that difficulty. Questions are drawn without replacement by
// Efraimidis–Spirakis keys u^(1/w) (the k largest keys form a weighted sample).

import type { Difficulty, MockProfile, QuestionId } from '../model/index.js';
import { seededRandom, type CardState } from '../schedule/index.js';
import { catalogQuestions, type CatalogQuestion, type CatalogTopic } from './catalog.js';
import { weaknessScore } from './retrievability.js';

export type DifficultyMix = Record<Difficulty, number>;

export interface MockSelectionInput {
  topics: readonly CatalogTopic[];
  format: MockProfile;
  focus: MockProfile;
  cards: ReadonlyMap<QuestionId, CardState>;
  now: number;
  count: number;
  mix: DifficultyMix;
  seed: number;
}

/** Minutes per question in a timed mock: about what an interviewer allows for one question with follow-ups. */
export const MINUTES_PER_QUESTION = 7.5;

export function questionsForMinutes(minutes: number): number {
  return Math.max(1, Math.round(minutes / MINUTES_PER_QUESTION));
}

export function profileWeight(profile: MockProfile, q: CatalogQuestion): number {
  let w = 0;
  for (const entry of profile.weights)
    if (entry.topicId === q.topicId && (!entry.parts || entry.parts.includes(q.partNumber))) w += entry.weight;
  return w;
}

export function weakness(card: CardState | undefined, now: number): number {
  if (!card || card.state === 'new') return 1;
  // weaknessScore is at most 1 (recall a week out), lower with lapses or a recent failure; clamp so a card with
  // many lapses does not outweigh the rest without bound.
  return 1.25 - Math.max(-0.75, weaknessScore(card, now));
}

export function mockWeight(input: Omit<MockSelectionInput, 'count' | 'seed' | 'topics'>, q: CatalogQuestion): number {
  const total = input.mix.easy + input.mix.medium + input.mix.hard;
  const share = total > 0 ? input.mix[q.difficulty] / total : 1 / 3;
  return profileWeight(input.format, q) * (1 + profileWeight(input.focus, q)) * weakness(input.cards.get(q.id), input.now) * share;
}

export function selectMockQuestions(input: MockSelectionInput): QuestionId[] {
  const rnd = seededRandom(input.seed);
  const keyed: { id: QuestionId; key: number }[] = [];
  for (const q of catalogQuestions(input.topics)) {
    const u = rnd(); // drawn for every question, so one question's weight never shifts another's draw
    const w = mockWeight(input, q);
    if (w > 0) keyed.push({ id: q.id, key: Math.log(u) / w }); // log of u^(1/w): same order, no underflow
  }
  keyed.sort((a, b) => b.key - a.key || a.id.localeCompare(b.id));
  return keyed.slice(0, Math.max(0, input.count)).map((k) => k.id);
}

export interface MockAnswerInput {
  questionId: QuestionId;
  durationMs: number;
  keyPointsChecked: number;
  keyPointsTotal: number;
}

export interface MockReport {
  score: number;
  answered: number;
  totalMs: number;
  perQuestion: { questionId: QuestionId; topicId: string; score: number; durationMs: number }[];
  perTopic: { topicId: string; title: string; score: number; questions: number }[];
  /** Topics by ascending score: the weakest areas first. */
  weakest: string[];
  /** Questions scored below half of their key points. */
  missed: QuestionId[];
}

export const MISSED_BELOW = 0.5;

export function computeMockReport(answers: readonly MockAnswerInput[], topics: readonly CatalogTopic[]): MockReport {
  const byId = new Map(catalogQuestions(topics).map((q) => [q.id as string, q]));
  const perQuestion = answers.map((a) => ({
    questionId: a.questionId,
    topicId: byId.get(a.questionId)?.topicId ?? '?',
    score: a.keyPointsTotal > 0 ? a.keyPointsChecked / a.keyPointsTotal : 0,
    durationMs: a.durationMs,
  }));
  const groups = new Map<string, number[]>();
  for (const p of perQuestion) groups.set(p.topicId, [...(groups.get(p.topicId) ?? []), p.score]);
  const perTopic = [...groups].map(([topicId, scores]) => ({
    topicId,
    title: topics.find((t) => t.id === topicId)?.title ?? topicId,
    score: scores.reduce((x, y) => x + y, 0) / scores.length,
    questions: scores.length,
  }));
  const mean = perQuestion.length ? perQuestion.reduce((x, p) => x + p.score, 0) / perQuestion.length : 0;
  return {
    score: mean,
    answered: perQuestion.length,
    totalMs: perQuestion.reduce((x, p) => x + p.durationMs, 0),
    perQuestion,
    perTopic,
    weakest: [...perTopic].sort((a, b) => a.score - b.score || a.topicId.localeCompare(b.topicId)).map((t) => t.topicId),
    missed: perQuestion.filter((p) => p.score < MISSED_BELOW).map((p) => p.questionId),
  };
}

/** A stored mock interview: its set-up, the drawn questions and the answers so far (shared by store, API and UI). */
export interface MockConfig {
  format: string;
  focus: string;
  questions: number;
  minutes: number | null;
  mix: DifficultyMix;
  seed: number;
}

export interface MockAnswer {
  index: number;
  questionId: string;
  answeredAt: number;
  durationMs: number;
  notes: string;
  keyPointsChecked: number[];
  keyPointsTotal: number;
}

export interface MockRecord {
  id: string;
  createdAt: number;
  config: MockConfig;
  questionIds: string[];
  finishedAt: number | null;
  answers: MockAnswer[];
}
