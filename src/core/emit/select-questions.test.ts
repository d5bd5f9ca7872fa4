// Which questions an export carries: all, some topics, a study path's steps, or both; unknown ids are errors.

import { describe, expect, it } from 'vitest';
import { parseVault } from '../parse/index.js';
import { topicSource } from '../progress/test-catalog.js';
import { selectQuestions, SelectionError } from './select-questions.js';

const PLAN = `topics:
  - { id: "01", file: 01_One, title: One }
  - { id: "02", file: 02_Two, title: Two }
  - { id: "10", file: 10_Ten, title: Ten }
paths:
  - id: short
    title: Short
    summary: s
    steps:
      - { topic: "02", parts: "2" }
      - { topic: "10" }
  - id: other
    title: Other
    summary: s
    steps:
      - { topic: "01" }
checklists: []
`;

const files = [
  { file: '10_Ten.md', source: topicSource('10', [[1, [{ id: 'qj1' }]]]) },
  { file: '01_One.md', source: topicSource('01', [[1, [{ id: 'qa1' }, { id: 'qa2' }]]]) },
  {
    file: '02_Two.md',
    source: topicSource('02', [
      [1, [{ id: 'qb1' }]],
      [2, [{ id: 'qb2' }, { id: 'qb3' }]],
    ]),
  },
];
const vault = parseVault([...files, { file: 'study.yaml', source: PLAN }]);
const ids = (selection?: Parameters<typeof selectQuestions>[1]) => selectQuestions(vault, selection).map((s) => s.question.id);

describe('selectQuestions', () => {
  it('takes every question, topics in id order, parts and questions in file order', () => {
    expect(vault.diagnostics).toEqual([]);
    expect(ids()).toEqual(['qa1', 'qa2', 'qb1', 'qb2', 'qb3', 'qj1']);
    expect(ids({ topics: [] })).toEqual(['qa1', 'qa2', 'qb1', 'qb2', 'qb3', 'qj1']);
  });

  it('keeps each question with its topic and part', () => {
    const s = selectQuestions(vault).find((x) => x.question.id === 'qb2')!;
    expect([s.topic.id, s.part.number]).toEqual(['02', 2]);
  });

  it('filters by topic, accepting one digit for a two-digit id and ignoring spaces and empty ids', () => {
    expect(ids({ topics: ['2'] })).toEqual(['qb1', 'qb2', 'qb3']);
    expect(ids({ topics: [' 10 ', '', ' 2 '] })).toEqual(['qb1', 'qb2', 'qb3', 'qj1']);
    expect(ids({ topics: ['1'] })).toEqual(['qa1', 'qa2']);
  });

  it('names the unknown topics and the topics that exist', () => {
    expect(() => ids({ topics: ['07', '3', '01'] })).toThrow(new SelectionError('--topic: no topic 07, 03 (topics: 01, 02, 10)'));
  });

  it('selects the topics and parts of a study path, intersected with the topics', () => {
    expect(ids({ path: 'short' })).toEqual(['qb2', 'qb3', 'qj1']);
    expect(ids({ path: 'short', topics: ['10'] })).toEqual(['qj1']);
    expect(ids({ path: 'other', topics: ['10'] })).toEqual([]);
  });

  it('names an unknown path and the paths that exist, or says there are none', () => {
    expect(() => ids({ path: 'nope' })).toThrow(new SelectionError('--path: no study path "nope" (paths: short, other)'));
    expect(() => selectQuestions(parseVault(files), { path: 'x' })).toThrow(
      new SelectionError('--path: no study path "x" (the collection has no study.yaml paths)'),
    );
  });

  it('throws a SelectionError by name', () => {
    let err: unknown;
    try {
      ids({ topics: ['99'] });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SelectionError);
    expect((err as Error).name).toBe('SelectionError');
  });
});
