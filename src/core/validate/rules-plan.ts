// Plan rules: every path step and checklist item names a planned topic; when that topic's file exists, its parts
// and question ids exist too; topic files carry the planned file name. Isomorphic.

import { indexQuestions, makeDiagnostic, type Diagnostic, type TopicScope, type Vault } from '../model/index.js';

export function checkPlan(vault: Vault): Diagnostic[] {
  const plan = vault.plan;
  if (!plan) return [];
  const out: Diagnostic[] = [];
  const planned = new Map(plan.topics.map((t) => [t.id, t]));
  const topics = new Map(vault.topics.map((t) => [t.id, t]));
  const questions = indexQuestions(vault);
  const bad = (line: number, message: string) => out.push(makeDiagnostic(plan.file, line, 'plan/reference', message));

  const seenPlanned = new Set<string>();
  for (const t of plan.topics) {
    if (seenPlanned.has(t.id)) bad(1, `Planned topic "${t.id}" is listed twice.`);
    seenPlanned.add(t.id);
  }
  for (const topic of vault.topics) {
    const p = planned.get(topic.id);
    if (p && p.file !== topic.slug)
      out.push(
        makeDiagnostic(
          topic.file,
          1,
          'plan/reference',
          `Topic ${topic.id} must be in a file named ${p.file}.md (see study.yaml), not ${topic.slug}.md.`,
        ),
      );
  }
  const checkScope = (scope: TopicScope, where: string) => {
    if (!planned.has(scope.topicId)) {
      bad(scope.line, `${where} names topic "${scope.topicId}", which is not among the planned topics of study.yaml.`);
      return;
    }
    const topic = topics.get(scope.topicId);
    if (!topic || !scope.parts) return;
    const have = new Set(topic.parts.map((p) => p.number));
    const missing = scope.parts.filter((n) => !have.has(n));
    if (missing.length > 0)
      bad(scope.line, `${where} names part(s) ${missing.join(', ')} of ${topic.slug}, which has parts ${[...have].join(', ')}.`);
  };
  for (const path of plan.paths) path.steps.forEach((s, i) => checkScope(s, `Path "${path.id}", step ${i + 1},`));
  for (const list of plan.checklists) {
    for (const item of list.items) {
      checkScope(item.scope, `Checklist "${list.id}", item "${item.id}",`);
      for (const qid of item.questionIds) {
        const q = questions.get(qid);
        if (!q) bad(item.line, `Checklist "${list.id}", item "${item.id}" lists question "${qid}", which does not exist.`);
        else if (q.topicId !== item.scope.topicId)
          bad(
            item.line,
            `Checklist "${list.id}", item "${item.id}": question "${qid}" belongs to topic ${q.topicId}, not ${item.scope.topicId}.`,
          );
      }
    }
  }
  for (const [kind, list] of [
    ['Format', plan.formats],
    ['Focus', plan.focuses],
  ] as const) {
    for (const profile of list) profile.weights.forEach((w, i) => checkScope(w, `${kind} "${profile.id}", weight ${i + 1},`));
  }
  const seenIds = new Map<string, number>();
  const claim = (kind: string, id: string, line: number) => {
    const key = `${kind}:${id}`;
    const prior = seenIds.get(key);
    if (prior !== undefined)
      bad(line, `The ${kind} id "${id}" is already used at line ${prior} of study.yaml. Give each ${kind} its own id.`);
    else seenIds.set(key, line);
  };
  for (const p of plan.paths) claim('path', p.id, p.line);
  for (const f of plan.formats) claim('format', f.id, f.line);
  for (const f of plan.focuses) claim('focus', f.id, f.line);
  for (const c of plan.checklists) {
    claim('checklist', c.id, c.line);
    for (const i of c.items) claim('item', i.id, i.line);
  }
  return out;
}
