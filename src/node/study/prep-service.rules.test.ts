// Pins the prep service's input rules (field and message of each StudyInputError), the bounds of a mock's
// set-up and answers on both sides, defaults, what is stored, and the behaviour without a plan.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { asTopicId, type StudyPlan } from '../../core/model/index.js';
import { testCatalog } from '../../core/progress/test-catalog.js';
import { ProgressStore } from '../store/progress-store.js';
import { PrepService, UnknownItemError } from './prep-service.js';
import { StudyService } from './study-service.js';
import { inputError } from './test-service.js';

const T0 = Date.UTC(2026, 2, 1, 12);
const plan: StudyPlan = {
  file: 'study.yaml',
  topics: [
    { id: asTopicId('01'), file: '01_One', title: 'One' },
    { id: asTopicId('02'), file: '02_Two', title: 'Two' },
  ],
  paths: [
    { id: 'p', title: 'P', summary: 's', line: 1, steps: [{ topicId: asTopicId('02'), line: 1 }] },
    { id: 'q', title: 'Q', summary: 's', line: 1, steps: [{ topicId: asTopicId('01'), line: 1 }] },
  ],
  checklists: [
    {
      id: 'c',
      title: 'C',
      line: 1,
      items: [{ id: 'item', text: 't', line: 1, scope: { topicId: asTopicId('02'), line: 1 }, questionIds: [] }],
    },
  ],
  formats: [
    { id: 'fmt', title: 'Fmt', summary: 'fs', line: 1, weights: [{ topicId: asTopicId('02'), weight: 1, line: 1 }] },
    { id: 'none', title: 'Empty <One>', summary: '', line: 1, weights: [{ topicId: asTopicId('09'), weight: 1, line: 1 }] },
  ],
  focuses: [{ id: 'foc', title: 'Foc', summary: 'cs', line: 1, weights: [{ topicId: asTopicId('01'), weight: 1, line: 1 }] }],
  mustKnow: [],
};
const stores: ProgressStore[] = [];
afterEach(() => stores.splice(0).forEach((s) => s.close()));

function setup(withPlan: StudyPlan | null = plan, dir = mkdtempSync(path.join(os.tmpdir(), 'mlprep-prep-'))) {
  const clock = { t: T0 };
  const store = ProgressStore.inDir(dir);
  stores.push(store);
  const study = new StudyService({ store, topics: testCatalog(), plan: withPlan, now: () => clock.t, fuzz: false, tzOffsetMs: () => 0 });
  return { prep: new PrepService(study), study, store, clock, dir };
}

const mockBody = { format: 'fmt', focus: 'foc', questions: 3, seed: 7 };

describe('active path', () => {
  it('pins, unpins and rejects ids outside the plan, listing the plan ids', () => {
    const { prep, study } = setup();
    expect(prep.activePath()).toBeNull();
    expect(prep.paths().map((p) => [p.id, p.active])).toEqual([
      ['p', false],
      ['q', false],
    ]);
    expect(prep.setActivePath({ pathId: 'q' })).toEqual({ activePath: 'q' });
    expect(prep.paths().map((p) => p.active)).toEqual([false, true]);
    expect(study.store.getSetting('activePath')).toBe('q');
    for (const body of [{ pathId: 'nope' }, { pathId: 3 }, {}, null])
      inputError(() => prep.setActivePath(body), 'pathId', 'pathId must be null or one of: p, q.');
    expect(prep.activePath()).toBe('q');
    expect(prep.setActivePath({ pathId: null })).toEqual({ activePath: null });
    expect(prep.activePath()).toBeNull();
  });

  it('reads a stored id the plan no longer has as none', () => {
    const { prep, study } = setup();
    study.store.setSetting('activePath', 'gone');
    expect(prep.activePath()).toBeNull();
  });

  it('names an unknown path', () => {
    const { prep } = setup();
    expect(() => prep.path('zzz')).toThrow(new UnknownItemError('No study path "zzz".'));
    expect(prep.path('q').steps.map((s) => s.topicId)).toEqual(['01']);
  });
});

describe('without a plan', () => {
  it('has no paths, checklists or mock options, and refuses a pin, a tick and a mock', () => {
    const { prep } = setup(null);
    expect(prep.paths()).toEqual([]);
    expect(prep.checklists()).toEqual([]);
    expect(prep.activePath()).toBeNull();
    expect(prep.mockOptions()).toMatchObject({ formats: [], focuses: [] });
    inputError(() => prep.setActivePath({ pathId: 'p' }), 'pathId', 'pathId must be null or one of: .');
    expect(prep.setActivePath({ pathId: null })).toEqual({ activePath: null });
    expect(() => prep.tick('item', { ticked: true })).toThrow(new UnknownItemError('No checklist item "item".'));
    inputError(() => prep.createMock(mockBody), 'format', 'format must be one of: .');
  });
});

