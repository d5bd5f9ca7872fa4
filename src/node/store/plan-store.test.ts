import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { asQuestionId } from '../../core/model/index.js';
import { createScheduler } from '../../core/schedule/index.js';
import { exportProgress, importProgress, PROGRESS_VERSION } from './progress-io.js';
import { deletePlan, listPlans, putPlan, type InterviewPlan } from './plan-store.js';
import { ProgressStore } from './progress-store.js';

const NOW = Date.UTC(2026, 0, 5, 9);
const open: ProgressStore[] = [];
const make = () => {
  const s = ProgressStore.inDir(mkdtempSync(path.join(os.tmpdir(), 'mlprep-plan-')));
  open.push(s);
  return s;
};
afterEach(() => {
  for (const s of open.splice(0)) if (s.db.open) s.close();
});
const plan = (over: Partial<InterviewPlan> = {}): InterviewPlan => ({
  id: 'p1',
  interviewDate: '2026-01-26',
  scope: 'path:ml-engineer',
  minutesPerDay: 45,
  target: 0.9,
  createdAt: NOW,
  ...over,
});

describe('interview plans in the store', () => {
  it('puts, updates in place, lists by date and deletes', () => {
    const s = make();
    putPlan(s, plan());
    putPlan(s, plan({ id: 'p2', interviewDate: '2026-01-12', createdAt: NOW + 1 }));
    putPlan(s, plan({ minutesPerDay: 60 }));
    expect(listPlans(s).map((p) => [p.id, p.minutesPerDay])).toEqual([
      ['p2', 45],
      ['p1', 60],
    ]);
    expect(deletePlan(s, 'p2')).toBe(true);
    expect(deletePlan(s, 'p2')).toBe(false);
    expect(listPlans(s).map((p) => p.id)).toEqual(['p1']);
  });

  it('round-trips through export and import losslessly, and a second import adds nothing', () => {
    const a = make();
    putPlan(a, plan());
    putPlan(a, plan({ id: 'p2', interviewDate: '2026-02-01', scope: 'checklist:ml-engineer', target: 0.85, createdAt: NOW + 5 }));
    const doc = exportProgress(a, NOW);
    expect(doc.version).toBe(PROGRESS_VERSION);
    const b = make();
    expect(importProgress(b, JSON.parse(JSON.stringify(doc))).plansAdded).toBe(2);
    expect(listPlans(b)).toEqual(listPlans(a));
    expect(exportProgress(b, NOW)).toEqual(doc);
    expect(importProgress(b, doc).plansAdded).toBe(0);
  });

  it('keeps the local plan when an imported one has the same id', () => {
    const a = make();
    putPlan(a, plan({ minutesPerDay: 20 }));
    const b = make();
    putPlan(b, plan({ minutesPerDay: 90 }));
    importProgress(b, exportProgress(a, NOW));
    expect(listPlans(b)[0]!.minutesPerDay).toBe(90);
  });

  it('still imports a file from the version before plans (no interviewPlans key)', () => {
    const a = make();
    a.grade({ questionId: asQuestionId('a-q'), rating: 3 }, createScheduler({ retention: 0.9, fuzz: false }), NOW);
    const { interviewPlans: _, ...older } = exportProgress(a, NOW);
    const b = make();
    const summary = importProgress(b, { ...older, version: 2 });
    expect(summary).toMatchObject({ cardsAdded: 1, reviewsAdded: 1, plansAdded: 0 });
    expect(listPlans(b)).toEqual([]);
  });

  it.each([
    [{ interviewDate: '2026-02-30' }, 'interviewPlans[0].interviewDate'],
    [{ minutesPerDay: 0 }, 'interviewPlans[0].minutesPerDay'],
    [{ scope: '' }, 'interviewPlans[0].scope'],
    [{ target: 2 }, 'interviewPlans[0].target'],
    [{ id: 7 }, 'interviewPlans[0].id'],
  ])('rejects an imported plan with %o naming %s, and writes nothing', (bad, field) => {
    const a = make();
    putPlan(a, plan());
    const doc = exportProgress(a, NOW);
    const b = make();
    expect(() => importProgress(b, { ...doc, interviewPlans: [{ ...doc.interviewPlans[0], ...bad }] })).toThrow(field);
    expect(listPlans(b)).toEqual([]);
  });
});
