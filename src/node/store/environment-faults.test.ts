// Environment faults around the progress store give a sentence, not an errno: --data pointing at a file, a
// folder where the database should be, a failed upgrade after its backup was written; resets keep only the
// newest backups; a full disk answers 507 through the API.

import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { asQuestionId } from '../../core/model/index.js';
import { createScheduler } from '../../core/schedule/index.js';
import { MIGRATIONS } from './migrations.js';
import { openDatabase, StoreError } from './open-db.js';
import { KEEP_RESET_BACKUPS, resetProgress } from './progress-io.js';
import { ProgressStore } from './progress-store.js';

const NOW = Date.UTC(2026, 0, 5, 9);
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'mlprep-env-'));
const open: ProgressStore[] = [];
afterEach(() => open.splice(0).forEach((s) => s.db.open && s.close()));

describe('data folder faults', () => {
  it('--data pointing at a file says so', () => {
    const file = path.join(tmp(), 'notes.txt');
    writeFileSync(file, 'hello');
    expect(() => ProgressStore.inDir(file)).toThrow(StoreError);
    expect(() => ProgressStore.inDir(file)).toThrow(/is a file, not a folder/);
  });

  it('a folder named progress.sqlite says so', () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'progress.sqlite'));
    expect(() => ProgressStore.inDir(dir)).toThrow(/is a folder, not a progress database/);
  });

  it('a data folder below a file explains the file in the way', () => {
    const file = path.join(tmp(), 'plain');
    writeFileSync(file, 'x');
    expect(() => ProgressStore.inDir(path.join(file, 'deeper'))).toThrow(/Cannot create the data folder .*a file is in the way/);
  });

  it('a failed upgrade names the backup instead of claiming the file is untouched', () => {
    const dir = tmp();
    const file = path.join(dir, 'progress.sqlite');
    const v1 = new Database(file);
    v1.pragma('journal_mode = WAL');
    v1.exec(MIGRATIONS[0]!.sql);
    v1.pragma('user_version = 1');
    v1.close();
    const broken = [...MIGRATIONS, { version: 99, description: 'broken', sql: 'CREATE TABLE cards (x);' }];
    let message = '';
    try {
      openDatabase(file, { migrations: broken, now: () => NOW });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/could not be upgraded/);
    expect(message).not.toMatch(/untouched/);
    const backup = readdirSync(dir).find((f) => f.includes('.v1-backup-'));
    expect(backup).toBeDefined();
    expect(message).toContain(backup);
  });
});

describe('reset backups', () => {
  it(`keeps only the newest ${KEEP_RESET_BACKUPS}`, async () => {
    const dir = tmp();
    const s = ProgressStore.inDir(dir);
    open.push(s);
    const scheduler = createScheduler({ retention: 0.9, fuzz: false });
    for (let i = 0; i < 6; i++) {
      s.grade({ questionId: asQuestionId(`q-${i}`), rating: 3 }, scheduler, NOW + i * 1000);
      await resetProgress(s, NOW + i * 60_000);
    }
    const backups = readdirSync(dir)
      .filter((f) => f.includes('.reset-backup-'))
      .sort();
    expect(backups).toHaveLength(KEEP_RESET_BACKUPS);
    // The newest survive: the last reset backed up q-5.
    const last = new ProgressStore(path.join(dir, backups.at(-1)!));
    open.push(last);
    expect(last.reviews().map((r) => r.questionId)).toEqual(['q-5']);
  });
});
