import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { asQuestionId } from '../../core/model/index.js';
import { createScheduler } from '../../core/schedule/index.js';
import { MIGRATIONS } from './migrations.js';
import { getNote, listNotes, notesRevision, putNote, typedAnswers } from './own-words-store.js';
import { ProgressStore } from './progress-store.js';

const NOW = Date.UTC(2026, 0, 5, 9, 0, 0);
const MIN = 60_000;
const scheduler = createScheduler({ retention: 0.9, fuzz: false });
const open: ProgressStore[] = [];
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'mlprep-words-'));
const make = (dir = tmp()) => {
  const s = ProgressStore.inDir(dir);
  open.push(s);
  return s;
};
afterEach(() => {
  for (const s of open.splice(0)) if (s.db.open) s.close();
});
const q = asQuestionId;

describe('typed answers', () => {
  it('are stored with the review and listed newest first with their date and grade', () => {
    const s = make();
    s.grade({ questionId: q('a'), rating: 1, typedAnswer: 'first try', uid: 'u1' }, scheduler, NOW);
    s.grade({ questionId: q('a'), rating: 3, uid: 'u2' }, scheduler, NOW + 10 * MIN);
    s.grade({ questionId: q('a'), rating: 4, typedAnswer: 'second try', uid: 'u3' }, scheduler, NOW + 20 * MIN);
    s.grade({ questionId: q('b'), rating: 3, typedAnswer: 'other question', uid: 'u4' }, scheduler, NOW + 30 * MIN);
    expect(typedAnswers(s, 'a')).toEqual([
      { uid: 'u3', reviewedAt: NOW + 20 * MIN, rating: 4, text: 'second try' },
      { uid: 'u1', reviewedAt: NOW, rating: 1, text: 'first try' },
    ]);
  });

  it('leave out a review that was undone', () => {
    const s = make();
    s.grade({ questionId: q('a'), rating: 3, typedAnswer: 'kept', uid: 'u1' }, scheduler, NOW);
    s.grade({ questionId: q('a'), rating: 1, typedAnswer: 'taken back', uid: 'u2' }, scheduler, NOW + MIN);
    s.undoLast();
    expect(typedAnswers(s, 'a').map((a) => a.text)).toEqual(['kept']);
  });
});

describe('question notes', () => {
  it('are written, replaced and removed by an empty text', () => {
    const s = make();
    expect(getNote(s, 'a')).toBeNull();
    putNote(s, 'a', 'first', NOW);
    putNote(s, 'a', '**second**', NOW + MIN);
    expect(getNote(s, 'a')).toEqual({ questionId: 'a', markdown: '**second**', updatedAt: NOW + MIN });
    putNote(s, 'b', 'b note', NOW);
    expect(listNotes(s).map((n) => n.questionId)).toEqual(['a', 'b']);
    expect(putNote(s, 'a', '   \n', NOW + 2 * MIN)).toBeNull();
    expect(getNote(s, 'a')).toBeNull();
  });

  it('change the revision on a write through this connection and through another one', () => {
    const dir = tmp();
    const s = make(dir);
    const r0 = notesRevision(s);
    putNote(s, 'a', 'x', NOW);
    const r1 = notesRevision(s);
    expect(r1).not.toBe(r0);
    const other = make(dir);
    putNote(other, 'b', 'y', NOW);
    expect(notesRevision(s)).not.toBe(r1);
  });
});

describe('migration 6', () => {
  it('opens a version-5 database with its reviews, which have no typed answer, and then stores answers and notes', () => {
    const dir = tmp();
    const file = path.join(dir, 'progress.sqlite');
    // Written the way a version-5 mlprep wrote it: migrations 1-5 and a review row with only their columns.
    const after = make().grade({ questionId: q('kept'), rating: 3 }, scheduler, NOW).review.after;
    const v5 = new Database(file);
    v5.pragma('journal_mode = WAL');
    for (const m of MIGRATIONS.filter((m) => m.version <= 5)) v5.exec(m.sql);
    v5.pragma('user_version = 5');
    v5.prepare(`INSERT INTO review_log (uid, question_id, rating, reviewed_at, state_after) VALUES ('u-old', 'kept', 3, ?, ?)`).run(
      NOW,
      JSON.stringify(after),
    );
    v5.close();
    const s = make(dir);
    expect(s.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    expect(readdirSync(dir).some((f) => f.startsWith('progress.sqlite.v5-backup-'))).toBe(true);
    expect(s.reviews().map((r) => r.uid)).toEqual(['u-old']);
    expect(typedAnswers(s, 'kept')).toEqual([]);
    s.grade({ questionId: q('kept'), rating: 4, typedAnswer: 'now typed', uid: 'u-new' }, scheduler, NOW + 86_400_000);
    putNote(s, 'kept', 'a note', NOW);
    expect(typedAnswers(s, 'kept').map((a) => a.uid)).toEqual(['u-new']);
    expect(getNote(s, 'kept')?.markdown).toBe('a note');
  });
});
