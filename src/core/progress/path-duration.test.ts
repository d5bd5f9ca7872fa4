import { describe, expect, it } from 'vitest';
import { parseDurationDays, statedLength } from './path-duration.js';

describe('parseDurationDays', () => {
  it('reads single values and ranges in days, weeks and months, taking the long end of a range', () => {
    expect(parseDurationDays('1 week')).toBe(7);
    expect(parseDurationDays('2–3 weeks')).toBe(21);
    expect(parseDurationDays('2-3 Weeks')).toBe(21);
    expect(parseDurationDays('10 days')).toBe(10);
    expect(parseDurationDays('1 month')).toBe(30);
  });
  it('reads every range dash and "to", decimals, spaces and plurals, at both ends of a range', () => {
    expect(['2—3 weeks', '2 to 3 weeks', ' 2 -3week ', '1.5 weeks', '1-1.5 months', '10.5 day', '3 Months'].map(parseDurationDays)).toEqual(
      [21, 21, 21, 11, 45, 11, 90],
    );
  });
  it('gives null for what it cannot read, rather than a guess', () => {
    for (const text of ['about 2 weeks', '2 weeks or so', '2.x weeks', '2 weeks 3 days', '2..3 weeks', '2 --3 weeks', '2:3 weeks', 'weeks'])
      expect(parseDurationDays(text), text).toBeNull();
    expect(parseDurationDays('a while')).toBeNull();
    expect(parseDurationDays('0 days')).toBeNull();
    expect(parseDurationDays('')).toBeNull();
  });
});

describe('statedLength', () => {
  it('says how many new questions a day finish the path in its stated length (the 404-days case)', () => {
    // 404 questions left: at one a day that is 404 days, but "2–3 weeks" needs 20 a day.
    expect(statedLength('2–3 weeks', 404)).toEqual({ maxDays: 21, newPerDay: 20 });
    expect(statedLength('1 week', 8)).toEqual({ maxDays: 7, newPerDay: 2 });
  });
  it('is null without a readable duration', () => {
    expect(statedLength(undefined, 10)).toBeNull();
    expect(statedLength('soon', 10)).toBeNull();
  });
});
