import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { asQuestionId } from '../../core/model/index.js';
import { createScheduler } from '../../core/schedule/index.js';
import { MIGRATIONS } from './migrations.js';
import { StoreError } from './open-db.js';
import { exportProgress, importProgress, ImportError, resetProgress } from './progress-io.js';
import { finishMock, insertMock, putMockAnswer, setTick } from './extras-store.js';
import { putPlan } from './plan-store.js';
import { countNewSince, ProgressStore, reviewDayCounts } from './progress-store.js';
import { resolveDataDir } from './data-dir.js';

const NOW = Date.UTC(2026, 0, 5, 9, 0, 0);
const scheduler = createScheduler({ retention: 0.9, fuzz: false });
const open: ProgressStore[] = [];
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'mlprep-store-'));
const make = (dir = tmp()) => {
  const s = ProgressStore.inDir(dir);
  open.push(s);
  return s;
};
afterEach(() => {
  for (const s of open.splice(0)) if (s.db.open) s.close();
});
const q = asQuestionId;

describe('ProgressStore', () => {
  it('creates the schema in WAL mode at the current version', () => {
    const s = make();
    expect(s.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(s.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
  });

  it('makes a card on first grade and logs the state before and after', () => {
    const s = make();
    const { review } = s.grade({ questionId: q('gd-step'), rating: 3, durationMs: 4200, keyPointsChecked: [0, 2] }, scheduler, NOW);
    expect(review.before).toBeNull();
    expect(review.after.reps).toBe(1);
    expect(review.keyPointsChecked).toEqual([0, 2]);
    expect(review.durationMs).toBe(4200);
    expect(s.getCard(q('gd-step'))).toEqual(review.after);
    const second = s.grade({ questionId: q('gd-step'), rating: 3 }, scheduler, review.after.due);
    expect(second.review.before).toEqual(review.after);
  });

  it('applies a retried review (same uid) only once', () => {
    const s = make();
    const a = s.grade({ questionId: q('abc'), rating: 3, uid: 'u-1' }, scheduler, NOW);
    const b = s.grade({ questionId: q('abc'), rating: 3, uid: 'u-1' }, scheduler, NOW + 1000);
    expect(b.duplicate).toBe(true);
    expect(b.review).toEqual(a.review);
    expect(s.reviews()).toHaveLength(1);
  });

  it('undo restores the previous state, and deletes a card made by its first grade', () => {
    const s = make();
    const first = s.grade({ questionId: q('abc'), rating: 3 }, scheduler, NOW).review;
    s.grade({ questionId: q('abc'), rating: 1 }, scheduler, NOW + 60_000);
    expect(s.undoLast()!.rating).toBe(1);
    expect(s.getCard(q('abc'))).toEqual(first.after);
    s.undoLast();
    expect(s.getCard(q('abc'))).toBeNull();
    expect(s.undoLast()).toBeNull();
    expect(s.reviews()).toHaveLength(0);
    expect(s.reviews({ includeUndone: true })).toHaveLength(2);
  });

  it('keeps settings as JSON values', () => {
    const s = make();
    s.setSetting('retention', 0.85);
    s.setSetting('newOrder', 'random');
    expect(s.getSetting<number>('retention')).toBe(0.85);
    expect(s.allSettings()).toEqual({ newOrder: 'random', retention: 0.85 });
  });
});

describe('two connections on one file (two tabs, or the server and the CLI)', () => {
  it('loses no update and applies none twice', () => {
    const dir = tmp();
    const a = make(dir);
    const b = make(dir);
    expect(a.getCards().size).toBe(0);
    for (let i = 0; i < 20; i++) {
      const writer = i % 2 === 0 ? a : b;
      writer.grade({ questionId: q('shared-q'), rating: 3, uid: `r-${i}` }, scheduler, NOW + i * 1000);
      // a retry of the same request through the other connection is recognised
      (writer === a ? b : a).grade({ questionId: q('shared-q'), rating: 3, uid: `r-${i}` }, scheduler, NOW + i * 1000 + 1);
    }
    expect(a.reviews()).toHaveLength(20);
    expect(b.getCard(q('shared-q'))!.reps).toBe(20);
    // each connection's in-memory cards follow the other's commits
    expect(a.getCards().get(q('shared-q'))!.reps).toBe(20);
    const chain = a.reviews();
    for (let i = 1; i < chain.length; i++) expect(chain[i]!.before).toEqual(chain[i - 1]!.after);
  });
});

describe('hourly review counters', () => {
  it('match the log after grades, undo and import', () => {
    const a = make();
    const DAY = 86_400_000;
    a.grade({ questionId: q('a-q'), rating: 3 }, scheduler, NOW);
    a.grade({ questionId: q('a-q'), rating: 3 }, scheduler, NOW + DAY);
    a.grade({ questionId: q('b-q'), rating: 3 }, scheduler, NOW + DAY + 5000);
    a.grade({ questionId: q('c-q'), rating: 3 }, scheduler, NOW + DAY + 9000);
    a.undoLast();
    const day0 = Math.floor(NOW / DAY);
    expect(reviewDayCounts(a, 0, 0)).toEqual([
      { day: day0, count: 1 },
      { day: day0 + 1, count: 2 },
    ]);
    expect(countNewSince(a, (day0 + 1) * DAY)).toBe(1);
    // In UTC-10 the first day's review (09:00 UTC) falls on the previous local day.
    expect(reviewDayCounts(a, 0, -10 * 3_600_000).map((d) => d.day)).toEqual([day0 - 1, day0]);
    const b = make();
    importProgress(b, exportProgress(a, NOW));
    expect(reviewDayCounts(b, 0, 0)).toEqual(reviewDayCounts(a, 0, 0));
    expect(countNewSince(b, 0)).toBe(2);
  });
});

describe('export / import', () => {
  const fill = (s: ProgressStore) => {
    let t = NOW;
    for (const [id, r] of [
      ['a-q', 3],
      ['b-q', 1],
      ['a-q', 4],
      ['c-q', 2],
    ] as const) {
      s.grade({ questionId: q(id), rating: r, durationMs: 1000, keyPointsChecked: [0] }, scheduler, (t += 3_600_000));
    }
    s.grade({ questionId: q('d-q'), rating: 3 }, scheduler, (t += 1000));
    s.undoLast();
    s.setSetting('retention', 0.88);
    setTick(s, 'mle-metrics-from-scratch', true, NOW);
    insertMock(s, {
      id: 'mock-1',
      createdAt: NOW,
      config: { format: 'coding', focus: 'startups', questions: 2, minutes: null, mix: { easy: 1, medium: 1, hard: 1 }, seed: 7 },
      questionIds: ['a-q', 'b-q'],
    });
    putMockAnswer(s, 'mock-1', {
      index: 0,
      questionId: 'a-q',
      answeredAt: NOW + 1,
      durationMs: 60_000,
      notes: 'forgot the bias term',
      keyPointsChecked: [0, 2],
      keyPointsTotal: 4,
    });
    finishMock(s, 'mock-1', NOW + 2);
    putPlan(s, { id: 'plan-1', interviewDate: '2026-01-26', scope: 'path:ml-engineer', minutesPerDay: 45, target: 0.9, createdAt: NOW });
  };

  it('export -> import into an empty database -> export is identical', () => {
    const a = make();
    fill(a);
    const doc = exportProgress(a, NOW);
    const b = make();
    const summary = importProgress(b, JSON.parse(JSON.stringify(doc)));
    expect(summary).toMatchObject({ cardsAdded: 3, reviewsAdded: 5, settingsAdded: 1, ticksAdded: 1, mocksAdded: 1, plansAdded: 1 });
    expect(doc.interviewPlans).toHaveLength(1);
    expect(doc.mocks[0]!.answers[0]!.notes).toBe('forgot the bias term');
    expect(exportProgress(b, NOW)).toEqual(doc);
  });

  it('is idempotent: a second import changes nothing', () => {
    const a = make();
    fill(a);
    const doc = exportProgress(a, NOW);
    const b = make();
    importProgress(b, doc);
    expect(importProgress(b, doc)).toEqual({
      cardsAdded: 0,
      cardsUpdated: 0,
      reviewsAdded: 0,
      reviewsSkipped: 5,
      settingsAdded: 0,
      ticksAdded: 0,
      mocksAdded: 0,
      plansAdded: 0,
      exerciseAttemptsAdded: 0,
      exerciseDraftsUpdated: 0,
      typedAnswersAdded: 0,
      notesUpdated: 0,
      cardMarksUpdated: 0,
    });
    expect(exportProgress(b, NOW)).toEqual(doc);
  });

  it('merges: keeps the newer card and the union of reviews', () => {
    const a = make();
    a.grade({ questionId: q('x-q'), rating: 3 }, scheduler, NOW);
    const b = make();
    b.grade({ questionId: q('x-q'), rating: 3 }, scheduler, NOW + 10_000);
    b.grade({ questionId: q('y-q'), rating: 3 }, scheduler, NOW + 20_000);
    importProgress(a, exportProgress(b, NOW));
    expect(a.getCard(q('x-q'))!.lastReview).toBe(NOW + 10_000);
    expect(a.reviews()).toHaveLength(3);
  });

  it('rejects a malformed document naming the field, and writes nothing', () => {
    const s = make();
    const good = exportProgress(s, NOW);
    expect(() => importProgress(s, { ...good, format: 'other' })).toThrow(/format/);
    expect(() => importProgress(s, { ...good, version: 99 })).toThrow(/newer/);
    const bad = {
      ...good,
      reviewLog: [
        {
          uid: 'u',
          questionId: 'x',
          rating: 7,
          reviewedAt: 1,
          durationMs: null,
          keyPointsChecked: [],
          before: null,
          after: {},
          undone: false,
        },
      ],
    };
    expect(() => importProgress(s, bad)).toThrow(ImportError);
    expect(() => importProgress(s, bad)).toThrow('reviewLog[0].rating');
    expect(() => importProgress(s, 'nope')).toThrow(ImportError);
    const fractional = {
      ...good,
      reviewLog: [
        {
          uid: 'u',
          questionId: 'x',
          rating: 3,
          reviewedAt: 1732860000000.5,
          durationMs: null,
          keyPointsChecked: [],
          before: null,
          after: { ...make().grade({ questionId: q('x'), rating: 3 }, scheduler, NOW).review.after },
          undone: false,
        },
      ],
    };
    expect(() => importProgress(s, fractional)).toThrow('reviewLog[0].reviewedAt: must be a whole number');
    expect(s.reviews({ includeUndone: true })).toHaveLength(0);
  });

  it('reset keeps a backup file with the old progress', async () => {
    const dir = tmp();
    const s = make(dir);
    s.grade({ questionId: q('x-q'), rating: 3 }, scheduler, NOW);
    const backup = await resetProgress(s, NOW);
    expect(s.reviews({ includeUndone: true })).toHaveLength(0);
    const old = new ProgressStore(backup);
    open.push(old);
    expect(old.reviews()).toHaveLength(1);
  });
});

describe('bad database files', () => {
  it('refuses a file that is not SQLite and leaves it untouched', () => {
    const dir = tmp();
    const file = path.join(dir, 'progress.sqlite');
    writeFileSync(file, 'this is my thesis, not a database');
    expect(() => new ProgressStore(file)).toThrow(StoreError);
    expect(() => new ProgressStore(file)).toThrow(/not a SQLite file/);
    expect(readFileSync(file, 'utf8')).toBe('this is my thesis, not a database');
  });

  it('refuses a corrupt database and leaves it untouched', () => {
    const dir = tmp();
    const file = path.join(dir, 'progress.sqlite');
    const s = new ProgressStore(file);
    for (let i = 0; i < 200; i++) s.grade({ questionId: q(`q-${i}`), rating: 3 }, scheduler, NOW + i);
    s.db.pragma('wal_checkpoint(TRUNCATE)');
    s.close();
    const bytes = readFileSync(file);
    for (let i = 4096; i < bytes.length; i += 7) bytes[i] = 0xa5;
    writeFileSync(file, bytes);
    expect(() => new ProgressStore(file)).toThrow(StoreError);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('refuses a newer schema with a message', () => {
    const file = path.join(tmp(), 'progress.sqlite');
    const db = new Database(file);
    db.pragma('user_version = 99');
    db.exec('CREATE TABLE future (x)');
    db.close();
    expect(() => new ProgressStore(file)).toThrow(/schema version 99, newer/);
  });

  it('refuses another program’s database', () => {
    const file = path.join(tmp(), 'progress.sqlite');
    const db = new Database(file);
    db.exec('CREATE TABLE other (x)');
    db.close();
    expect(() => new ProgressStore(file)).toThrow(/another program/);
  });

  it('migrates an older schema after writing a backup copy', () => {
    const dir = tmp();
    const file = path.join(dir, 'progress.sqlite');
    const v1 = new ProgressStore(file);
    v1.grade({ questionId: q('kept'), rating: 3 }, scheduler, NOW);
    v1.close();
    const last = MIGRATIONS.at(-1)!.version;
    const next = [...MIGRATIONS, { version: last + 1, description: 'test', sql: 'CREATE TABLE extra (x INTEGER);' }];
    const upgraded = new ProgressStore(file, { migrations: next, now: () => NOW });
    open.push(upgraded);
    expect(upgraded.db.pragma('user_version', { simple: true })).toBe(last + 1);
    expect(upgraded.getCard(q('kept'))).not.toBeNull();
    const backups = readdirSync(dir).filter((f) => f.includes(`.v${last}-backup-`));
    expect(backups).toHaveLength(1);
    const old = new Database(path.join(dir, backups[0]!), { readonly: true });
    expect(old.pragma('user_version', { simple: true })).toBe(last);
    old.close();
    expect(existsSync(file)).toBe(true);
  });
});

describe('real upgrade', () => {
  it('a version-1 database (before checklists and mocks) opens at the current version with its reviews and a backup', () => {
    const dir = tmp();
    const file = path.join(dir, 'progress.sqlite');
    // Written the way a version-1 mlprep wrote it: its schema, and a review row with only its columns.
    const after = make().grade({ questionId: q('kept'), rating: 3 }, scheduler, NOW).review.after;
    const v1 = new Database(file);
    v1.pragma('journal_mode = WAL');
    v1.exec(MIGRATIONS[0]!.sql);
    v1.pragma('user_version = 1');
    v1.prepare(`INSERT INTO review_log (uid, question_id, rating, reviewed_at, state_after) VALUES ('u-1', 'kept', 3, ?, ?)`).run(
      NOW,
      JSON.stringify(after),
    );
    v1.close();
    const now = make(dir);
    expect(now.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    expect(now.reviews()).toHaveLength(1);
    expect(now.undoLast()?.uid).toBe('u-1');
    expect(readdirSync(dir).some((f) => f.startsWith('progress.sqlite.v1-backup-'))).toBe(true);
  });
});

describe('resolveDataDir', () => {
  it('prefers the flag, then MLPREP_DATA, then XDG_DATA_HOME, then ~/.local/share', () => {
    expect(resolveDataDir('/x', { MLPREP_DATA: '/y' })).toBe('/x');
    expect(resolveDataDir(undefined, { MLPREP_DATA: '/y', XDG_DATA_HOME: '/z' })).toBe('/y');
    expect(resolveDataDir(undefined, { XDG_DATA_HOME: '/z' })).toBe('/z/mlprep');
    expect(resolveDataDir(undefined, {})).toBe(path.join(os.homedir(), '.local/share/mlprep'));
  });
});
