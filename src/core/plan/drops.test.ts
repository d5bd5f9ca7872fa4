import { describe, expect, it } from 'vitest';
import { asQuestionId, asTopicId, type StudyPlan } from '../model/index.js';
import { createScheduler } from '../schedule/index.js';
import { proposeDrops, roleChecklistOf } from './drops.js';
import { nightBefore } from './night-before.js';
import { DAY_MS } from './recall.js';
import { T0 } from './test-students.js';

const q = asQuestionId;
const plan: StudyPlan = {
  file: 'study.yaml',
  topics: [],
  paths: [],
  formats: [],
  focuses: [],
  mustKnow: [],
  checklists: [
    {
      id: 'mle',
      title: 'ML Engineer',
      line: 1,
      items: [{ id: 'i', text: 't', scope: { topicId: asTopicId('01'), line: 1 }, questionIds: [q('h1')], line: 1 }],
    },
  ],
};
const fsrs = createScheduler({ retention: 0.9, fuzz: false });
const studied = fsrs.grade(fsrs.newCard(T0), T0, 3);

describe('proposeDrops', () => {
  const questions = new Map(
    Object.entries({
      h1: { difficulty: 'hard' },
      h2: { difficulty: 'hard' },
      h3: { difficulty: 'hard' },
      e1: { difficulty: 'easy' },
    } as const),
  );
  const ids = ['h1', 'h2', 'h3', 'e1'].map(q);

  it('proposes hard unstudied questions outside the role checklist', () => {
    const list = roleChecklistOf('path:mle;difficulty:hard,medium', plan);
    expect(list?.id).toBe('mle');
    const p = proposeDrops(ids, questions, new Map([[q('h3'), studied]]), { title: list!.title, questionIds: [q('h1')] });
    expect(p.questionIds).toEqual([q('h2')]);
    expect(p.reason).toMatch(/ML Engineer/);
  });

  it('without a checklist, proposes every hard unstudied question', () => {
    expect(roleChecklistOf('topics:01', plan)).toBeNull();
    expect(proposeDrops(ids, questions, new Map(), null).questionIds).toEqual(['h1', 'h2', 'h3']);
  });
});

describe('nightBefore', () => {
  it('lists the weakest on the day first, unstudied ones (recall 0) before all', () => {
    const old = fsrs.grade(fsrs.newCard(T0 - 30 * DAY_MS), T0 - 30 * DAY_MS, 3);
    const cards = new Map([
      [q('a'), studied],
      [q('b'), old],
    ]);
    const items = nightBefore([q('a'), q('b'), q('c')], cards, T0 + DAY_MS, 2);
    expect(items.map((i) => i.questionId)).toEqual(['c', 'b']);
    expect(items[0]!.recall).toBe(0);
  });
});

describe('roleChecklistOf', () => {
  const two: StudyPlan = {
    ...plan,
    checklists: [...plan.checklists, { id: 'ds', title: 'Data Scientist', line: 9, items: [] }],
  };

  it('has no checklist without a study plan', () => {
    expect(roleChecklistOf('path:mle', null)).toBeNull();
  });

  it('reads `checklist:<id>` and `path:<id>`, in any filter of the scope, spaces around filters allowed', () => {
    expect(roleChecklistOf('checklist:ds', two)?.title).toBe('Data Scientist');
    expect(roleChecklistOf('path:ds', two)?.title).toBe('Data Scientist');
    expect(roleChecklistOf('topics:01; path:ds', two)?.id).toBe('ds');
  });

  it('skips a path without a checklist and goes on to the next filter', () => {
    expect(roleChecklistOf('path:nope;checklist:mle', two)?.id).toBe('mle');
    expect(roleChecklistOf('path:nope', two)).toBeNull();
  });

  it('ignores other filters even when their value is a checklist id, and a bare kind', () => {
    expect(roleChecklistOf('topics:mle', two)).toBeNull();
    expect(roleChecklistOf('difficulty:ds', two)).toBeNull();
    expect(roleChecklistOf('path', two)).toBeNull();
    expect(roleChecklistOf('checklist:', two)).toBeNull();
  });
});

describe('proposeDrops: which questions', () => {
  it('counts a requested card (state new) as not studied, and skips ids the catalog does not know', () => {
    const requested = fsrs.newCard(T0);
    const questions = new Map([
      ['h1', { difficulty: 'hard' as const }],
      ['m1', { difficulty: 'medium' as const }],
    ]);
    const p = proposeDrops([q('h1'), q('gone'), q('m1')], questions, new Map([[q('h1'), requested]]), null);
    expect(p.questionIds).toEqual(['h1']);
    expect(p.reason).toBe('hard questions not yet studied');
  });

  it('names the checklist in the reason', () => {
    const p = proposeDrops([], new Map(), new Map(), { title: 'ML Engineer', questionIds: [] });
    expect(p.reason).toBe('hard questions not yet studied and outside the "ML Engineer" checklist');
  });
});
