import { describe, expect, it } from 'vitest';
import { asQuestionId, type QuestionId } from '../model/index.js';
import { buildCardTable } from './card-table.js';
import { LEARN_AHEAD_MS, NEW_ORDERS, seededRank, selectNext, selectNextIndexed, shuffled } from './queue.js';
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

describe('selectNext at the edges', () => {
  const scope = ['a', 'b', 'c', 'd', 'e'].map(q);
  const pick = (cards: [string, CardState][], extra: Partial<Parameters<typeof selectNext>[0]> = {}) =>
    selectNext({ scope, cards: new Map(cards.map(([id, c]) => [q(id), c])), now: NOW, newLimit: 0, order: 'path', ...extra });

  it('takes the most overdue review first, counts one due exactly now, and not one due a millisecond later', () => {
    const p = pick([
      ['a', card('review', NOW - 10)],
      ['b', card('review', NOW - 500)],
      ['c', card('review', NOW)],
      ['d', card('review', NOW + 1)],
    ]);
    expect(p).toMatchObject({ questionId: 'b', isNew: false, counts: { due: 3, new: 0, learning: 0 } });
    expect(pick([['c', card('review', NOW)]]).questionId).toBe('c');
    expect(pick([['d', card('review', NOW + 1)]]).questionId).toBeNull();
  });

  it('takes the most overdue learning card, even in the first place of the scope', () => {
    const p = pick([
      ['a', card('learning', NOW)],
      ['b', card('review', NOW - 1000)],
      ['c', card('relearning', NOW - 60_000)],
    ]);
    expect(p).toMatchObject({ questionId: 'c', counts: { due: 1, learning: 2 } });
    expect(
      pick([
        ['a', card('learning', NOW)],
        ['b', card('review', NOW - 1000)],
      ]).questionId,
    ).toBe('a');
  });

  it('learns ahead up to 20 minutes, the soonest first, and counts those cards as learning', () => {
    expect(LEARN_AHEAD_MS).toBe(20 * 60_000);
    const p = pick([
      ['a', card('learning', NOW + 20 * 60_000)],
      ['b', card('learning', NOW + 5 * 60_000)],
      ['c', card('learning', NOW + 20 * 60_000 + 1)],
    ]);
    expect(p).toMatchObject({ questionId: 'b', isNew: false, counts: { learning: 2 } });
    expect(pick([['c', card('learning', NOW + 20 * 60_000 + 1)]])).toMatchObject({
      questionId: null,
      isNew: false,
      counts: { learning: 0 },
    });
    expect(pick([['a', card('learning', NOW + 20 * 60_000)]]).questionId).toBe('a');
  });

  it('serves the earliest request first, the first in scope on a tie, and even in the first place', () => {
    const asked = (at: number): CardState => ({ ...card('new', at), reps: 0, lastReview: null });
    expect(
      pick([
        ['a', asked(NOW - 5)],
        ['b', card('review', NOW - 1000)],
      ]),
    ).toMatchObject({ questionId: 'a', isNew: true });
    expect(
      pick([
        ['c', asked(NOW - 5)],
        ['d', asked(NOW - 5)],
        ['e', asked(NOW - 9)],
      ]).questionId,
    ).toBe('e');
    expect(
      pick([
        ['c', asked(NOW - 5)],
        ['d', asked(NOW - 5)],
      ]).questionId,
    ).toBe('c');
  });

  it('breaks a tie in topic rank by scope order, and a seedless random order is seed 0', () => {
    const topicRank = new Map(scope.map((id) => [id, 1]));
    expect(pick([], { newLimit: 5, order: 'topic', topicRank }).questionId).toBe('a');
    const noSeed = pick([], { newLimit: 5, order: 'random' }).questionId;
    expect(noSeed).toBe(pick([], { newLimit: 5, order: 'random', seed: 0 }).questionId);
    const byRank = [...scope].sort((x, y) => seededRank(x, 0) - seededRank(y, 0));
    expect(noSeed).toBe(byRank[0]);
  });

  it('without ranks, takes the lowest table position in topic order and the scope order on a path', () => {
    const table = buildCardTable(['a', 'b', 'c', 'd'].map(q), new Map());
    const base = { scope: [3, 1, 2], table, now: NOW, newLimit: 5 };
    expect(selectNextIndexed({ ...base, order: 'topic' }).position).toBe(1);
    expect(selectNextIndexed({ ...base, order: 'path' }).position).toBe(3);
  });

  it('hides suspended and still-buried cards, but not a bury that has ended', () => {
    const cards: [string, CardState][] = [
      ['a', card('review', NOW - 30)],
      ['b', card('review', NOW - 20)],
      ['c', card('review', NOW - 10)],
    ];
    const marks = new Map([
      [q('a'), { flagged: false, suspended: true, buriedUntil: null, leech: false, leechAt: null }],
      [q('b'), { flagged: false, suspended: false, buriedUntil: NOW, leech: false, leechAt: null }],
    ]);
    expect(pick(cards, { marks })).toMatchObject({ questionId: 'b', counts: { due: 2 } });
    marks.set(q('b'), { ...marks.get(q('b'))!, buriedUntil: NOW + 1 });
    expect(pick(cards, { marks })).toMatchObject({ questionId: 'c', counts: { due: 1 } });
  });
});

describe('seeded order', () => {
  it('is the same in every release for the same id and seed (a saved random order must not reshuffle)', () => {
    expect(seededRank('a-one', 7)).toBe(0.7049907667096704);
    expect(seededRank('a-one', 0)).toBe(0.2802014241460711);
    expect(seededRank('one-a', 7)).toBe(0.3557567489333451);
    expect(NEW_ORDERS).toEqual(['path', 'topic', 'random']);
  });
});
