// parsePartList: `parts: 1-3,6` in study.yaml and `?parts=` in a study scope.
import { describe, expect, it } from 'vitest';
import { parsePartList } from './part-list.js';

describe('parsePartList', () => {
  it('reads single numbers and ranges, in the order written', () => {
    expect(parsePartList('1-3,6')).toEqual([1, 2, 3, 6]);
    expect(parsePartList('7, 2')).toEqual([7, 2]);
  });

  it('accepts spaces and an en dash in a range', () => {
    expect(parsePartList(' 2 – 4 ')).toEqual([2, 3, 4]);
  });

  it('accepts a range of one part', () => {
    expect(parsePartList('5-5')).toEqual([5]);
  });

  it('drops repeated parts', () => {
    expect(parsePartList('1-3,2,3-4')).toEqual([1, 2, 3, 4]);
  });

  it('rejects a range that goes down, words, empty entries and open ranges', () => {
    expect(parsePartList('3-1')).toBeNull();
    expect(parsePartList('one')).toBeNull();
    expect(parsePartList('1,,2')).toBeNull();
    expect(parsePartList('')).toBeNull();
    expect(parsePartList('2-')).toBeNull();
    expect(parsePartList('1.5')).toBeNull();
  });
});
