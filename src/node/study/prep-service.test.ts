import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { asTopicId, type StudyPlan } from '../../core/model/index.js';
import { testCatalog } from '../../core/progress/test-catalog.js';
import { ProgressStore } from '../store/progress-store.js';
import { PrepService, UnknownItemError } from './prep-service.js';
import { StudyInputError, StudyService } from './study-service.js';

const T0 = Date.UTC(2026, 2, 1, 12);
const plan: StudyPlan = {
  file: 'study.yaml',
  topics: [
    { id: asTopicId('01'), file: '01_One', title: 'One' },
    { id: asTopicId('02'), file: '02_Two', title: 'Two' },
  ],
  paths: [
    {
      id: 'p',
      title: 'P',
      summary: 's',
      line: 1,
      steps: [
        { topicId: asTopicId('02'), line: 1 },
        { topicId: asTopicId('01'), line: 1 },
      ],
    },
  ],
  checklists: [
    {
      id: 'c',
      title: 'C',
      line: 1,
      items: [{ id: 'item', text: 't', line: 1, scope: { topicId: asTopicId('02'), line: 1 }, questionIds: [] }],
    },
  ],
  formats: [{ id: 'fmt', title: 'Fmt', summary: '', line: 1, weights: [{ topicId: asTopicId('02'), weight: 1, line: 1 }] }],
  focuses: [{ id: 'foc', title: 'Foc', summary: '', line: 1, weights: [{ topicId: asTopicId('01'), weight: 1, line: 1 }] }],
  mustKnow: [],
};
const stores: ProgressStore[] = [];
afterEach(() => stores.splice(0).forEach((s) => s.close()));

function setup(dir = mkdtempSync(path.join(os.tmpdir(), 'mlprep-prep-'))) {
  const clock = { t: T0 };
  const store = ProgressStore.inDir(dir);
  stores.push(store);
  const study = new StudyService({ store, topics: testCatalog(), plan, now: () => clock.t, fuzz: false, tzOffsetMs: () => 0 });
  return { prep: new PrepService(study), study, clock, dir };
}

describe('PrepService', () => {
  it('pins a path and reports its progress as the user studies', () => {
    const { prep, study } = setup();
    expect(prep.setActivePath({ pathId: 'p' })).toEqual({ activePath: 'p' });
    expect(() => prep.setActivePath({ pathId: 'nope' })).toThrow(StudyInputError);
    const before = prep.path('p');
    expect(before.active).toBe(true);
    expect(before.steps[0]).toMatchObject({ topicId: '02', questions: 4, studied: 0 });
    study.grade({ questionId: 'b1', rating: 4 });
    expect(prep.path('p').steps[0]!.studied).toBe(0.25);
    expect(prep.pace().newPerDay).toBeCloseTo(1 / 14);
    expect(() => prep.path('zzz')).toThrow(UnknownItemError);
  });

  it('stores checklist ticks', () => {
    const { prep, dir } = setup();
    prep.tick('item', { ticked: true });
    expect(prep.checklists()[0]!.items[0]).toMatchObject({ ticked: true, ready: false, questionIds: ['b1', 'b2', 'b3', 'b4'] });
    expect(() => prep.tick('item', { ticked: 'yes' })).toThrow(StudyInputError);
    expect(() => prep.tick('ghost', { ticked: true })).toThrow(UnknownItemError);
    stores.pop()!.close();
    expect(setup(dir).prep.checklists()[0]!.items[0]!.ticked).toBe(true);
  });

  it('runs a seeded mock to its report and makes the missed questions due', () => {
    const { prep, study, clock } = setup();
    const a = prep.createMock({ format: 'fmt', focus: 'foc', questions: 3, seed: 11 });
    const b = prep.createMock({ format: 'fmt', focus: 'foc', questions: 3, seed: 11 });
    expect(a.questionIds).toEqual(b.questionIds);
    expect(a.questionIds.every((id) => id.startsWith('b'))).toBe(true);
    expect(() => prep.createMock({ format: 'x', focus: 'foc', questions: 3 })).toThrow(expect.objectContaining({ field: 'format' }));
    expect(() => prep.createMock({ format: 'fmt', focus: 'foc' })).toThrow(expect.objectContaining({ field: 'questions' }));
    prep.answer(a.id, { index: 0, durationMs: 90_000, keyPointsChecked: [0, 1, 2, 3], notes: 'good' });
    prep.answer(a.id, { index: 1, durationMs: 60_000, keyPointsChecked: [0] });
    prep.answer(a.id, { index: 2, durationMs: 30_000, keyPointsChecked: [] });
    expect(() => prep.answer(a.id, { index: 3, durationMs: 1 })).toThrow(StudyInputError);
    const done = prep.finish(a.id);
    expect(done.finishedAt).toBe(T0);
    expect(done.report!.missed).toEqual([a.questionIds[1], a.questionIds[2]]);
    expect(done.report!.score).toBeCloseTo((1 + 0.25 + 0) / 3);
    const { added } = prep.reviewMissed(a.id);
    expect(added).toEqual(done.report!.missed);
    expect(prep.reviewMissed(a.id).added).toEqual([]); // idempotent
    clock.t += 10 * 60_000;
    const next = study.next(`questions:${a.questionIds.join(',')}`);
    expect(done.report!.missed).toContain(next.card!.questionId);
    expect(next.card!.isNew).toBe(false);
    expect(prep.mockHistory().map((h) => [h.id, h.answered])).toEqual([
      [a.id, 3],
      [b.id, 0],
    ]);
  });
});
