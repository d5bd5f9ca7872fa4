// Which questions an export carries: every question, those of some topics (`--topic 01,02`), or those of a study
// path (`--path ml-engineer`, its steps' topics and parts), or both (the intersection). Unknown ids are an error
// naming the option and the ids that exist, never a silently empty export. Pure and isomorphic.

import type { Part, Question, Topic, Vault } from '../model/index.js';

export interface SelectedQuestion {
  topic: Topic;
  part: Part;
  question: Question;
}

export interface Selection {
  /** Topic ids as written (`01`, `2` is accepted as `02`). */
  topics?: readonly string[];
  /** A study path id from study.yaml. */
  path?: string;
}

export class SelectionError extends Error {
  override name = 'SelectionError';
}

const normalizeTopicId = (id: string) => (/^\d$/.test(id.trim()) ? `0${id.trim()}` : id.trim());

/** Topics in id order, parts and questions in file order. */
export function selectQuestions(vault: Vault, selection: Selection = {}): SelectedQuestion[] {
  const topics = [...vault.topics].sort((a, b) => a.id.localeCompare(b.id));
  let wantTopic: ((t: Topic) => boolean) | null = null;
  if (selection.topics && selection.topics.length > 0) {
    const want = new Set(selection.topics.map(normalizeTopicId).filter((id) => id !== ''));
    const unknown = [...want].filter((id) => !topics.some((t) => t.id === id));
    if (unknown.length) throw new SelectionError(`--topic: no topic ${unknown.join(', ')} (topics: ${topics.map((t) => t.id).join(', ')})`);
    wantTopic = (t) => want.has(t.id);
  }
  let wantPart: ((t: Topic, p: Part) => boolean) | null = null;
  if (selection.path !== undefined) {
    const paths = vault.plan?.paths ?? [];
    const path = paths.find((p) => p.id === selection.path);
    if (!path)
      throw new SelectionError(
        `--path: no study path "${selection.path}" (${paths.length ? `paths: ${paths.map((p) => p.id).join(', ')}` : 'the collection has no study.yaml paths'})`,
      );
    wantPart = (t, p) => path.steps.some((s) => s.topicId === t.id && (s.parts === undefined || s.parts.includes(p.number)));
  }
  const out: SelectedQuestion[] = [];
  for (const topic of topics) {
    if (wantTopic && !wantTopic(topic)) continue;
    for (const part of topic.parts) {
      if (wantPart && !wantPart(topic, part)) continue;
      for (const question of part.questions) out.push({ topic, part, question });
    }
  }
  return out;
}
