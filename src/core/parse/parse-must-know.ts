// study.yaml `mustKnow:` -> MustKnowArea[]: the seed's "Key Concepts by Topic" as data. Each area lists concepts,
// and each concept names the questions that cover it. Shape errors are reported through the caller's `bad`
// (rule plan/field, with the YAML line); whether the question ids exist, and whether a concept has any, is checked
// by core/validate (rules-must-know.ts), which knows the parsed topics. Isomorphic.

import { isMap, isSeq, type YAMLMap } from 'yaml';
import { asQuestionId, asTopicId, isTopicId, type MustKnowArea, type MustKnowConcept } from '../model/index.js';

export interface PlanFieldHelpers {
  bad: (node: unknown, message: string) => void;
  lineOf: (node: unknown) => number;
  str: (map: YAMLMap, key: string, where: string, optional?: boolean) => string | undefined;
  seqOf: (map: YAMLMap, key: string, where: string) => unknown[];
}

/** A YAML list of scalars as strings (flow `[a, b]` or block form); `null` when the node is not a list. */
function scalars(node: unknown): string[] | null {
  if (!isSeq(node)) return null;
  return node.items.map((q) => String((q as { value?: unknown }).value ?? q));
}

export function parseMustKnow(root: YAMLMap, h: PlanFieldHelpers): MustKnowArea[] {
  if (root.get('mustKnow', true) === undefined) return [];
  const areas: MustKnowArea[] = [];
  for (const item of h.seqOf(root, 'mustKnow', 'study.yaml')) {
    if (!isMap(item)) {
      h.bad(item, 'Each entry of `mustKnow` must be a mapping with id, title, topics and concepts.');
      continue;
    }
    const id = h.str(item, 'id', 'A must-know area');
    const where = `Must-know area "${id ?? '?'}"`;
    const title = h.str(item, 'title', where);
    const topicNode = item.get('topics', true);
    const topicTexts = topicNode === undefined ? [] : scalars(topicNode);
    const topics = [];
    if (topicTexts === null) h.bad(topicNode, `${where}: topics must be a list of quoted topic ids, like ["07", "08"].`);
    for (const t of topicTexts ?? []) {
      if (isTopicId(t)) topics.push(asTopicId(t));
      else h.bad(topicNode, `${where}: topic "${t}" must be a quoted two-digit id, like "07".`);
    }
    const concepts: MustKnowConcept[] = [];
    for (const entry of h.seqOf(item, 'concepts', where)) {
      if (!isMap(entry)) {
        h.bad(entry, `${where}: each concept must be a mapping like { id: bias-variance, text: …, questions: [a-question-id] }.`);
        continue;
      }
      const cid = h.str(entry, 'id', `${where}, a concept`);
      const text = h.str(entry, 'text', `${where}, concept "${cid ?? '?'}"`);
      const qNode = entry.get('questions', true);
      const ids = qNode === undefined ? [] : scalars(qNode);
      if (ids === null) h.bad(qNode, `${where}, concept "${cid ?? '?'}": questions must be a list of question ids.`);
      if (cid !== undefined && text !== undefined)
        concepts.push({ id: cid, text, questionIds: (ids ?? []).map(asQuestionId), line: h.lineOf(entry) });
    }
    if (id !== undefined && title !== undefined) areas.push({ id, title, topics, concepts, line: h.lineOf(item) });
  }
  return areas;
}
