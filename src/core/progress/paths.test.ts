import { describe, expect, it } from 'vitest';
import { asQuestionId, asTopicId, type QuestionId, type StudyPlan } from '../model/index.js';
import { createScheduler, type CardState } from '../schedule/index.js';
import { computeChecklists, computePathProgress, estimateDays } from './paths.js';
import { testCatalog } from './test-catalog.js';

const NOW = Date.UTC(2026, 2, 1, 12);
const DAY = 86_400_000;
const s = createScheduler({ retention: 0.9, fuzz: false });
const topics = testCatalog();
const plan: StudyPlan = {
  file: 'study.yaml',
  topics: [
    { id: asTopicId('01'), file: '01_One', title: 'One' },
    { id: asTopicId('02'), file: '02_Two', title: 'Two' },
    { id: asTopicId('03'), file: '03_Three', title: 'Three' },
  ],
  paths: [
    {
      id: 'p',
      title: 'P',
      summary: 'x',
      line: 1,
      steps: [
        { topicId: asTopicId('01'), parts: [1], partsLabel: '1', line: 1 },
        { topicId: asTopicId('02'), line: 2 },
        { topicId: asTopicId('03'), line: 3 },
      ],
    },
  ],
  checklists: [
    {
      id: 'c',
      title: 'C',
      line: 1,
      items: [
        { id: 'i1', text: 'one', line: 1, scope: { topicId: asTopicId('01'), parts: [1], line: 1 }, questionIds: [] },
        { id: 'i2', text: 'two', line: 2, scope: { topicId: asTopicId('02'), line: 2 }, questionIds: [asQuestionId('b1')] },
      ],
    },
  ],
  formats: [],
  focuses: [],
  mustKnow: [],
};
/** A card reviewed `ago` ms before NOW with a long stability: mastered. */
const mastered = (): CardState => ({ ...s.grade(s.newCard(NOW - DAY), NOW - DAY, 4), stability: 400 });
const pace = { newPerDay: 2, reviewsPerDay: 10, windowDays: 14 };

describe('computePathProgress (fixed clock)', () => {
  it('reports counts and shares per step and the next step', () => {
    const cards = new Map<QuestionId, CardState>([[asQuestionId('a1'), mastered()]]);
    const p = computePathProgress(plan.paths[0]!, plan, topics, cards, NOW, pace, 20);
    expect(p.steps.map((x) => [x.topicId, x.questions, x.studied, x.mastered, x.available])).toEqual([
      ['01', 2, 0.5, 0.5, true],
      ['02', 4, 0, 0, true],
      ['03', 0, 0, 0, false],
    ]);
    expect(p.next).toBe(0);
    expect(p.questions).toBe(6);
    expect(p.unstudied).toBe(5);
    expect(p.estimate.days).toBe(3);
    expect(p.estimate.daysAtLimit).toBe(1);
  });

  it('carries the stated length and the new questions a day it takes, null when there is none', () => {
    const p = computePathProgress({ ...plan.paths[0]!, duration: '2–3 weeks' }, plan, topics, new Map(), NOW, { ...pace, newPerDay: 0 }, 1);
    expect(p.estimate.daysAtLimit).toBe(6);
    expect(p.estimate.stated).toEqual({ maxDays: 21, newPerDay: 1 });
    const unstated = computePathProgress({ ...plan.paths[0]!, duration: undefined }, plan, topics, new Map(), NOW, pace, 1);
    expect(unstated.estimate.stated).toBeNull();
  });

  it('moves on once a step is fully studied and mostly mastered', () => {
    const cards = new Map<QuestionId, CardState>([
      [asQuestionId('a1'), mastered()],
      [asQuestionId('a2'), mastered()],
    ]);
    const p = computePathProgress(plan.paths[0]!, plan, topics, cards, NOW, pace, 20);
    expect(p.steps[0]!.done).toBe(true);
    expect(p.next).toBe(1);
  });

  it('a studied but forgotten question is studied, not mastered', () => {
    const forgotten = { ...s.grade(s.newCard(NOW - 400 * DAY), NOW - 400 * DAY, 3) };
    const p = computePathProgress(plan.paths[0]!, plan, topics, new Map([[asQuestionId('a1'), forgotten]]), NOW, pace, 20);
    expect(p.steps[0]).toMatchObject({ studied: 0.5, mastered: 0 });
  });
});

describe('estimateDays', () => {
  it.each([
    [10, 2, 20, 5, 1],
    [0, 2, 20, 0, 0],
    [7, 0, 5, null, 2],
    [7, 0, 0, null, null],
  ])('%d left at %d/day (limit %d) -> %s days', (left, perDay, limit, days, atLimit) => {
    expect(estimateDays(left, { newPerDay: perDay, reviewsPerDay: 0, windowDays: 14 }, limit)).toEqual({ days, daysAtLimit: atLimit });
  });
});

describe('computeChecklists', () => {
  it('links items to questions, keeps ticks and marks ready only when every linked question is mastered', () => {
    const cards = new Map<QuestionId, CardState>([
      [asQuestionId('b1'), mastered()],
      [asQuestionId('a1'), mastered()],
    ]);
    const [c] = computeChecklists(plan.checklists, topics, cards, new Set(['i1']), NOW);
    expect(c!.items.map((i) => [i.id, i.questionIds, i.ticked, i.ready])).toEqual([
      ['i1', ['a1', 'a2'], true, false],
      ['i2', ['b1'], false, true],
    ]);
  });
});
