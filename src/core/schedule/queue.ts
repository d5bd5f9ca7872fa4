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

/** A seeded 32-bit hash of an id: ordering fresh cards by it is a seeded shuffle computed in one pass. */
function seededRank(id: string, seed: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return seededRandom(h)();
}

/**
 * One pass over the scope: counts every bucket and keeps only the best candidate of each, so a session over
 * 100k questions costs O(n) Map lookups and no sort.
 */
export function selectNext(input: QueueInput): QueuePick {
  let learningDue: QuestionId | null = null;
  let learningDueAt = Infinity;
  let learningSoon: QuestionId | null = null;
  let learningSoonAt = Infinity;
  let reviewDue: QuestionId | null = null;
  let reviewDueAt = Infinity;
  let fresh: QuestionId | null = null;
  let freshRank = Infinity;
  const counts: QueueCounts = { due: 0, new: 0, learning: 0 };
  let freshCount = 0;
  const seed = input.seed ?? 0;
  let position = 0;
  for (const id of input.scope) {
    position++;
    if (input.exclude?.has(id)) continue;
    const card = input.cards.get(id);
    if (!card || card.state === 'new') {
      freshCount++;
      const rank = input.order === 'random' ? seededRank(id, seed) : input.order === 'topic' ? (input.topicRank?.get(id) ?? Infinity) : position;
      if (rank < freshRank || fresh === null) {
        fresh = id;
        freshRank = rank;
      }
    } else if (card.state === 'learning' || card.state === 'relearning') {
      if (card.due <= input.now) {
        counts.learning++;
        if (card.due < learningDueAt) [learningDue, learningDueAt] = [id, card.due];
      } else if (card.due <= input.now + LEARN_AHEAD_MS) {
        counts.learning++;
        if (card.due < learningSoonAt) [learningSoon, learningSoonAt] = [id, card.due];
      }
    } else if (card.due <= input.now) {
      counts.due++;
      if (card.due < reviewDueAt) [reviewDue, reviewDueAt] = [id, card.due];
    }
  }
  const newLimit = Math.max(0, input.newLimit);
  counts.new = Math.min(newLimit, freshCount);
  const newPick = newLimit > 0 ? fresh : null;
  const pick = learningDue ?? reviewDue ?? newPick ?? learningSoon;
  return { questionId: pick, isNew: pick !== null && pick === newPick, counts };
}
