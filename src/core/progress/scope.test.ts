import { describe, expect, it } from 'vitest';
import { asQuestionId, asTopicId, type StudyPlan } from '../model/index.js';
import { parseTopic } from '../parse/index.js';
import { catalogFromVault } from './catalog.js';
import { resolveScope, ScopeError, scopeUsesMarks } from './scope.js';
import { topicSource } from './test-catalog.js';

const t1 = parseTopic(
  '01_A.md',
  topicSource(
    '01',
    [
      [
        1,
        [
          { id: 'a-one', difficulty: 'easy' },
          { id: 'a-two', difficulty: 'hard' },
        ],
      ],
      [2, [{ id: 'a-three', difficulty: 'medium' }]],
    ],
    false,
  ),
).topic!;
const t2 = parseTopic(
  '02_B.md',
  topicSource('02', [
    [1, [{ id: 'b-one', difficulty: 'medium' }]],
    [4, [{ id: 'b-two', difficulty: 'hard' }]],
  ]),
).topic!;
const topics = catalogFromVault({ topics: [t1, t2], notes: [], plan: null, diagnostics: [], exercises: [], figures: [] });
const plan: StudyPlan = {
  file: 'study.yaml',
  topics: [],
  checklists: [
    {
      id: 'role',
      title: 'Role',
      line: 1,
      items: [
        { id: 'role-1', text: 'x', scope: { topicId: asTopicId('02'), line: 1 }, questionIds: ['b-two', 'a-one'] as never, line: 1 },
        { id: 'role-2', text: 'y', scope: { topicId: asTopicId('01'), line: 1 }, questionIds: ['a-one'] as never, line: 1 },
        { id: 'role-3', text: 'z', scope: { topicId: asTopicId('01'), parts: [2], line: 1 }, questionIds: [], line: 1 },
      ],
    },
  ],
  formats: [],
  focuses: [],
  mustKnow: [
    {
      id: 'core',
      title: 'Any role',
      topics: [],
      line: 1,
      concepts: [
        { id: 'c1', text: 'One', questionIds: [asQuestionId('b-two'), asQuestionId('a-one')], line: 1 },
        { id: 'c2', text: 'Two', questionIds: [asQuestionId('a-one'), asQuestionId('a-three')], line: 2 },
      ],
    },
    {
      id: 'math',
      title: 'Math',
      topics: [],
      line: 3,
      concepts: [{ id: 'c3', text: 'Three', questionIds: [asQuestionId('a-two')], line: 3 }],
    },
  ],
  paths: [
    {
      id: 'p',
      title: 'Path P',
      summary: '',
      line: 1,
      steps: [
        { topicId: asTopicId('02'), line: 1, parts: [4] },
        { topicId: asTopicId('01'), line: 1 },
      ],
    },
  ],
};
const ids = (s?: string) => resolveScope(s, topics, plan).questionIds;

describe('resolveScope', () => {
  it.each([
    [undefined, ['a-one', 'a-two', 'a-three', 'b-one', 'b-two']],
    ['all', ['a-one', 'a-two', 'a-three', 'b-one', 'b-two']],
    ['topics:02', ['b-one', 'b-two']],
    ['part:01:2', ['a-three']],
    ['part:01:1-2', ['a-one', 'a-two', 'a-three']],
    ['essential', ['b-one', 'b-two']],
    ['difficulty:hard', ['a-two', 'b-two']],
    ['path:p', ['b-two', 'a-one', 'a-two', 'a-three']],
    ['path:p:1', ['b-two']],
    ['path:p;difficulty:hard', ['b-two', 'a-two']],
    ['questions:b-one,a-one', ['b-one', 'a-one']],
    ['checklist:role', ['b-two', 'a-one', 'a-three']],
    ['checklist:role;difficulty:easy', ['a-one']],
    ['topics:01;difficulty:easy,medium', ['a-one', 'a-three']],
    // must-know keeps list order and names a question once even when two concepts share it
    ['must-know', ['b-two', 'a-one', 'a-three', 'a-two']],
    ['must-know:math', ['a-two']],
    ['must-know;topics:01', ['a-one', 'a-three', 'a-two']],
  ])('%s', (scope, expected) => expect(ids(scope)).toEqual(expected));

  it.each([
    'topics:99',
    'part:01:7',
    'path:nope',
    'path:p:3',
    'difficulty:insane',
    'questions:zzz',
    'checklist:nope',
    'weird:1',
    'must-know:nope',
  ])('rejects %s with a message', (scope) => {
    expect(() => ids(scope)).toThrow(ScopeError);
  });
});

