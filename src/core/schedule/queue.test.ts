import { describe, expect, it } from 'vitest';
import { asQuestionId, type QuestionId } from '../model/index.js';
import { selectNext, shuffled } from './queue.js';
import type { CardState } from './scheduler.js';

const NOW = Date.UTC(2026, 0, 5, 9, 0, 0);
const q = (s: string) => asQuestionId(s);
const card = (state: CardState['state'], due: number): CardState => ({
  due,
  stability: 1,
  difficulty: 5,
  scheduledDays: 1,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  state,
  lastReview: NOW - 86_400_000,
});

describe('selectNext', () => {
  const scope = ['a', 'b', 'c', 'd', 'e'].map(q);

  it('takes due learning cards before due reviews before new cards', () => {
    const cards = new Map<QuestionId, CardState>([
      [q('b'), card('review', NOW - 1000)],
      [q('c'), card('learning', NOW - 10)],
      [q('d'), card('review', NOW + 86_400_000)],
    ]);
    const pick = selectNext({ scope, cards, now: NOW, newLimit: 20, order: 'path' });
    expect(pick.questionId).toBe('c');
    expect(pick.counts).toEqual({ due: 1, new: 2, learning: 1 });
    cards.delete(q('c'));
    expect(selectNext({ scope, cards, now: NOW, newLimit: 20, order: 'path' }).questionId).toBe('b');
    cards.delete(q('b'));
    const next = selectNext({ scope, cards, now: NOW, newLimit: 20, order: 'path' });
    expect(next).toMatchObject({ questionId: 'a', isNew: true });
  });

  it('serves a never-studied card the user added (stored in state new) after due learning, before due reviews, outside the new limit', () => {
    const cards = new Map<QuestionId, CardState>([
      [q('b'), card('review', NOW - 1000)],
      [q('c'), card('learning', NOW - 10)],
      [q('e'), { ...card('new', NOW - 5), reps: 0, lastReview: null }],
      [q('d'), { ...card('new', NOW - 50), reps: 0, lastReview: null }],
    ]);
    const pick = selectNext({ scope, cards, now: NOW, newLimit: 0, order: 'path' });
    expect(pick.questionId).toBe('c');
    expect(pick.counts).toEqual({ due: 1, new: 2, learning: 1 });
    cards.delete(q('c'));
    // The earlier request first, as new, even with no new cards left today.
    expect(selectNext({ scope, cards, now: NOW, newLimit: 0, order: 'path' })).toMatchObject({ questionId: 'd', isNew: true });
    cards.delete(q('d'));
    expect(selectNext({ scope, cards, now: NOW, newLimit: 0, order: 'path' }).questionId).toBe('e');
    cards.delete(q('e'));
    expect(selectNext({ scope, cards, now: NOW, newLimit: 0, order: 'path' }).questionId).toBe('b');
  });

  it('respects the daily new-card limit and then learns ahead', () => {
    const cards = new Map<QuestionId, CardState>([[q('a'), card('learning', NOW + 5 * 60_000)]]);
    const pick = selectNext({ scope, cards, now: NOW, newLimit: 0, order: 'path' });
    expect(pick).toMatchObject({ questionId: 'a', isNew: false });
    expect(pick.counts.new).toBe(0);
    const none = selectNext({ scope: [q('b')], cards, now: NOW, newLimit: 0, order: 'path' });
    expect(none.questionId).toBeNull();
  });

  it('orders new cards by path, topic rank or a seeded shuffle', () => {
    const cards = new Map<QuestionId, CardState>();
    const topicRank = new Map(scope.map((id, i) => [id, scope.length - i]));
    expect(selectNext({ scope, cards, now: NOW, newLimit: 5, order: 'topic', topicRank }).questionId).toBe('e');
    const r1 = selectNext({ scope, cards, now: NOW, newLimit: 5, order: 'random', seed: 7 }).questionId;
    const r2 = selectNext({ scope, cards, now: NOW, newLimit: 5, order: 'random', seed: 7 }).questionId;
    expect(r1).toBe(r2);
    expect(shuffled(scope, 7)).toEqual(shuffled(scope, 7));
    expect([...shuffled(scope, 7)].sort()).toEqual([...scope].sort());
    expect(new Set([1, 2, 3, 4, 5, 6].map((seed) => shuffled(scope, seed).join(''))).size).toBeGreaterThan(1);
  });

  it('skips excluded questions', () => {
    const pick = selectNext({ scope, cards: new Map(), now: NOW, newLimit: 5, order: 'path', exclude: new Set([q('a')]) });
    expect(pick.questionId).toBe('b');
  });
});
