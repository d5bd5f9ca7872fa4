// The "night before" session: the questions of the scope (its must-know ones when the collection marks them)
// with the lowest predicted recall at the interview, weakest first, each with a time box; the page shows each
// question's key points before its full answer. Never-studied questions count as recall 0, so they come first:
// on the last night it is better to have read them once than not at all. Pure. Isomorphic.

import type { QuestionId } from '../model/index.js';
import type { CardState } from '../schedule/index.js';
import { recallAfter, wholeDays } from './recall.js';

export interface NightBeforeItem {
  questionId: QuestionId;
  /** Predicted recall at the interview, 0–1. */
  recall: number;
}

export function nightBefore(
  ids: readonly QuestionId[],
  cards: ReadonlyMap<QuestionId, CardState>,
  target: number,
  count: number,
): NightBeforeItem[] {
  const items = ids.map((questionId, i) => {
    const c = cards.get(questionId);
    const recall = c && c.state !== 'new' && c.lastReview !== null ? recallAfter(wholeDays(c.lastReview, target), c.stability) : 0;
    return { questionId, recall, i };
  });
  // Ties keep the scope's order (a path's step order), so the basics come before the advanced.
  items.sort((a, b) => a.recall - b.recall || a.i - b.i);
  return items.slice(0, Math.max(0, count)).map(({ questionId, recall }) => ({ questionId, recall }));
}
