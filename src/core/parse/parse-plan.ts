// study.yaml -> StudyPlan: the planned topics, the study paths and the role checklists.
// Shape errors become diagnostics with the YAML line; references to topics, parts and questions are checked
// later by core/validate, which knows the parsed topics. Isomorphic.

import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode, type YAMLMap } from 'yaml';
import { parseMustKnow } from './parse-must-know.js';
import { parsePartList } from './part-list.js';
import {
  asQuestionId,
  asTopicId,
  isTopicId,
  makeDiagnostic,
  type Checklist,
  type ChecklistItem,
  type Diagnostic,
  type MockProfile,
  type PlannedTopic,
  type TopicWeight,
  type StudyPath,
  type StudyPlan,
  type TopicScope,
} from '../model/index.js';

export function parsePlan(file: string, source: string): { plan: StudyPlan | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const lc = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      diagnostics.push(
        makeDiagnostic(
          file,
          lc.linePos(err.pos[0]).line,
          'plan/yaml',
          `Not valid YAML: ${err.message.split('\n')[0]}. Fix the indentation or quoting on this line.`,
        ),
      );
    }
    return { plan: null, diagnostics };
  }
  const lineOf = (node: unknown): number => {
    const range = (node as YamlNode | undefined)?.range;
    return range ? lc.linePos(range[0]).line : 1;
  };
  const bad = (node: unknown, message: string) => diagnostics.push(makeDiagnostic(file, lineOf(node), 'plan/field', message));
  const root = doc.contents;
  if (!isMap(root)) {
    bad(root, 'study.yaml must be a mapping with the keys topics, paths and checklists.');
    return { plan: null, diagnostics };
  }
  const str = (map: YAMLMap, key: string, where: string, optional = false): string | undefined => {
    const v = map.get(key);
    if (v === undefined || v === null) {
      if (!optional) bad(map, `${where} has no \`${key}\`. Add \`${key}: …\`.`);
      return undefined;
    }
    if (typeof v !== 'string' && typeof v !== 'number') {
      bad(map.get(key, true), `${where}: \`${key}\` must be a string.`);
      return undefined;
    }
    return String(v);
  };
  const seqOf = (map: YAMLMap, key: string, where: string): unknown[] => {
    const v = map.get(key, true);
    if (!isSeq(v)) {
      bad(v ?? map, `${where}: \`${key}\` must be a list.`);
      return [];
    }
    return v.items;
  };
  const scopeOf = (map: YAMLMap, where: string): TopicScope | null => {
    const topic = str(map, 'topic', where);
    if (topic === undefined) return null;
    if (!isTopicId(topic)) {
      bad(map.get('topic', true), `${where}: topic "${topic}" must be a quoted two-digit id, like "07".`);
      return null;
    }
    const scope: TopicScope = { topicId: asTopicId(topic), line: lineOf(map) };
    const partsText = str(map, 'parts', where, true);
    if (partsText !== undefined) {
      const parts = parsePartList(partsText);
      if (!parts) bad(map.get('parts', true), `${where}: parts "${partsText}" must be numbers or ranges like "1-3,6".`);
      else {
        scope.parts = parts;
        scope.partsLabel = partsText;
      }
    }
    return scope;
  };

  const topics: PlannedTopic[] = [];
  for (const item of seqOf(root, 'topics', 'study.yaml')) {
    if (!isMap(item)) {
      bad(item, 'Each entry of `topics` must be a mapping with id, file and title.');
      continue;
    }
    const id = str(item, 'id', 'A planned topic');
    const fileName = str(item, 'file', 'A planned topic');
    const title = str(item, 'title', 'A planned topic');
    if (id !== undefined && !isTopicId(id)) bad(item, `Planned topic id "${id}" must be two digits in quotes.`);
    else if (id !== undefined && fileName !== undefined && title !== undefined) topics.push({ id: asTopicId(id), file: fileName, title });
  }

  const paths: StudyPath[] = [];
  for (const item of seqOf(root, 'paths', 'study.yaml')) {
    if (!isMap(item)) {
      bad(item, 'Each path must be a mapping with id, title, summary and steps.');
      continue;
    }
    const id = str(item, 'id', 'A path');
    const where = `Path "${id ?? '?'}"`;
    const title = str(item, 'title', where);
    const summary = str(item, 'summary', where);
    const duration = str(item, 'duration', where, true);
    const steps: TopicScope[] = [];
    for (const step of seqOf(item, 'steps', where)) {
      if (!isMap(step)) bad(step, `${where}: each step must be a mapping like { topic: "07" } or { topic: "10", parts: "1-4" }.`);
      else {
        const scope = scopeOf(step, `${where}, a step`);
        if (scope) steps.push(scope);
      }
    }
    if (id !== undefined && title !== undefined && summary !== undefined) {
      const path: StudyPath = { id, title, summary, steps, line: lineOf(item) };
      if (duration !== undefined) path.duration = duration;
      paths.push(path);
    }
  }

  const checklists: Checklist[] = [];
  for (const item of seqOf(root, 'checklists', 'study.yaml')) {
    if (!isMap(item)) {
      bad(item, 'Each checklist must be a mapping with id, title and items.');
      continue;
    }
    const id = str(item, 'id', 'A checklist');
    const where = `Checklist "${id ?? '?'}"`;
    const title = str(item, 'title', where);
    const items: ChecklistItem[] = [];
    for (const entry of seqOf(item, 'items', where)) {
      if (!isMap(entry)) {
        bad(entry, `${where}: each item must be a mapping with id, text and topic.`);
        continue;
      }
      const itemId = str(entry, 'id', `${where}, an item`);
      const text = str(entry, 'text', `${where}, item "${itemId ?? '?'}"`);
      const scope = scopeOf(entry, `${where}, item "${itemId ?? '?'}"`);
      const qs = entry.get('questions', true);
      const questionIds = isSeq(qs) ? qs.items.map((q) => asQuestionId(String((q as { value?: unknown }).value ?? q))) : [];
      if (qs !== undefined && !isSeq(qs)) bad(qs, `${where}, item "${itemId ?? '?'}": questions must be a list of question ids.`);
      if (itemId !== undefined && text !== undefined && scope) items.push({ id: itemId, text, scope, questionIds, line: lineOf(entry) });
    }
    if (id !== undefined && title !== undefined) checklists.push({ id, title, items, line: lineOf(item) });
  }
  const profiles = (key: 'formats' | 'focuses'): MockProfile[] => {
    if (root.get(key, true) === undefined) return [];
    const out: MockProfile[] = [];
    for (const item of seqOf(root, key, 'study.yaml')) {
      if (!isMap(item)) {
        bad(item, `Each entry of \`${key}\` must be a mapping with id, title, summary and weights.`);
        continue;
      }
      const id = str(item, 'id', `An entry of ${key}`);
      const where = `${key === 'formats' ? 'Format' : 'Focus'} "${id ?? '?'}"`;
      const title = str(item, 'title', where);
      const summary = str(item, 'summary', where);
      const weights: TopicWeight[] = [];
      for (const w of seqOf(item, 'weights', where)) {
        if (!isMap(w)) {
          bad(w, `${where}: each weight must be a mapping like { topic: "03", weight: 2 } or { topic: "02", parts: "4", weight: 1 }.`);
          continue;
        }
        const scope = scopeOf(w, `${where}, a weight`);
        const weight = w.get('weight');
        if (typeof weight !== 'number' || !(weight > 0)) bad(w, `${where}: weight must be a positive number.`);
        else if (scope) weights.push({ ...scope, weight });
      }
      if (id !== undefined && title !== undefined && summary !== undefined) out.push({ id, title, summary, weights, line: lineOf(item) });
    }
    return out;
  };
  const mustKnow = parseMustKnow(root, { bad, lineOf, str, seqOf });
  return {
    plan: { file, topics, paths, checklists, formats: profiles('formats'), focuses: profiles('focuses'), mustKnow },
    diagnostics,
  };
}
