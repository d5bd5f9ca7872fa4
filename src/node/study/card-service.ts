// The card browser's server side: one row per catalog question (studied or not) with its FSRS figures, last
// grade and marks, and the validation of a bulk action body. The list is sent whole rather than paged: ~1,000
// questions is ~200 KB of JSON (gzip takes it far lower), and filtering, sorting and range selection across the
// whole collection then run in the browser without a round trip per keystroke or click.

import type { CardListItem } from '../../core/api/card-types.js';
import type { QuestionId } from '../../core/model/index.js';
import { catalogQuestions, type CatalogTopic } from '../../core/progress/index.js';
import { cardFilterStates, isBuried, type CardMarks } from '../../core/schedule/index.js';
import { CARD_ACTIONS, type CardAction } from '../store/card-marks-store.js';
import type { ProgressStore } from '../store/progress-store.js';
import { StudyInputError } from './study-errors.js';

export type { CardListItem };

/** At most this many questions per action: more than any collection holds, small enough to bound a request. */
export const MAX_ACTION_IDS = 20_000;

/** The rating of each question's newest grade that is not undone. */
function lastRatings(store: ProgressStore): Map<string, number> {
  const rows = store.db
    .prepare<[], { id: string; rating: number }>(
      `SELECT question_id AS id, rating FROM review_log WHERE id IN (SELECT max(id) FROM review_log WHERE undone = 0 GROUP BY question_id)`,
    )
    .all();
  return new Map(rows.map((r) => [r.id, r.rating]));
}

export function listCards(
  topics: readonly CatalogTopic[],
  store: ProgressStore,
  marks: ReadonlyMap<QuestionId, CardMarks>,
  now: number,
): CardListItem[] {
  const cards = store.getCards();
  const ratings = lastRatings(store);
  const topicTitle = new Map(topics.map((t) => [t.id as string, t.title]));
  return catalogQuestions(topics).map((q) => {
    const card = cards.get(q.id);
    const m = marks.get(q.id);
    const studied = card && card.state !== 'new';
    return {
      id: q.id,
      topicId: q.topicId,
      topicTitle: topicTitle.get(q.topicId) ?? q.topicId,
      partNumber: q.partNumber,
      title: q.title,
      difficulty: q.difficulty,
      state: card?.state ?? 'new',
      due: studied ? card.due : null,
      stability: studied ? card.stability : null,
      lapses: card?.lapses ?? 0,
      reps: card?.reps ?? 0,
      lastRating: ratings.get(q.id) ?? null,
      flagged: m?.flagged ?? false,
      suspended: m?.suspended ?? false,
      buriedUntil: isBuried(m, now) ? m!.buriedUntil : null,
      leech: m?.leech ?? false,
      states: cardFilterStates(card, m, now),
    };
  });
}

/**
 * Validates `{ "action": "flag" | …, "questionIds": [...] }`, naming the field at fault. `known` maps an id (or
 * an alias) to the question's id and throws UnknownQuestionError for an id that matches none.
 */
export function checkCardAction(body: unknown, known: (id: string) => string): { action: CardAction; questionIds: string[] } {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw new StudyInputError('(body)', `Send a JSON object: { "action": ${CARD_ACTIONS.join('|')}, "questionIds": [ids] }.`);
  const b = body as Record<string, unknown>;
  if (!CARD_ACTIONS.includes(b.action as CardAction))
    throw new StudyInputError('action', `action must be one of ${CARD_ACTIONS.join(', ')}.`);
  const ids = b.questionIds;
  if (!Array.isArray(ids) || ids.length === 0 || ids.length > MAX_ACTION_IDS)
    throw new StudyInputError('questionIds', `questionIds must be an array of 1 to ${MAX_ACTION_IDS} question ids.`);
  const out = new Set<string>();
  ids.forEach((id, i) => {
    if (typeof id !== 'string' || id === '') throw new StudyInputError(`questionIds[${i}]`, 'must be a question id string.');
    out.add(known(id));
  });
  return { action: b.action as CardAction, questionIds: [...out] };
}