describe('pace', () => {
  it('averages new cards and reviews over 14 days', () => {
    const { prep, study, clock } = setup();
    study.grade({ questionId: 'a1', rating: 3 });
    study.grade({ questionId: 'a2', rating: 3 });
    clock.t += 60_000;
    study.grade({ questionId: 'a1', rating: 3 });
    expect(prep.pace()).toEqual({ newPerDay: 2 / 14, reviewsPerDay: 3 / 14, windowDays: 14 });
    clock.t = T0 + 15 * 86_400_000;
    expect(prep.pace()).toEqual({ newPerDay: 0, reviewsPerDay: 0, windowDays: 14 });
  });
});

describe('checklist ticks', () => {
  it('checks the item before the body, stores and clears the tick', () => {
    const { prep, study } = setup();
    expect(() => prep.tick('ghost', { ticked: 'yes' })).toThrow(new UnknownItemError('No checklist item "ghost".'));
    for (const body of [{ ticked: 'yes' }, {}, null, { ticked: 1 }])
      inputError(() => prep.tick('item', body), 'ticked', 'ticked must be true or false.');
    expect(prep.checklists()[0]!.items[0]!.ticked).toBe(false);
    expect(prep.tick('item', { ticked: true })).toEqual({ itemId: 'item', ticked: true });
    expect(study.exportDoc().checklistTicks).toEqual([{ itemId: 'item', tickedAt: T0 }]);
    expect(prep.tick('item', { ticked: false })).toEqual({ itemId: 'item', ticked: false });
    expect(prep.checklists()[0]!.items[0]!.ticked).toBe(false);
    expect(study.exportDoc().checklistTicks).toEqual([]);
  });
});

describe('mock options', () => {
  it('lists formats and focuses without their weights, and three lengths at 7.5 minutes a question', () => {
    const { prep } = setup();
    expect(prep.mockOptions()).toEqual({
      formats: [
        { id: 'fmt', title: 'Fmt', summary: 'fs' },
        { id: 'none', title: 'Empty <One>', summary: '' },
      ],
      focuses: [{ id: 'foc', title: 'Foc', summary: 'cs' }],
      lengths: [
        { minutes: 30, questions: 4 },
        { minutes: 45, questions: 6 },
        { minutes: 60, questions: 8 },
      ],
    });
  });
});

describe('createMock: validation', () => {
  it('rejects a body that is not an object, and an unknown format or focus', () => {
    const { prep } = setup();
    for (const body of [null, 'x', [mockBody]])
      inputError(() => prep.createMock(body), '(body)', 'Send { "format", "focus", "minutes" | "questions", "mix"?, "seed"? }.');
    inputError(() => prep.createMock({ ...mockBody, format: 'x' }), 'format', 'format must be one of: fmt, none.');
    inputError(() => prep.createMock({ ...mockBody, focus: 'x' }), 'focus', 'focus must be one of: foc.');
  });

  it('takes 1 to 30 questions', () => {
    const { prep } = setup();
    for (const questions of [0, 31, 2.5, '3'])
      inputError(() => prep.createMock({ ...mockBody, questions }), 'questions', 'questions must be an integer from 1 to 30.');
    expect(prep.createMock({ ...mockBody, questions: 1 })).toMatchObject({ config: { questions: 1, minutes: null } });
    expect(prep.createMock({ ...mockBody, questions: 1 }).questionIds).toHaveLength(1);
    expect(prep.createMock({ ...mockBody, questions: 30 }).config.questions).toBe(30);
  });

  it('takes 5 to 180 minutes, the question count following at 7.5 minutes each; questions win over minutes', () => {
    const { prep } = setup();
    const { questions: _q, ...noCount } = mockBody;
    for (const minutes of [4.9, 180.1, '30'])
      inputError(() => prep.createMock({ ...noCount, minutes }), 'minutes', 'minutes must be a number from 5 to 180.');
    expect(prep.createMock({ ...noCount, minutes: 5 }).config).toMatchObject({ minutes: 5, questions: 1 });
    expect(prep.createMock({ ...noCount, minutes: 180 }).config).toMatchObject({ minutes: 180, questions: 24 });
    expect(prep.createMock({ ...noCount, minutes: 15 }).questionIds).toHaveLength(2);
    expect(prep.createMock({ ...noCount, minutes: 60, questions: 2 }).config).toMatchObject({ minutes: null, questions: 2 });
    inputError(() => prep.createMock(noCount), 'questions', 'Give the length as "questions" (a count) or "minutes".');
  });

  it('takes a mix of non-negative numbers, not all zero; defaults to 1/2/1', () => {
    const { prep } = setup();
    const msg = 'mix must be { "easy", "medium", "hard" } with non-negative numbers, not all zero.';
    for (const mix of [
      'x',
      { easy: -1, medium: 2, hard: 1 },
      { easy: 0, medium: 0, hard: 0 },
      { easy: 1, medium: 1 },
      { easy: 1, medium: '1', hard: 1 },
    ])
      inputError(() => prep.createMock({ ...mockBody, mix }), 'mix', msg);
    expect(prep.createMock(mockBody).config.mix).toEqual({ easy: 1, medium: 2, hard: 1 });
    expect(prep.createMock({ ...mockBody, mix: { easy: 0, medium: 0, hard: 1, extra: 5 } }).config.mix).toEqual({
      easy: 0,
      medium: 0,
      hard: 1,
    });
  });

  it('takes a seed from 0 to 4294967295, and draws one in range when none is given', () => {
    const { prep } = setup();
    for (const seed of [-1, 4_294_967_296, 1.5, '7', null])
      inputError(() => prep.createMock({ ...mockBody, seed }), 'seed', 'seed must be an integer from 0 to 4294967295.');
    expect(prep.createMock({ ...mockBody, seed: 0 }).config.seed).toBe(0);
    expect(prep.createMock({ ...mockBody, seed: 4_294_967_295 }).config.seed).toBe(4_294_967_295);
    const { seed: _s, ...noSeed } = mockBody;
    const drawn = prep.createMock(noSeed).config.seed;
    expect(Number.isInteger(drawn) && drawn >= 0 && drawn <= 4_294_967_295).toBe(true);
  });

  it('refuses a format no written question fits, naming its title', () => {
    const { prep } = setup();
    inputError(
      () => prep.createMock({ ...mockBody, format: 'none' }),
      'format',
      'No written question fits the "Empty <One>" format yet. Pick another format.',
    );
    expect(prep.mockHistory()).toEqual([]);
  });
});

