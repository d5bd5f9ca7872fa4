import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { asQuestionId } from '../../core/model/index.js';
import { createScheduler } from '../../core/schedule/index.js';
import { getNote, putNote, typedAnswers } from './own-words-store.js';
import { exportProgress, importProgress, ImportError, PROGRESS_VERSION, resetProgress } from './progress-io.js';
import { ProgressStore } from './progress-store.js';

const NOW = Date.UTC(2026, 0, 5, 9, 0, 0);
const scheduler = createScheduler({ retention: 0.9, fuzz: false });
const open: ProgressStore[] = [];
const make = () => {
  const s = ProgressStore.inDir(mkdtempSync(path.join(os.tmpdir(), 'mlprep-words-io-')));
  open.push(s);
  return s;
};
afterEach(() => {
  for (const s of open.splice(0)) if (s.db.open) s.close();
});
const q = asQuestionId;

function filled(): ProgressStore {
  const s = make();
  s.grade({ questionId: q('a'), rating: 1, typedAnswer: 'Gradient descent steps <downhill> & "stops"', uid: 'u1' }, scheduler, NOW);
  s.grade({ questionId: q('a'), rating: 3, uid: 'u2' }, scheduler, NOW + 60_000);
  s.grade({ questionId: q('b'), rating: 4, typedAnswer: 'ünïcode ✓\nsecond line', uid: 'u3' }, scheduler, NOW + 120_000);
  putNote(s, 'a', '# Mine\n\n- remember $\\eta$\n<script>alert(1)</script>', NOW);
  putNote(s, 'orphan-question', 'kept even without the question', NOW + 1);
  return s;
}

/** A format-3 document as mlprep 0.x wrote it: no typedAnswers, no questionNotes. */
function format3(): Record<string, unknown> {
  const doc = exportProgress(filled(), NOW) as unknown as Record<string, unknown>;
  const { typedAnswers: _t, questionNotes: _n, ...rest } = doc;
  return { ...rest, version: 3 };
}

describe('progress export and import of typed answers and notes (format 4)', () => {
  it('exports format 4 with both sections and round-trips them losslessly', () => {
    const doc = exportProgress(filled(), NOW);
    expect(PROGRESS_VERSION).toBe(4);
    expect(doc.version).toBe(4);
    expect(doc.typedAnswers).toEqual([
      { uid: 'u1', text: 'Gradient descent steps <downhill> & "stops"' },
      { uid: 'u3', text: 'ünïcode ✓\nsecond line' },
    ]);
    expect(doc.questionNotes.map((n) => n.questionId)).toEqual(['a', 'orphan-question']);
    const empty = make();
    const summary = importProgress(empty, JSON.parse(JSON.stringify(doc)));
    expect(summary).toMatchObject({ typedAnswersAdded: 2, notesUpdated: 2 });
    expect(exportProgress(empty, NOW)).toEqual(doc);
    expect(typedAnswers(empty, 'a').map((a) => a.text)).toEqual(['Gradient descent steps <downhill> & "stops"']);
  });

  it('re-importing changes nothing, and an older note never replaces a newer local one', () => {
    const doc = exportProgress(filled(), NOW);
    const s = make();
    importProgress(s, doc);
    putNote(s, 'a', 'edited here later', NOW + 10_000);
    const again = importProgress(s, doc);
    expect(again).toMatchObject({ typedAnswersAdded: 0, notesUpdated: 0 });
    expect(getNote(s, 'a')?.markdown).toBe('edited here later');
  });

  it('imports a format-3 document (no typed answers, no notes)', () => {
    const s = make();
    const summary = importProgress(s, format3());
    expect(summary).toMatchObject({ reviewsAdded: 3, typedAnswersAdded: 0, notesUpdated: 0 });
    expect(typedAnswers(s, 'a')).toEqual([]);
    expect(exportProgress(s, NOW)).toMatchObject({ version: 4, typedAnswers: [], questionNotes: [] });
  });

  it.each([
    ['typedAnswers', { typedAnswers: {} }, /^typedAnswers: must be an array/],
    ['typedAnswers[0]', { typedAnswers: [7] }, /^typedAnswers\[0\]: must be an object/],
    [
      'a typed answer for an unknown review',
      { typedAnswers: [{ uid: 'nope', text: 'x' }] },
      /^typedAnswers\[0\]\.uid: "nope" is not the uid/,
    ],
    [
      'a duplicated uid',
      {
        typedAnswers: [
          { uid: 'u1', text: 'x' },
          { uid: 'u1', text: 'y' },
        ],
      },
      /^typedAnswers\[1\]\.uid: .*earlier/,
    ],
    ['a non-string text', { typedAnswers: [{ uid: 'u1', text: 3 }] }, /^typedAnswers\[0\]\.text: must be a string/],
    ['a blank text', { typedAnswers: [{ uid: 'u1', text: '  ' }] }, /^typedAnswers\[0\]\.text: must not be empty/],
    ['too long a text', { typedAnswers: [{ uid: 'u1', text: 'x'.repeat(20_001) }] }, /^typedAnswers\[0\]\.text: .*at most 20000/],
    ['questionNotes', { questionNotes: 'x' }, /^questionNotes: must be an array/],
    ['a note without id', { questionNotes: [{ markdown: 'x', updatedAt: NOW }] }, /^questionNotes\[0\]\.questionId: must be/],
    [
      'a note without text',
      { questionNotes: [{ questionId: 'a', markdown: null, updatedAt: NOW }] },
      /^questionNotes\[0\]\.markdown: must be a string/,
    ],
    [
      'a note with a bad time',
      { questionNotes: [{ questionId: 'a', markdown: 'x', updatedAt: 1.5 }] },
      /^questionNotes\[0\]\.updatedAt: must be a time/,
    ],
    [
      'two notes for one question',
      {
        questionNotes: [
          { questionId: 'a', markdown: 'x', updatedAt: NOW },
          { questionId: 'a', markdown: 'y', updatedAt: NOW },
        ],
      },
      /^questionNotes\[1\]\.questionId: .*earlier/,
    ],
  ])('refuses %s with an error naming the field, and imports nothing', (_name, patch, message) => {
    const doc = { ...exportProgress(filled(), NOW), ...patch };
    const s = make();
    expect(() => importProgress(s, doc)).toThrow(ImportError);
    expect(() => importProgress(s, doc)).toThrow(message);
    expect(s.reviews()).toEqual([]);
  });

  it('reset removes the notes with the rest of the progress', async () => {
    const s = filled();
    await resetProgress(s, NOW);
    expect(exportProgress(s, NOW)).toMatchObject({ typedAnswers: [], questionNotes: [] });
  });
});
