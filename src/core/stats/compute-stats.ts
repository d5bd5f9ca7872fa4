// Content statistics: the object `mlprep stats --json` prints, `GET /api/stats` serves and `mlprep index` writes
// into content/README.md. Field names and order are a stable public schema. Isomorphic.

import type { Question, Topic, Vault } from '../model/index.js';

export interface Counts {
  parts: number;
  questions: number;
  easy: number;
  medium: number;
  hard: number;
  /** Python blocks (executed examples, including declared opt-outs). */
  codeExamples: number;
  displayEquations: number;
  inlineMath: number;
  keyPoints: number;
  words: number;
}

export interface TopicStats extends Counts {
  id: string;
  title: string;
  partsDetail: { number: number; title: string; questions: number }[];
}

export interface ContentStats {
  totals: Counts;
  topics: TopicStats[];
}

const zero = (): Counts => ({
  parts: 0,
  questions: 0,
  easy: 0,
  medium: 0,
  hard: 0,
  codeExamples: 0,
  displayEquations: 0,
  inlineMath: 0,
  keyPoints: 0,
  words: 0,
});

function addQuestion(c: Counts, q: Question): void {
  c.questions += 1;
  c[q.difficulty] += 1;
  c.codeExamples += q.code.filter((b) => b.lang === 'python').length;
  c.displayEquations += q.math.filter((m) => m.display).length;
  c.inlineMath += q.math.filter((m) => !m.display).length;
  c.keyPoints += q.keyPoints.length;
  c.words += q.words;
}

export function computeTopicStats(topic: Topic): TopicStats {
  const c = zero();
  c.parts = topic.parts.length;
  for (const p of topic.parts) for (const q of p.questions) addQuestion(c, q);
  c.codeExamples += topic.code.filter((b) => b.lang === 'python').length;
  c.displayEquations += topic.math.filter((m) => m.display).length;
  c.inlineMath += topic.math.filter((m) => !m.display).length;
  return {
    id: topic.id,
    title: topic.title,
    ...c,
    partsDetail: topic.parts.map((p) => ({ number: p.number, title: p.title, questions: p.questions.length })),
  };
}

export function computeStats(vault: Vault): ContentStats {
  const topics = [...vault.topics].sort((a, b) => a.id.localeCompare(b.id)).map(computeTopicStats);
  const totals = zero();
  for (const t of topics) for (const k of Object.keys(totals) as (keyof Counts)[]) totals[k] += t[k];
  return { totals, topics };
}