describe('createMock: what is stored', () => {
  it('stores the set-up, creation time and an id from the clock; no report before an answer', () => {
    const { prep } = setup();
    const m = prep.createMock({ ...mockBody, mix: { easy: 1, medium: 1, hard: 1 } });
    expect(m.id).toMatch(new RegExp(`^m-${T0.toString(36)}-[0-9a-f]{6}$`));
    expect(m).toMatchObject({
      createdAt: T0,
      finishedAt: null,
      answers: [],
      report: null,
      config: { format: 'fmt', focus: 'foc', questions: 3, minutes: null, mix: { easy: 1, medium: 1, hard: 1 }, seed: 7 },
    });
    expect(m.questionIds).toHaveLength(3);
    expect(new Set(m.questionIds).size).toBe(3);
    expect(prep.mock(m.id)).toEqual(m);
    expect(() => prep.mock('zz')).toThrow(new UnknownItemError('No mock interview "zz".'));
    expect(() => prep.finish('zz')).toThrow(UnknownItemError);
    expect(() => prep.answer('zz', { index: 0, durationMs: 1 })).toThrow(UnknownItemError);
  });
});

describe('answer: validation and storage', () => {
  it('takes an index from 0 to the last question', () => {
    const { prep } = setup();
    const m = prep.createMock(mockBody);
    for (const index of [-1, 3, 1.5, '0', undefined])
      inputError(() => prep.answer(m.id, { index, durationMs: 1 }), 'index', 'index must be 0 to 2.');
    inputError(() => prep.answer(m.id, null), 'index', 'index must be 0 to 2.');
    expect(prep.answer(m.id, { index: 2, durationMs: 1 }).answers.map((a) => a.index)).toEqual([2]);
  });

  it('takes a duration from 0 to 6 hours, rounded', () => {
    const { prep } = setup();
    const m = prep.createMock(mockBody);
    const msg = 'durationMs must be a number of milliseconds up to 6 hours.';
    for (const durationMs of [undefined, -1, 6 * 3_600_000 + 1, Number.NaN, Number.POSITIVE_INFINITY, '5'])
      inputError(() => prep.answer(m.id, { index: 0, durationMs }), 'durationMs', msg);
    expect(prep.answer(m.id, { index: 0, durationMs: 6 * 3_600_000 }).answers[0]!.durationMs).toBe(21_600_000);
    expect(prep.answer(m.id, { index: 0, durationMs: 0 }).answers[0]!.durationMs).toBe(0);
    expect(prep.answer(m.id, { index: 0, durationMs: 10.5 }).answers[0]!.durationMs).toBe(11);
  });

  it('takes distinct key-point indices below the question’s count, sorted; none by default', () => {
    const { prep } = setup();
    const m = prep.createMock(mockBody);
    const msg = 'keyPointsChecked must list distinct indices from 0 to 3.';
    for (const keyPointsChecked of [[4], [-1], [0, 0], [0.5], 'x', null])
      inputError(() => prep.answer(m.id, { index: 0, durationMs: 1, keyPointsChecked }), 'keyPointsChecked', msg);
    expect(prep.answer(m.id, { index: 0, durationMs: 1 }).answers[0]).toMatchObject({ keyPointsChecked: [], keyPointsTotal: 4, notes: '' });
    expect(prep.answer(m.id, { index: 0, durationMs: 1, keyPointsChecked: [3, 1] }).answers[0]!.keyPointsChecked).toEqual([1, 3]);
  });

  it('takes notes of at most 20000 characters', () => {
    const { prep } = setup();
    const m = prep.createMock(mockBody);
    for (const notes of ['n'.repeat(20_001), 5])
      inputError(
        () => prep.answer(m.id, { index: 0, durationMs: 1, notes }),
        'notes',
        'notes must be a string of at most 20000 characters.',
      );
    expect(prep.answer(m.id, { index: 0, durationMs: 1, notes: 'n'.repeat(20_000) }).answers[0]!.notes).toHaveLength(20_000);
  });

  it('stores the answer with its question, time and key-point total; a second answer replaces it', () => {
    const { prep, clock } = setup();
    const m = prep.createMock(mockBody);
    clock.t += 5000;
    const v = prep.answer(m.id, { index: 1, durationMs: 2000, keyPointsChecked: [0, 1, 2, 3], notes: 'ok' });
    expect(v.answers).toEqual([
      {
        index: 1,
        questionId: m.questionIds[1],
        answeredAt: T0 + 5000,
        durationMs: 2000,
        notes: 'ok',
        keyPointsChecked: [0, 1, 2, 3],
        keyPointsTotal: 4,
      },
    ]);
    expect(v.report).not.toBeNull();
    expect(v.report!.score).toBe(1);
    const again = prep.answer(m.id, { index: 1, durationMs: 3000, keyPointsChecked: [] });
    expect(again.answers).toHaveLength(1);
    expect(again.answers[0]).toMatchObject({ durationMs: 3000, keyPointsChecked: [], notes: '' });
    expect(again.report!.missed).toEqual([m.questionIds[1]]);
  });

  it('refuses to answer a question no longer in the collection', () => {
    const { prep, store } = setup();
    const m = prep.createMock(mockBody);
    const shrunk = testCatalog().filter((t) => t.id !== '02');
    const later = new PrepService(new StudyService({ store, topics: shrunk, plan, now: () => T0, fuzz: false, tzOffsetMs: () => 0 }));
    inputError(
      () => later.answer(m.id, { index: 0, durationMs: 1 }),
      'index',
      `Question "${m.questionIds[0]}" is no longer in the collection.`,
    );
  });
});

