// The planner's working set: every card reduced to parallel typed arrays (kind, due, stability, difficulty, last
// review) indexed by position, so that a day's plan over 100k cards is one loop over numbers. Built from the
// cards map once per plan; positions are the caller's (the study service uses catalog topic order). Isomorphic.

import type { QuestionId } from '../model/index.js';
import { FRESH, kindOf, type CardState } from '../schedule/index.js';

export interface PlanTable {
  ids: readonly QuestionId[];
  /** FRESH, LEARNING, REVIEW or REQUESTED (see schedule/card-table.ts). */
  kind: Uint8Array;
  due: Float64Array;
  stability: Float64Array;
  difficulty: Float64Array;
  /** Epoch ms of the last review; NaN for a card never reviewed. */
  lastReview: Float64Array;
}

export function buildPlanTable(ids: readonly QuestionId[], cards: ReadonlyMap<QuestionId, CardState>): PlanTable {
  const n = ids.length;
  const table: PlanTable = {
    ids,
    kind: new Uint8Array(n),
    due: new Float64Array(n),
    stability: new Float64Array(n),
    difficulty: new Float64Array(n),
    lastReview: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) setPlanCard(table, i, cards.get(ids[i]!));
  return table;
}

export function setPlanCard(table: PlanTable, i: number, card: CardState | null | undefined): void {
  const kind = kindOf(card);
  table.kind[i] = kind;
  table.due[i] = card?.due ?? 0;
  table.stability[i] = card?.stability ?? 0;
  table.difficulty[i] = card?.difficulty ?? 0;
  table.lastReview[i] = kind === FRESH || card?.lastReview == null ? NaN : card.lastReview;
}
