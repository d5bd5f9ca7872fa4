import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BUSY_WRITES, IDLE_MS, IdleCheckpoint } from './idle-checkpoint.js';
import { WAL_AUTOCHECKPOINT_PAGES } from './open-db.js';
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

  it('keeps SQLite’s own checkpoint only as a safety net, with synchronous=NORMAL', () => {
    expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(WAL_AUTOCHECKPOINT_PAGES);
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

  it('during writes without a pause, checkpoints on a worker thread instead of in a request', async () => {
    vi.useRealTimers();
    const ckpt = new IdleCheckpoint(store.db, { idleMs: 60_000 });
    store.db.exec('CREATE TABLE t (x)');
    const insert = store.db.prepare('INSERT INTO t VALUES (?)');
    const before = mainFileSize();
    for (let i = 0; i < BUSY_WRITES - 1; i++) {
      insert.run('y'.repeat(3000));
      ckpt.schedule();
    }
    expect(ckpt.backgroundRuns).toBe(0); // below the threshold: only the idle timer is armed
    insert.run('y'.repeat(3000));
    ckpt.schedule(); // the BUSY_WRITES-th write hands a checkpoint to the worker and returns at once
    await vi.waitFor(() => expect(ckpt.backgroundRuns).toBe(1), { timeout: 10_000 });
    expect(ckpt.runs).toBe(0); // nothing ran on this thread
    expect(mainFileSize()).toBeGreaterThan(before + BUSY_WRITES * 3000); // the worker copied the pages
    ckpt.stop();
    // stop() returns once the worker's connection is closed: closing the store's own, the last one, then
    // checkpoints and removes the WAL file.
    store.close();
    expect(existsSync(`${store.file}-wal`)).toBe(false);
    store = ProgressStore.inDir(dir); // for afterEach
  });

  it('falls back to idle checkpoints for a database without a file', () => {
    vi.useRealTimers();
    const ckpt = new IdleCheckpoint(store.db, { file: '' });
    for (let i = 0; i < BUSY_WRITES * 2; i++) ckpt.schedule();
    expect(ckpt.backgroundRuns).toBe(0);
    ckpt.stop();
  });
});
