import { describe, expect, it } from 'vitest';
import { asQuestionId, type MustKnowArea, type QuestionId } from '../model/index.js';
import { createScheduler, type CardState } from '../schedule/index.js';
import { computeMustKnow } from './must-know.js';
import { testCatalog } from './test-catalog.js';

const NOW = Date.UTC(2026, 2, 1, 12);
const DAY = 86_400_000;
const s = createScheduler({ retention: 0.9, fuzz: false });
const q = asQuestionId;
/** Reviewed a day ago with a long stability: mastered now. */
const mastered = (): CardState => ({ ...s.grade(s.newCard(NOW - DAY), NOW - DAY, 4), stability: 400 });
/** Reviewed 60 days ago with a stability of 2 days: studied, recall now far below the mastery line. */
const forgotten = (): CardState => ({ ...s.grade(s.newCard(NOW - 60 * DAY), NOW - 60 * DAY, 3), stability: 2 });

const areas: MustKnowArea[] = [
  {
    id: 'core',
    title: 'Core',
    topics: [],
    line: 1,
    concepts: [
      { id: 'one', text: 'One', questionIds: [q('a1'), q('a2')], line: 1 },
      { id: 'two', text: 'Two', questionIds: [q('a1')], line: 2 },
      { id: 'unwritten', text: 'Only a question of an unwritten topic', questionIds: [q('zz-not-written')], line: 3 },
    ],
  },
];

describe('computeMustKnow (fixed clock)', () => {
  it('counts studied and mastered per concept, and a concept is ready only when all of it is mastered', () => {
    const cards = new Map<QuestionId, CardState>([
      [q('a1'), mastered()],
      [q('a2'), forgotten()],
    ]);
    const [core] = computeMustKnow(areas, testCatalog(), cards, NOW);
    expect(core!.concepts.map((c) => [c.id, c.questions.length, c.studied, c.mastered, c.ready])).toEqual([
      ['one', 2, 2, 1, false],
      ['two', 1, 1, 1, true],
      ['unwritten', 0, 0, 0, false],
    ]);
    expect(core).toMatchObject({ questions: 2, studied: 2, mastered: 1, ready: 1 });
  });

  it('reports nothing studied for a new user', () => {
    const [core] = computeMustKnow(areas, testCatalog(), new Map(), NOW);
    expect(core).toMatchObject({ studied: 0, mastered: 0, ready: 0 });
  });
});
