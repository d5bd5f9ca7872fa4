// The study plan read from `study.yaml`: the planned topics, the study paths and the role checklists.
// This file must stay isomorphic: no node libraries.

import type { QuestionId, TopicId } from './ids.js';

export interface PlannedTopic {
  id: TopicId;
  /** File name without `.md`. */
  file: string;
  title: string;
}

/** A step or item scope: a whole topic, or some of its parts. `parts` undefined means the whole topic. */
export interface TopicScope {
  topicId: TopicId;
  parts?: number[];
  /** As written, e.g. "1-3,6". */
  partsLabel?: string;
  line: number;
}

export interface StudyPath {
  id: string;
  title: string;
  duration?: string;
  summary: string;
  steps: TopicScope[];
  line: number;
}

export interface ChecklistItem {
  id: string;
  text: string;
  scope: TopicScope;
  questionIds: QuestionId[];
  line: number;
}

export interface Checklist {
  id: string;
  title: string;
  items: ChecklistItem[];
  line: number;
}

/** A weight on a topic (or some of its parts) for mock-interview selection. */
export interface TopicWeight extends TopicScope {
  weight: number;
}

/** A mock-interview format (Fundamentals, System Design, …) or a company focus (Research Labs, …). */
export interface MockProfile {
  id: string;
  title: string;
  summary: string;
  weights: TopicWeight[];
  line: number;
}

/** One must-know concept ("Bias–variance trade-off") and the questions that cover it. */
export interface MustKnowConcept {
  id: string;
  text: string;
  questionIds: QuestionId[];
  line: number;
}

/** A must-know list: `core` (any ML role) or one area (classical ML, deep learning, RL, …). */
export interface MustKnowArea {
  id: string;
  title: string;
  /** The topics the area draws on, as the seed groups them (for display). */
  topics: TopicId[];
  concepts: MustKnowConcept[];
  line: number;
}

export interface StudyPlan {
  file: string;
  topics: PlannedTopic[];
  paths: StudyPath[];
  checklists: Checklist[];
  /** Interview formats: which topics each one draws on. */
  formats: MockProfile[];
  /** Company focuses: how each kind of employer weighs the topics. */
  focuses: MockProfile[];
  /** Must-know concepts by area (`mustKnow:` in study.yaml); empty when the file has none. */
  mustKnow: MustKnowArea[];
}
