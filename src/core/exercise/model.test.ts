// Exercise ids: the two-digit topic, then kebab-case words, at most 64 characters.
import { describe, expect, it } from 'vitest';
import { isExerciseId } from './model.js';

describe('isExerciseId', () => {
  it.each([
    ['04-softmax', true],
    ['04-softmax-cross-entropy', true],
    ['13-l2-norm', true],
    ['04-2d', true],
    [`04-${'a'.repeat(61)}`, true],
    [`04-${'a'.repeat(62)}`, false],
    ['04', false],
    ['04-', false],
    ['04-demo-', false],
    ['04--demo', false],
    ['4-demo', false],
    ['004-demo', false],
    ['x04-demo', false],
    ['ab-demo', false],
    ['04-Demo', false],
    ['04-soft_max', false],
    ['04 demo', false],
  ])('%s -> %s', (id, expected) => {
    expect(isExerciseId(id)).toBe(expected);
  });
});
