import { describe, expect, it } from 'vitest';
import { formatDay, heatLevel, layoutBars, layoutHeatmap, niceMax, percent, weekdayOf } from './chart-geometry.js';

describe('chart geometry', () => {
  it.each([
    [0, 1],
    [1, 1],
    [3, 5],
    [7, 10],
    [11, 20],
    [40, 50],
    [120, 200],
  ])('niceMax(%d) = %d', (max, top) => {
    expect(niceMax(max)).toBe(top);
  });

  it('lays bars bottom-aligned, scaled to the round top, each in its own slot', () => {
    const bars = layoutBars([0, 5, 10], 30, 100, 2);
    expect(bars.map((b) => b.height)).toEqual([0, 50, 100]);
    expect(bars.map((b) => b.y)).toEqual([100, 50, 0]);
    expect(bars.map((b) => b.x)).toEqual([1, 11, 21]);
    expect(bars.every((b) => b.width === 8)).toBe(true);
  });

  it('keeps a tiny non-zero bar visible', () => {
    const [small] = layoutBars([1, 1000], 20, 50);
    expect(small!.height).toBe(1);
    expect(layoutBars([], 100, 100)).toEqual([]);
  });

  it('knows the weekday of a day number', () => {
    expect(weekdayOf(0)).toBe(3); // 1970-01-01, a Thursday
    expect(weekdayOf(4)).toBe(0); // 1970-01-05, a Monday
    expect(weekdayOf(-1)).toBe(2);
  });

  it('lays out days as weeks (columns) by weekday (rows), Monday first', () => {
    // Day 2 is a Saturday; day 4 the next Monday.
    const { cells, weeks } = layoutHeatmap([2, 3, 4, 5].map((day) => ({ day, count: day === 4 ? 8 : day === 5 ? 2 : 0 })));
    expect(cells.map((c) => [c.col, c.row])).toEqual([
      [0, 5],
      [0, 6],
      [1, 0],
      [1, 1],
    ]);
    expect(cells.map((c) => c.level)).toEqual([0, 0, 4, 1]);
    expect(weeks).toBe(2);
    expect(layoutHeatmap([])).toEqual({ cells: [], weeks: 0 });
  });

  it.each([
    [0, 10, 0],
    [1, 10, 1],
    [3, 10, 2],
    [6, 10, 3],
    [10, 10, 4],
  ])('heatLevel(%d of %d) = %d', (count, max, level) => {
    expect(heatLevel(count, max)).toBe(level);
  });

  it('formats days and shares the same everywhere', () => {
    expect(formatDay(0)).toBe('Thu 1 Jan');
    expect(formatDay(20_000, false)).toBe('4 Oct');
    expect(percent(0.734)).toBe('73%');
    expect(percent(Number.NaN)).toBe('0%');
    expect(percent(1.5)).toBe('100%');
  });
});
