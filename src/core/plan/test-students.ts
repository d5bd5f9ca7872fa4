// Test-only helpers: synthetic scopes and students for the planner's tests, drawn through the real scheduler
// (fuzz off) so every card state is one FSRS can reach.

import { asQuestionId, type QuestionId } from '../model/index.js';
import { createScheduler, seededRandom, type CardState } from '../schedule/index.js';
import { DAY_MS } from './recall.js';

export const T0 = Date.UTC(2026, 0, 5, 9);

export const scopeOf = (n: number, prefix = 'q'): QuestionId[] => Array.from({ length: n }, (_, i) => asQuestionId(`${prefix}-${i}`));

/**
 * A student who has been studying `studied` of the questions for `history` days before T0: each card learned on
 * a random earlier day and reviewed when FSRS said so, with recall drawn from the model, until `pause` days
 * before T0 (a break: nothing reviewed since).
 */
export function warmStudent(
  ids: readonly QuestionId[],
  studied: number,
  history: number,
  seed: number,
  pause = 0,
): Map<QuestionId, CardState> {
  const fsrs = createScheduler({ retention: 0.9, fuzz: false });
  const rnd = seededRandom(seed);
  const cards = new Map<QuestionId, CardState>();
  for (const id of ids.slice(0, studied)) {
    let t = T0 - Math.floor(1 + pause + rnd() * (history - pause)) * DAY_MS;
    let card = fsrs.grade(fsrs.newCard(t), t, 3);
    // Up to date at the end of T0's day (a session at 09:00 plans until midnight).
    while (card.due < T0 + 15 * 3_600_000 - pause * DAY_MS) {
      t = Math.max(card.due, t + 60_000);
      card = fsrs.grade(card, t, rnd() < fsrs.retrievability(card, t) ? 3 : 1);
    }
    cards.set(id, card);
  }
  return cards;
}
