// The study catalog: the vault's topics in id order with what the study side needs of each question.
import { describe, expect, it } from 'vitest';
import { parseTopic } from '../parse/index.js';
import { catalogFromVault, catalogQuestions } from './catalog.js';
import { topicSource } from './test-catalog.js';

describe('catalogFromVault', () => {
  it('orders topics by id whatever the vault order, and keeps each question with its key point count', () => {
    const two = parseTopic(
      '02_B.md',
      topicSource('02', [[1, [{ id: 'b-one', difficulty: 'hard', keyPoints: 3, aliases: 'b-old' }]]], false),
    ).topic!;
    const one = parseTopic(
      '01_A.md',
      topicSource('01', [
        [1, [{ id: 'a-one' }]],
        [2, [{ id: 'a-two', keyPoints: 1 }]],
      ]),
    ).topic!;
    const catalog = catalogFromVault({ topics: [two, one], notes: [], plan: null, diagnostics: [], exercises: [], figures: [] });
    expect(catalog.map((t) => [t.id, t.title, t.essential, t.parts.map((p) => [p.number, p.title])])).toEqual([
      [
        '01',
        'Topic 01',
        true,
        [
          [1, 'P1'],
          [2, 'P2'],
        ],
      ],
      ['02', 'Topic 02', false, [[1, 'P1']]],
    ]);
    expect(catalogQuestions(catalog)).toEqual([
      { id: 'a-one', topicId: '01', partNumber: 1, title: 'Q a-one', difficulty: 'easy', aliases: [], keyPoints: 2 },
      { id: 'a-two', topicId: '01', partNumber: 2, title: 'Q a-two', difficulty: 'easy', aliases: [], keyPoints: 1 },
      { id: 'b-one', topicId: '02', partNumber: 1, title: 'Q b-one', difficulty: 'hard', aliases: ['b-old'], keyPoints: 3 },
    ]);
  });
});
