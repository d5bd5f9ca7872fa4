import { describe, expect, it } from 'vitest';
import { emptyScopeForm, formatParts, formFromScope, scopeFromForm, type ScopeForm } from './scope-form.js';

const form = (patch: Partial<ScopeForm>): ScopeForm => ({ ...emptyScopeForm(), ...patch });

describe('scope form', () => {
  it.each([
    ['all', form({ kind: 'all' })],
    ['essential', form({ kind: 'essential' })],
    ['flagged', form({ kind: 'flagged' })],
    ['topics:02;flagged', form({ kind: 'custom', custom: 'topics:02;flagged' })],
    ['topics:01,02', form({ kind: 'topics', topics: ['01', '02'] })],
    ['part:10:1-3', form({ kind: 'part', partTopic: '10', parts: [1, 2, 3] })],
    ['part:10:1,3', form({ kind: 'part', partTopic: '10', parts: [1, 3] })],
    ['path:ml-engineer', form({ kind: 'path', path: 'ml-engineer' })],
    ['path:ml-engineer:2', form({ kind: 'path', path: 'ml-engineer', step: 2 })],
    ['difficulty:hard', form({ kind: 'difficulty', difficulty: 'hard' })],
    ['questions:a,b', form({ kind: 'custom', custom: 'questions:a,b' })],
    ['essential;difficulty:hard', form({ kind: 'custom', custom: 'essential;difficulty:hard' })],
  ])('%s round-trips through the form', (text, expected) => {
    expect(formFromScope(text)).toEqual(expected);
    expect(scopeFromForm(expected)).toBe(text);
  });

  it('an empty scope means everything', () => {
    expect(formFromScope('  ').kind).toBe('all');
  });

  it('an incomplete form has no scope yet', () => {
    expect(scopeFromForm(form({ kind: 'topics' }))).toBeNull();
    expect(scopeFromForm(form({ kind: 'part', partTopic: '01' }))).toBeNull();
    expect(scopeFromForm(form({ kind: 'path' }))).toBeNull();
  });

  it.each([
    [[3, 1, 2], '1-3'],
    [[1, 2, 4, 6, 7], '1-2,4,6-7'],
    [[5, 5], '5'],
    [[], ''],
  ])('formatParts(%j) = %s', (parts, text) => {
    expect(formatParts(parts)).toBe(text);
  });
});
