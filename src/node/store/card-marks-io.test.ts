// The card-marks section of the progress document: every field checked with the path of the offending value in
// the message, duplicates refused, an absent section read as none, and the merge on import (the file's marks win
// only when newer than the database's). Export reads back exactly what was imported.

import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exportCardMarks, importCardMarks, parseCardMarksSection, type ExportedMarks } from './card-marks-io.js';
import { ImportError } from './progress-io-errors.js';
import { ProgressStore } from './progress-store.js';

const T = Date.UTC(2026, 0, 5, 9);
const marks = (over: Partial<ExportedMarks> = {}): ExportedMarks => ({
  questionId: 'q-one',
  flagged: true,
  suspended: false,
  buriedUntil: null,
  leech: false,
  leechAt: null,
  updatedAt: T,
  ...over,
});

const open: ProgressStore[] = [];
const make = () => {
  const s = ProgressStore.inDir(mkdtempSync(path.join(os.tmpdir(), 'mlprep-marks-io-')));
  open.push(s);
  return s;
};
afterEach(() => {
  for (const s of open.splice(0)) if (s.db.open) s.close();
});

/** The message of the ImportError a section raises. */
function refusal(section: unknown): string {
  try {
    parseCardMarksSection({ cardMarks: section });
  } catch (err) {
    expect(err).toBeInstanceOf(ImportError);
    return (err as Error).message;
  }
  throw new Error('accepted');
}

describe('parseCardMarksSection', () => {
  it('reads an absent section as no marks, and keeps valid entries as they are', () => {
    expect(parseCardMarksSection({})).toEqual({ cardMarks: [] });
    const full = marks({ suspended: true, buriedUntil: T + 1, leech: true, leechAt: T - 1, updatedAt: T + 2 });
    expect(parseCardMarksSection({ cardMarks: [full, marks({ questionId: 'q-two', flagged: false })] })).toEqual({
      cardMarks: [full, marks({ questionId: 'q-two', flagged: false })],
    });
  });

  it('names the path and the rule of each bad value', () => {
    expect(refusal({})).toBe('cardMarks: must be an array');
    expect(refusal([null])).toBe('cardMarks[0]: must be an object');
    expect(refusal([marks(), []])).toBe('cardMarks[1]: must be an object');
    expect(refusal([7])).toBe('cardMarks[0]: must be an object');
    expect(refusal([marks({ questionId: '' })])).toBe('cardMarks[0].questionId: must be a non-empty string of at most 200 characters');
    expect(refusal([marks({ questionId: 'x'.repeat(201) })])).toMatch(/^cardMarks\[0\]\.questionId: must be a non-empty/);
    expect(parseCardMarksSection({ cardMarks: [marks({ questionId: 'x'.repeat(200) })] }).cardMarks).toHaveLength(1);
    expect(refusal([{ ...marks(), questionId: 5 }])).toMatch(/^cardMarks\[0\]\.questionId:/);
    expect(refusal([marks(), marks()])).toBe('cardMarks[1].questionId: "q-one" appears twice');
    expect(refusal([{ ...marks(), flagged: 1 }])).toBe('cardMarks[0].flagged: must be true or false');
    expect(refusal([{ ...marks(), suspended: 'no' }])).toBe('cardMarks[0].suspended: must be true or false');
    expect(refusal([{ ...marks(), leech: null }])).toBe('cardMarks[0].leech: must be true or false');
    expect(refusal([marks({ buriedUntil: 1.5 })])).toBe('cardMarks[0].buriedUntil: must be a whole number or null');
    expect(refusal([marks({ leechAt: -1 })])).toBe('cardMarks[0].leechAt: must be a time (epoch ms) between 1970 and 9999');
    expect(refusal([{ ...marks(), updatedAt: null }])).toBe('cardMarks[0].updatedAt: must be a whole number');
    expect(refusal([{ ...marks(), updatedAt: '2026' }])).toBe('cardMarks[0].updatedAt: must be a whole number');
    expect(refusal([marks({ updatedAt: Number.MAX_SAFE_INTEGER })])).toBe(
      'cardMarks[0].updatedAt: must be a time (epoch ms) between 1970 and 9999',
    );
  });
});

describe('importCardMarks', () => {
  it('adds marks the database lacks and replaces only older ones', () => {
    const s = make();
    expect(importCardMarks(s, { cardMarks: [marks({ questionId: 'a' }), marks({ questionId: 'b' })] })).toBe(2);
    const changed = importCardMarks(s, {
      cardMarks: [
        marks({ questionId: 'a', flagged: false, suspended: true, updatedAt: T + 1 }), // newer: replaces
        marks({ questionId: 'b', flagged: false, updatedAt: T }), // same time: the database's stays
        marks({ questionId: 'c', leech: true, leechAt: T, updatedAt: T - 5 }), // new question: added
      ],
    });
    expect(changed).toBe(2);
    expect(exportCardMarks(s).cardMarks).toEqual([
      marks({ questionId: 'a', flagged: false, suspended: true, updatedAt: T + 1 }),
      marks({ questionId: 'b' }),
      marks({ questionId: 'c', leech: true, leechAt: T, updatedAt: T - 5 }),
    ]);
    expect(importCardMarks(s, { cardMarks: [marks({ questionId: 'a', updatedAt: T })] })).toBe(0);
  });

  it('exports every field as imported, buried and leech times included', () => {
    const s = make();
    const one = marks({ questionId: 'z', flagged: false, suspended: true, buriedUntil: T + 86_400_000, leech: true, leechAt: T });
    importCardMarks(s, { cardMarks: [one] });
    expect(exportCardMarks(s)).toEqual({ cardMarks: [one] });
  });
});
