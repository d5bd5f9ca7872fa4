// study.yaml -> the home page's view: planned topic cards (the file's title wins, a missing file has no counts, an
// unplanned file still gets a card) and the study paths' steps with labels and in-app links.

import { describe, expect, it } from 'vitest';
import type { TopicSummary } from '../api/types.js';
import type { StudyPlan, TopicId, Vault } from '../model/index.js';
import { buildPlanView } from './plan-view.js';

const summary = (id: string, title: string): TopicSummary => ({ id, title }) as unknown as TopicSummary;
const vaultWith = (plan: Partial<StudyPlan> | null): Vault => ({ plan: plan && { topics: [], paths: [], ...plan } }) as unknown as Vault;
const tid = (id: string) => id as TopicId;

describe('buildPlanView', () => {
  it('without a plan, shows a card per topic file and no paths', () => {
    const s1 = summary('01', 'Math');
    const s2 = summary('02', 'Stats');
    expect(buildPlanView(vaultWith(null), [s1, s2])).toEqual({
      planned: [
        { id: '01', title: 'Math', topic: s1 },
        { id: '02', title: 'Stats', topic: s2 },
      ],
      paths: [],
    });
  });

  it('follows the plan order, prefers the file title, and adds unplanned files after the planned ones', () => {
    const s1 = summary('01', 'Math (file)');
    const s3 = summary('03', 'Unplanned');
    const plan = {
      topics: [
        { id: tid('02'), file: '02_Stats', title: 'Stats (plan)' },
        { id: tid('01'), file: '01_Math', title: 'Math (plan)' },
      ],
    };
    expect(buildPlanView(vaultWith(plan), [s3, s1]).planned).toEqual([
      { id: '02', title: 'Stats (plan)', topic: null },
      { id: '01', title: 'Math (file)', topic: s1 },
      { id: '03', title: 'Unplanned', topic: s3 },
    ]);
  });

  it('turns each path step into a label and a link, to the first listed part when there are parts', () => {
    const plan = {
      topics: [{ id: tid('02'), file: '02_Stats', title: 'Stats (plan)' }],
      paths: [
        {
          id: 'fast',
          title: 'Fast track',
          duration: '2 weeks',
          summary: 'The essentials.',
          line: 3,
          steps: [
            { topicId: tid('01'), line: 4 },
            { topicId: tid('02'), parts: [3, 1], partsLabel: '3,1', line: 5 },
            { topicId: tid('09'), parts: [], partsLabel: '', line: 6 },
          ],
        },
        { id: 'slow', title: 'Slow', summary: 'All.', line: 9, steps: [] },
      ],
    };
    expect(buildPlanView(vaultWith(plan), [summary('01', 'Math')]).paths).toEqual([
      {
        id: 'fast',
        title: 'Fast track',
        duration: '2 weeks',
        summary: 'The essentials.',
        steps: [
          { topicId: '01', topicTitle: 'Math', parts: null, label: 'Math', href: '/t/01' },
          { topicId: '02', topicTitle: 'Stats (plan)', parts: [3, 1], label: 'Stats (plan), parts 3,1', href: '/t/02#part-3' },
          { topicId: '09', topicTitle: 'Topic 09', parts: [], label: 'Topic 09', href: '/t/09' },
        ],
      },
      { id: 'slow', title: 'Slow', duration: null, summary: 'All.', steps: [] },
    ]);
  });
});
