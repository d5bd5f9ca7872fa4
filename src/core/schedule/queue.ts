// Chooses the next card of a review session. Order of priority, as in Anki: learning cards that are due, then
// review cards that are due (most overdue first), then new cards up to the day's remaining new-card budget, and
// finally learning cards due within the next 20 minutes ("learn ahead") so a session does not stall on a
// one-minute step. Pure and deterministic: the clock and the random seed are inputs. Isomorphic.

import type { QuestionId } from '../model/index.js';
import type { CardState } from './scheduler.js';

export type NewOrder = 'path' | 'topic' | 'random';
export const NEW_ORDERS: readonly NewOrder[] = ['path', 'topic', 'random'];
export const LEARN_AHEAD_MS = 20 * 60_000;

export interface QueueInput {
  /** Questions in scope, in the scope's own order (a path's step order, or topic order). */
  scope: readonly QuestionId[];
  cards: ReadonlyMap<QuestionId, CardState>;
  now: number;
  /** New cards still allowed today. */
  newLimit: number;
  order: NewOrder;
  /** Rank of each question in topic order; used when order is 'topic'. */
  topicRank?: ReadonlyMap<QuestionId, number>;
  seed?: number;
  /** Questions to skip (e.g. the one just answered in another tab). */
  exclude?: ReadonlySet<QuestionId>;
}

export interface QueueCounts {
  due: number;
  new: number;
  learning: number;
}

export interface QueuePick {
  questionId: QuestionId | null;
  isNew: boolean;
  counts: QueueCounts;
}

/** mulberry32: a tiny seeded PRNG, enough for a reproducible shuffle (no library needed for 6 lines). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(list: readonly T[], seed: number): T[] {
  const rnd = seededRandom(seed);
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function selectNext(input: QueueInput): QueuePick {
  const learningDue: [QuestionId, number][] = [];
  const learningSoon: [QuestionId, number][] = [];
  const reviewDue: [QuestionId, number][] = [];
  const fresh: QuestionId[] = [];
  for (const id of input.scope) {
    if (input.exclude?.has(id)) continue;
    const card = input.cards.get(id);
    if (!card || card.state === 'new') fresh.push(id);
    else if (card.state === 'learning' || card.state === 'relearning') {
      if (card.due <= input.now) learningDue.push([id, card.due]);
      else if (card.due <= input.now + LEARN_AHEAD_MS) learningSoon.push([id, card.due]);
    } else if (card.due <= input.now) reviewDue.push([id, card.due]);
  }
  const byDue = (a: [QuestionId, number], b: [QuestionId, number]) => a[1] - b[1];
  learningDue.sort(byDue);
  learningSoon.sort(byDue);
  reviewDue.sort(byDue);
  const newLimit = Math.max(0, input.newLimit);
  let ordered = fresh;
  if (input.order === 'random') ordered = shuffled(fresh, input.seed ?? 0);
  else if (input.order === 'topic' && input.topicRank) {
    const rank = input.topicRank;
    ordered = [...fresh].sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity));
  }
  const counts: QueueCounts = { due: reviewDue.length, new: Math.min(newLimit, fresh.length), learning: learningDue.length + learningSoon.length };
  const pick = learningDue[0]?.[0] ?? reviewDue[0]?.[0] ?? (newLimit > 0 ? ordered[0] : undefined) ?? learningSoon[0]?.[0] ?? null;
  return { questionId: pick, isNew: pick !== null && fresh.includes(pick), counts };
}
