// What to drop when a plan cannot reach its target: the questions that cost the most and matter the least for
// the role. Those are questions never studied (a new question costs the most minutes), rated hard (research
// depth), and outside the role's checklist; the checklist is the one the scope names (`checklist:<id>`) or the
// one sharing the scope's path id (the ML Engineer path and checklist are both `ml-engineer`). Without a
// checklist, only unstudied hard questions are proposed. Pure. Isomorphic.

import type { QuestionId, StudyPlan } from '../model/index.js';
import type { CatalogQuestion } from '../progress/index.js';
import type { CardState } from '../schedule/index.js';

/** The role checklist a scope points at, if any. */
export function roleChecklistOf(scope: string, plan: StudyPlan | null): StudyPlan['checklists'][number] | null {
  if (!plan) return null;
  for (const filter of scope.split(';').map((f) => f.trim())) {
    const [kind, id] = filter.split(':');
    if ((kind === 'checklist' || kind === 'path') && id) {
      const list = plan.checklists.find((c) => c.id === id);
      if (list) return list;
    }
  }
  return null;
}

export interface DropProposal {
  questionIds: QuestionId[];
  reason: string;
}

export function proposeDrops(
  ids: readonly QuestionId[],
  questions: ReadonlyMap<string, Pick<CatalogQuestion, 'difficulty'>>,
  cards: ReadonlyMap<QuestionId, CardState>,
  /** The role checklist's title and the questions it covers (resolve the scope `checklist:<id>`). */
  checklist: { title: string; questionIds: readonly QuestionId[] } | null,
): DropProposal {
  const kept = new Set<string>(checklist?.questionIds ?? []);
  const questionIds = ids.filter((id) => {
    const card = cards.get(id);
    return questions.get(id)?.difficulty === 'hard' && (!card || card.state === 'new') && !kept.has(id);
  });
  const reason = checklist
    ? `hard questions not yet studied and outside the "${checklist.title}" checklist`
    : 'hard questions not yet studied';
  return { questionIds, reason };
}
