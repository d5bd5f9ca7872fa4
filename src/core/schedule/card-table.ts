// The review queue's working set: every catalog question's card reduced to two typed arrays indexed by the
// question's position in topic order (due time, and kind: fresh / learning / review). Selecting the next card is
// then a tight loop over numbers instead of Map lookups by string id, which keeps grade -> next card in the
// low milliseconds for 100k questions. The table is built once from the cards and patched after each grade.
// Isomorphic.

import type { QuestionId } from '../model/index.js';
import type { CardState } from './scheduler.js';

export const FRESH = 0;
export const LEARNING = 1;
export const REVIEW = 2;
/**
 * A stored card still in state `new`: the user asked for it ("Add to review now" on a question page) before
 * ever studying it. Grading writes a stored card in another state, so the only such rows are those requests
 * (and ones carried in by an import, which mean the same).
 */
export const REQUESTED = 3;

export interface CardTable {
  ids: readonly QuestionId[];
  due: Float64Array;
  kind: Uint8Array;
}

export function kindOf(card: CardState | null | undefined): number {
  if (!card) return FRESH;
  if (card.state === 'new') return REQUESTED;
  return card.state === 'review' ? REVIEW : LEARNING;
}

export function buildCardTable(ids: readonly QuestionId[], cards: ReadonlyMap<QuestionId, CardState>): CardTable {
  const due = new Float64Array(ids.length);
  const kind = new Uint8Array(ids.length);
  ids.forEach((id, i) => setCard({ ids, due, kind }, i, cards.get(id)));
  return { ids, due, kind };
}

export function setCard(table: CardTable, position: number, card: CardState | null | undefined): void {
  table.kind[position] = kindOf(card);
  table.due[position] = card ? card.due : 0;
}
