// Content statistics: the object `mlprep stats --json` prints, `GET /api/stats` serves and `mlprep index` writes
// into content/README.md. Field names and order are a stable public schema. Isomorphic.

import type { CodeBlock, Question, Topic, Vault } from '../model/index.js';

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
  /** ```mermaid blocks. */
  diagrams: number;
  /** Python blocks that draw a figure (`figure="name"`). */
  figures: number;
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
  diagrams: 0,
  figures: 0,
});

function addCode(c: Counts, blocks: readonly CodeBlock[]): void {
  for (const b of blocks) {
    if (b.lang === 'python') c.codeExamples += 1;
    if (b.lang === 'mermaid') c.diagrams += 1;
    if (b.lang === 'python' && b.figure !== undefined) c.figures += 1;
  }
}

function addQuestion(c: Counts, q: Question): void {
  c.questions += 1;
  c[q.difficulty] += 1;
  addCode(c, q.code);
  c.displayEquations += q.math.filter((m) => m.display).length;
  c.inlineMath += q.math.filter((m) => !m.display).length;
  c.keyPoints += q.keyPoints.length;
  c.words += q.words;
}

export function computeTopicStats(topic: Topic): TopicStats {
  const c = zero();
  c.parts = topic.parts.length;
  for (const p of topic.parts) for (const q of p.questions) addQuestion(c, q);
  addCode(c, topic.code);
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
