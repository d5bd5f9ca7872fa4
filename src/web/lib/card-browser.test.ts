import { describe, expect, it } from 'vitest';
import type { CardListItem } from '../../core/api/card-types.js';
import { clickSelect, filterCards, formatDue, sortCards } from './card-browser.js';

const card = (id: string, over: Partial<CardListItem> = {}): CardListItem => ({
  id,
  topicId: '01',
  topicTitle: 'Math',
  partNumber: 1,
  title: id.replace(/-/g, ' '),
  difficulty: 'medium',
  state: 'new',
  due: null,
  stability: null,
  lapses: 0,
  reps: 0,
  lastRating: null,
  flagged: false,
  suspended: false,
  buriedUntil: null,
  leech: false,
  states: ['new'],
  ...over,
});

const cards = [
  card('bias-variance', { due: 300, stability: 4, lapses: 2, lastRating: 1, states: ['review', 'flagged'], flagged: true }),
  card('gradient-descent', { topicId: '02', difficulty: 'hard', due: 100, stability: 12, states: ['review'] }),
  card('dropout', { difficulty: 'easy', states: ['new', 'suspended', 'leech'], suspended: true, leech: true, lapses: 9 }),
];
const ids = (list: CardListItem[]) => list.map((c) => c.id);

describe('filterCards', () => {
  it('filters by topic, state and every word of the text', () => {
    expect(ids(filterCards(cards, { topic: '01', state: '', text: '' }))).toEqual(['bias-variance', 'dropout']);
    expect(ids(filterCards(cards, { topic: '', state: 'leech', text: '' }))).toEqual(['dropout']);
    expect(ids(filterCards(cards, { topic: '', state: 'flagged', text: '' }))).toEqual(['bias-variance']);
    expect(ids(filterCards(cards, { topic: '', state: '', text: 'Descent GRAD' }))).toEqual(['gradient-descent']);
    expect(filterCards(cards, { topic: '02', state: 'new', text: '' })).toEqual([]);
  });
});

describe('sortCards', () => {
  it('sorts each column both ways, blanks last', () => {
    expect(ids(sortCards(cards, 'due', 'asc'))).toEqual(['gradient-descent', 'bias-variance', 'dropout']);
    expect(ids(sortCards(cards, 'due', 'desc'))).toEqual(['bias-variance', 'gradient-descent', 'dropout']);
    expect(ids(sortCards(cards, 'difficulty', 'asc'))).toEqual(['dropout', 'bias-variance', 'gradient-descent']);
    expect(ids(sortCards(cards, 'lapses', 'desc'))).toEqual(['dropout', 'bias-variance', 'gradient-descent']);
    expect(ids(sortCards(cards, 'flags', 'desc'))).toEqual(['dropout', 'bias-variance', 'gradient-descent']);
    expect(ids(sortCards(cards, 'title', 'asc'))).toEqual(['bias-variance', 'dropout', 'gradient-descent']);
    expect(ids(sortCards(cards, 'lastRating', 'asc'))).toEqual(['bias-variance', 'gradient-descent', 'dropout']);
  });
});

describe('clickSelect', () => {
  const rows = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
  it('toggles one row on a plain click', () => {
    expect([...clickSelect(new Set(['a']), rows, 0, null, false)]).toEqual([]);
    expect([...clickSelect(new Set(), rows, 2, 0, false)]).toEqual(['c']);
  });
  it('selects the range from the anchor on a shift-click, either direction', () => {
    expect([...clickSelect(new Set(['b']), rows, 3, 1, true)].sort()).toEqual(['b', 'c', 'd']);
    expect([...clickSelect(new Set(['d']), rows, 0, 3, true)].sort()).toEqual(['a', 'b', 'c', 'd']);
  });
  it('clears the range when the shift-clicked row was selected', () => {
    expect([...clickSelect(new Set(['a', 'b', 'c', 'e']), rows, 2, 0, true)]).toEqual(['e']);
  });
});

describe('formatDue', () => {
  const now = Date.UTC(2026, 0, 5, 12);
  it('reads relative to now', () => {
    expect(formatDue(null, now)).toBe('—');
    expect(formatDue(now - 1, now)).toBe('due now');
    expect(formatDue(now + 10 * 60_000, now)).toBe('in 1 h');
    expect(formatDue(now + 5 * 3_600_000, now)).toBe('in 5 h');
    expect(formatDue(now + 12 * 86_400_000, now)).toBe('in 12 d');
  });
});
