// The HTTP API's JSON shapes, shared by the server (src/server) and the browser UI (src/web). Types only:
// this file must stay isomorphic and free of runtime code so the web bundle pays nothing for it.
// Every *Html field is sanitized HTML made by core/render at build time.

import type { ContentStats } from '../stats/index.js';
import type { Diagnostic, Difficulty, DifficultyRange } from '../model/index.js';
import type { CardState, QueueCounts, Rating } from '../schedule/index.js';
import type { ReferenceWork } from '../references/index.js';
import type { AreaProgress } from '../progress/must-know.js';

export interface PartSummary {
  number: number;
  title: string;
  /** `part-N` */
  anchor: string;
  questionCount: number;
}

export interface TopicSummary {
  id: string;
  slug: string;
  title: string;
  difficulty: DifficultyRange;
  keyFor: string;
  essential: boolean;
  summary: string;
  questionCount: number;
  parts: PartSummary[];
}

export interface QuestionLink {
  id: string;
  title: string;
}

/** A computed related question, with the topic it belongs to. */
export interface SimilarLink extends QuestionLink {
  topicId: string;
  topicTitle: string;
}

export interface QuestionSummary {
  id: string;
  topicId: string;
  partNumber: number;
  /** Plain text (markdown and math delimiters removed). */
  title: string;
  titleHtml: string;
  difficulty: Difficulty;
  tags: string[];
}

export interface QuestionDetail extends QuestionSummary {
  topicTitle: string;
  partTitle: string;
  answerHtml: string;
  keyPoints: string[];
  pitfalls: string[];
  followUps: string[];
  references: string[];
  /** Key of each reference in the references index (`/references#key`), or null for a line it cannot parse. */
  referenceKeys: (string | null)[];
  related: string[];
  /** Computed neighbours by text and tag similarity (core/related), best first; never one of the written links. */
  similar: SimilarLink[];
  prev: QuestionLink | null;
  next: QuestionLink | null;
  /** The coding exercises that list this question (computed from their `questions:`), when any. */
  exercises?: ExerciseLinkView[];
}

export interface ExerciseLinkView {
  id: string;
  title: string;
  difficulty: Difficulty;
}

/** An exercise in lists: what the exercises page filters on. */
export interface ExerciseSummary {
  id: string;
  title: string;
  topic: string;
  difficulty: Difficulty;
  tags: string[];
  minutes: number;
  /** Vault-relative folder (`exercises/<id>`). */
  dir: string;
  questions: string[];
}

/** One exercise as rendered at build time. The hidden tests and the solution stay on the server. */
export interface ExerciseDetail extends ExerciseSummary {
  signature: string;
  statementHtml: string;
  examplesHtml: string;
  hintsHtml: string[];
  backgroundHtml: string | null;
  starter: string;
  /** The visible tests' source (the user may read them). */
  tests: string;
}

/** What the server keeps per exercise besides the detail. */
export interface ExerciseSources {
  solution: string;
  hiddenTests: string;
}

export interface PartDetail extends PartSummary {
  introHtml: string;
  questions: QuestionDetail[];
}

export interface TopicDetail extends Omit<TopicSummary, 'parts'> {
  introHtml: string;
  parts: PartDetail[];
}

/** A planned topic of study.yaml, with its summary when the file exists. */
export interface PlannedTopicView {
  id: string;
  title: string;
  topic: TopicSummary | null;
}

export interface StudyStepView {
  topicId: string;
  topicTitle: string;
  parts: number[] | null;
  label: string;
  href: string;
}

export interface StudyPathView {
  id: string;
  title: string;
  duration: string | null;
  summary: string;
  steps: StudyStepView[];
}

export interface PlanResponse {
  planned: PlannedTopicView[];
  paths: StudyPathView[];
}

/** A vault note other than a topic (GET /api/notes/:slug), e.g. the interview tips. */
export interface NoteDetail {
  /** Lowercase kebab-case file name: `interview-tips` for Interview_Tips.md. */
  slug: string;
  file: string;
  /** The note's `# ` heading as plain text (taken out of `html`). */
  title: string;
  html: string;
}

export interface HealthResponse {
  ok: true;
  questions: number;
}

export interface TopicsResponse {
  topics: TopicSummary[];
}

export interface TagsResponse {
  tags: { tag: string; count: number }[];
}

export interface SearchResult {
  id: string;
  topicId: string;
  title: string;
  /** Escaped text with matches wrapped in `<mark>`: the only markup it can hold. */
  titleHtml: string;
  snippet: string;
  score: number;
  difficulty: Difficulty;
  tags: string[];
}

export interface SearchResponse {
  /** One page of results, best first. */
  results: SearchResult[];
  /** How many questions match in all (every page). */
  total: number;
  /** Index of the first result of this page in the whole list. */
  offset: number;
  tookMs: number;
  /** Typo corrections that were searched beside the query's own words (never instead of a word the collection
   *  contains), or null. */
  corrected: string[] | null;
  /** Questions whose personal note matches the query, best first: first page only, and only when progress is on.
   *  Their snippet is from the note. */
  noteHits?: SearchResult[];
}

export interface DiagnosticsResponse {
  diagnostics: Diagnostic[];
}

export type StatsResponse = ContentStats;

export interface ApiError {
  error: { code: string; message: string };
}

/** The card `GET /api/review/next` returns (the server adds the rendered question as `question`). */
export interface ReviewCardInfo {
  questionId: string;
  topicId: string;
  partNumber: number;
  title: string;
  /** How many key points the question has. */
  keyPoints: number;
  isNew: boolean;
  state: CardState | null;
}

export interface ReviewNext<Card extends ReviewCardInfo = ReviewCardInfo> {
  /** The scope's human label, e.g. "Everything" or "Math Foundations, Part 1". */
  scope: string;
  card: Card | null;
  counts: QueueCounts;
  /** The interval each grade would give, e.g. { "3": "4d" }. */
  intervals: Record<Rating, string> | null;
  /** Set when an interview plan orders this session: cards left in today's plan (0: done, FSRS order follows). */
  plan?: { interviewDate: string; daysLeft: number; remaining: number };
}

/** GET /api/references: every cited work, most cited first, and the seed's must-read papers by key. */
export interface ReferencesResponse {
  works: ReferenceWork[];
  unparsed: number;
  mustRead: { key: string; why: string }[];
}

/** GET /api/must-know: the must-know areas with coverage and the user's mastery. */
export type MustKnowResponse = AreaProgress[];