describe('flagged scope', () => {
  it('keeps the flagged questions, in topic order, and intersects with other filters', () => {
    const flagged = new Set(['b-two', 'a-one', 'a-three']);
    expect(resolveScope('flagged', topics, plan, { flagged }).questionIds).toEqual(['a-one', 'a-three', 'b-two']);
    expect(resolveScope('topics:02;flagged', topics, plan, { flagged })).toEqual({
      label: 'Topics 02 · Flagged questions',
      questionIds: ['b-two'],
    });
    expect(resolveScope('flagged', topics, plan).questionIds).toEqual([]);
  });
  it('rejects an argument', () => {
    expect(() => resolveScope('flagged:x', topics, plan)).toThrow(ScopeError);
  });
  it('is recognised as depending on the marks', () => {
    expect(scopeUsesMarks('flagged')).toBe(true);
    expect(scopeUsesMarks('topics:01; flagged')).toBe(true);
    expect(scopeUsesMarks('checklist:flagged-role')).toBe(false);
  });
});

describe('scope labels and messages', () => {
  const label = (scope: string | undefined, p: StudyPlan | null = plan) => resolveScope(scope, topics, p).label;
  const message = (scope: string, p: StudyPlan | null = plan) => {
    try {
      resolveScope(scope, topics, p);
    } catch (e) {
      expect(e).toBeInstanceOf(ScopeError);
      expect((e as Error).name).toBe('ScopeError');
      return (e as Error).message;
    }
    throw new Error(`${scope} was accepted`);
  };

  it('names each scope the way the review page shows it', () => {
    expect(
      [undefined, '', '  ', 'all', 'essential', 'topics:02', ' topics: 01 , 02 ', 'part:01:1-2', 'path:p', 'path:p:2', 'must-know'].map(
        (s) => label(s),
      ),
    ).toEqual([
      'Everything',
      'Everything',
      'Everything',
      'Everything',
      'Essential topics',
      'Topics 02',
      'Topics 01, 02',
      'Topic 01, Part 1-2',
      'Path P',
      'Path P, step 2',
      'Must-know concepts',
    ]);
    expect(
      ['must-know:math', 'checklist:role', 'difficulty: easy , hard', 'questions: b-one , a-one', ' flagged '].map((s) => label(s)),
    ).toEqual(['Must-know: Math', 'Role checklist', 'easy & hard questions', '2 chosen questions', 'Flagged questions']);
    expect(label(' ; topics:02 ;difficulty:hard ; all')).toBe('Topics 02 · hard questions');
  });

  it('trims the words of every filter', () => {
    expect(ids(' topics: 01 , 02 ')).toEqual(['a-one', 'a-two', 'a-three', 'b-one', 'b-two']);
    expect(ids('difficulty: easy , hard')).toEqual(['a-one', 'a-two', 'b-two']);
    expect(ids('questions: b-one , a-one')).toEqual(['b-one', 'a-one']);
  });

  it('says what is wrong, with the valid choices where there are few', () => {
    expect(message('topics:99')).toBe('Unknown topic "99" in scope "topics:99".');
    expect(message('part:99:1')).toBe('Unknown topic "99" in scope "part:99:1".');
    expect(message('part:01:7')).toBe('Topic 01 has no part(s) "7".');
    expect(message('part:01:1,7')).toBe('Topic 01 has no part(s) "1,7".');
    expect(message('path:nope')).toBe('Unknown study path "nope".');
    for (const step of ['0', '3', '1.5', 'x']) expect(message(`path:p:${step}`)).toBe(`Path "p" has steps 1–2, not "${step}".`);
    expect(message('must-know:nope')).toBe('Unknown must-know area "nope". Use one of: core, math.');
    expect(message('checklist:nope')).toBe('Unknown checklist "nope".');
    expect(message('difficulty:insane')).toBe('Unknown difficulty "insane"; use easy, medium or hard.');
    expect(message('questions:a-one,zzz')).toBe('Unknown question "zzz" in scope.');
    expect(message('flagged:x')).toBe('The flagged scope takes no argument: use "flagged", not "flagged:x".');
    expect(message('weird:1')).toBe(
      'Unknown scope "weird:1". Use all, topics:…, part:…, path:…, checklist:…, difficulty:…, essential, must-know[:area], flagged or questions:….',
    );
  });

  it('works without a study plan: no paths, checklists or must-know areas', () => {
    expect(message('path:p', null)).toBe('Unknown study path "p".');
    expect(message('checklist:role', null)).toBe('Unknown checklist "role".');
    expect(message('must-know:x', null)).toBe('Unknown must-know area "x". Use one of: (none defined).');
    expect(resolveScope('must-know', topics, null).questionIds).toEqual([]);
  });

  it('leaves out a must-know question that is not in the collection', () => {
    const extra: StudyPlan = {
      ...plan,
      mustKnow: [
        {
          id: 'x',
          title: 'X',
          topics: [],
          line: 1,
          concepts: [{ id: 'c', text: 'C', questionIds: [asQuestionId('gone'), asQuestionId('b-one')], line: 1 }],
        },
      ],
    };
    expect(resolveScope('must-know:x', topics, extra).questionIds).toEqual(['b-one']);
  });
});
