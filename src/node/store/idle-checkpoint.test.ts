import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDLE_MS, IdleCheckpoint } from './idle-checkpoint.js';
import { ProgressStore } from './progress-store.js';

let dir: string;
let store: ProgressStore;
beforeEach(() => {
  vi.useFakeTimers();
  dir = mkdtempSync(path.join(os.tmpdir(), 'mlprep-ckpt-'));
  store = ProgressStore.inDir(dir);
});
afterEach(() => {
  store.close();
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

/** Size of the main database file: it grows only when a checkpoint copies pages out of the WAL. */
const mainFileSize = () => statSync(store.file).size;

describe('IdleCheckpoint', () => {
  it('checkpoints once writes pause, not on every write', () => {
    const ckpt = new IdleCheckpoint(store.db);
    store.db.exec('CREATE TABLE t (x)');
    for (let i = 0; i < 5; i++) {
      store.db.prepare('INSERT INTO t VALUES (?)').run(i);
      ckpt.schedule();
      vi.advanceTimersByTime(IDLE_MS / 2);
    }
    expect(ckpt.runs).toBe(0); // still writing: no checkpoint inside the burst
    vi.advanceTimersByTime(IDLE_MS);
    expect(ckpt.runs).toBe(1);
  });

  it('copies the store’s writes into the database file after the pause, not during them', () => {
    for (let i = 0; i < 40; i++) store.setSetting(`k${i}`, 'x'.repeat(2000));
    const during = mainFileSize();
    vi.advanceTimersByTime(IDLE_MS + 1);
    expect(mainFileSize()).toBeGreaterThan(during + 40 * 2000);
  });

  it('keeps SQLite’s own checkpoint only as a safety net (4000 pages), with synchronous=NORMAL', () => {
    expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(4000);
    expect(store.db.pragma('synchronous', { simple: true })).toBe(1);
  });

  it('does nothing once the database is closed', () => {
    const ckpt = new IdleCheckpoint(store.db);
    ckpt.schedule();
    store.close();
    vi.advanceTimersByTime(IDLE_MS + 1);
    expect(ckpt.runs).toBe(0);
    store = ProgressStore.inDir(dir); // for afterEach
  });
});
