// The content model: Vault -> Topic -> Part -> Question. Produced by core/parse, checked by core/validate,
// rendered by core/render. Markdown fragments are kept as source text (not HTML) so that every later stage,
// in Node or in the browser, can render them its own way.
// This file must stay isomorphic: no node libraries.

import type { QuestionId, TopicId } from './ids.js';

export type Difficulty = 'easy' | 'medium' | 'hard';
export const DIFFICULTIES: readonly Difficulty[] = ['easy', 'medium', 'hard'];

/** A topic's front-matter difficulty: one level or a range such as `Easy-Medium`. */
export interface DifficultyRange {
  from: Difficulty;
  to: Difficulty;
  /** As written, e.g. `Medium-Hard`. */
  label: string;
}

export interface CodeBlock {
  lang: string;
  code: string;
  /** 1-based line of the opening fence in the file. */
  line: number;
  /** Set when the block opts out of execution with `no-run="reason"`. */
  noRun?: string;
  /** Set when a python block draws a figure with `figure="name"`: it saves `<name>.svg`, kept as figures/<name>.svg. */
  figure?: string;
}

/** A markdown image `![alt](url)`. */
export interface ImageRef {
  alt: string;
  url: string;
  line: number;
}

export interface MathExpr {
  tex: string;
  display: boolean;
  line: number;
}

export interface WikiLink {
  /** As written between the brackets, without the alias. */
  raw: string;
  /** File part (empty for a same-file link). */
  target: string;
  /** Text after `#`, without a leading `^` (empty when absent). */
  anchor: string;
  /** True for the `#^id` block-reference form, which names a question id. */
  blockRef: boolean;
  alias?: string;
  line: number;
}

/** A markdown fragment with the line where it starts. */
export interface Fragment {
  markdown: string;
  line: number;
}

export interface Question {
  id: QuestionId;
  aliases: QuestionId[];
  topicId: TopicId;
  partNumber: number;
  /** The heading text as written (markdown, may hold inline math). */
  title: string;
  difficulty: Difficulty;
  tags: string[];
  line: number;
  answer: Fragment;
  keyPoints: Fragment[];
  pitfalls: Fragment[];
  followUps: Fragment[];
  references: Fragment[];
  related: Fragment[];
  code: CodeBlock[];
  math: MathExpr[];
  links: WikiLink[];
  images: ImageRef[];
  words: number;
}

export interface Part {
  number: number;
  title: string;
  line: number;
  intro: Fragment | null;
  questions: Question[];
}

export interface Topic {
  id: TopicId;
  /** File name without `.md`, e.g. `07_Neural_Architectures`. */
  slug: string;
  /** Path relative to the vault root. */
  file: string;
  title: string;
  difficulty: DifficultyRange;
  keyFor: string;
  essential: boolean;
  summary: string;
  intro: Fragment | null;
  parts: Part[];
  /** Links, math and code outside any question (intro and part intros). */
  links: WikiLink[];
  math: MathExpr[];
  code: CodeBlock[];
  images: ImageRef[];
}

/** A markdown note of the vault that is not a topic (README.md and the like). */
export interface Note {
  slug: string;
  file: string;
  markdown: string;
  links: WikiLink[];
  math: MathExpr[];
  images: ImageRef[];
  headings: string[];
}
