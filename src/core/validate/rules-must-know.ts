// Must-know rules: every concept names at least one question (a concept nobody can study is a promise the app
// cannot keep), every named question exists, and area and concept ids are unique, since scopes and the page use
// them as keys. Isomorphic.

import { indexQuestions, makeDiagnostic, type Diagnostic, type Vault } from '../model/index.js';

export function checkMustKnow(vault: Vault): Diagnostic[] {
  const plan = vault.plan;
  if (!plan) return [];
  const out: Diagnostic[] = [];
  const questions = indexQuestions(vault);
  const written = new Set(vault.topics.map((t) => t.id));
  const seenAreas = new Map<string, number>();
  const seenConcepts = new Map<string, number>();
  const dup = (kind: string, id: string, line: number, seen: Map<string, number>) => {
    const prior = seen.get(id);
    if (prior !== undefined)
      out.push(makeDiagnostic(plan.file, line, 'plan/reference', `The must-know ${kind} id "${id}" is already used at line ${prior}.`));
    else seen.set(id, line);
  };
  for (const area of plan.mustKnow) {
    dup('area', area.id, area.line, seenAreas);
    if (area.concepts.length === 0)
      out.push(makeDiagnostic(plan.file, area.line, 'plan/concept-empty', `Must-know area "${area.id}" lists no concepts.`));
    for (const concept of area.concepts) {
      dup('concept', concept.id, concept.line, seenConcepts);
      if (concept.questionIds.length === 0)
        out.push(
          makeDiagnostic(
            plan.file,
            concept.line,
            'plan/concept-empty',
            `Must-know concept "${concept.id}" names no questions. Add \`questions: [a-question-id, …]\` listing the questions that cover it.`,
          ),
        );
      for (const qid of concept.questionIds) {
        const q = questions.get(qid);
        // A question of a topic that is not written yet cannot be checked; one of a written topic must exist.
        if (!q && written.size > 0)
          out.push(
            makeDiagnostic(
              plan.file,
              concept.line,
              'plan/reference',
              `Must-know concept "${concept.id}" lists question "${qid}", which does not exist.`,
            ),
          );
      }
    }
  }
  return out;
}