describe('finish, review of the missed questions and history', () => {
  it('finishes at the clock time and grades each missed question Again once, with its answer’s time and points', () => {
    const { prep, study, clock } = setup();
    const m = prep.createMock(mockBody);
    prep.answer(m.id, { index: 0, durationMs: 4000, keyPointsChecked: [0] });
    prep.answer(m.id, { index: 1, durationMs: 5000, keyPointsChecked: [0, 1, 2, 3] });
    clock.t += 60_000;
    expect(prep.finish(m.id).finishedAt).toBe(T0 + 60_000);
    expect(prep.reviewMissed(m.id)).toEqual({ added: [m.questionIds[0]] });
    expect(study.exportDoc().reviewLog).toEqual([
      expect.objectContaining({
        uid: `mock:${m.id}:${m.questionIds[0]}`,
        questionId: m.questionIds[0],
        rating: 1,
        reviewedAt: T0 + 60_000,
        durationMs: 4000,
        keyPointsChecked: [0],
      }),
    ]);
    expect(prep.reviewMissed(m.id)).toEqual({ added: [] });
    expect(study.exportDoc().reviewLog).toHaveLength(1);
  });

  it('a mock without answers has nothing to review', () => {
    const { prep } = setup();
    const m = prep.createMock(mockBody);
    expect(prep.reviewMissed(m.id)).toEqual({ added: [] });
  });

  it('lists mocks oldest first with their counts and score', () => {
    const { prep, clock } = setup();
    clock.t = T0 + 1000;
    const later = prep.createMock(mockBody);
    clock.t = T0;
    const earlier = prep.createMock({ ...mockBody, questions: 2 });
    prep.answer(later.id, { index: 0, durationMs: 1, keyPointsChecked: [0, 1] });
    prep.finish(later.id);
    expect(prep.mockHistory()).toEqual([
      { id: earlier.id, createdAt: T0, finishedAt: null, format: 'fmt', focus: 'foc', questions: 2, answered: 0, score: null },
      { id: later.id, createdAt: T0 + 1000, finishedAt: T0, format: 'fmt', focus: 'foc', questions: 3, answered: 1, score: 0.5 },
    ]);
  });
});
