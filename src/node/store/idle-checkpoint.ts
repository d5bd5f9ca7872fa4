// Moves the write-ahead log back into the database file outside a request.
//
// SQLite's default runs a checkpoint in whichever commit takes the WAL past 1,000 pages: that commit (a grade)
// then copies the pages and syncs the database file, a spike of tens of milliseconds in the request path
// (issue 16: grade -> next p99). Two triggers replace it:
//   - idle: each write (re)arms a short timer, and when writes have paused for IDLE_MS a PASSIVE checkpoint runs
//     on this thread. Nobody is waiting then, and the WAL holds only the pages of one burst.
//   - busy: after BUSY_WRITES writes without such a pause (a script grading back to back, an import), the
//     checkpoint runs on a worker thread with its own connection, so the next request never waits for it. A
//     PASSIVE checkpoint never blocks, nor waits for, a writer: commits keep appending to the WAL meanwhile, and
//     whatever it could not copy is copied next time.
// open-db.ts raises SQLite's own threshold (wal_autocheckpoint) so that it only acts as a last safety net (the
// worker failed to start, or writes outrun it).
//
// Durability is unchanged: a commit is durable once it is in the WAL (synchronous=NORMAL in WAL mode: no
// corruption on power loss, at worst the last commits before it are lost); checkpoints only decide when those
// pages also reach the main file.

import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

/** Pause after the last write before checkpointing: longer than a burst of requests, shorter than a card. */
export const IDLE_MS = 500;
/** Writes without a pause after which the worker checkpoints (a grade dirties ~10 pages: ~1,000 pages, ~4 MB). */
export const BUSY_WRITES = 100;
/** Longest wait in stop() for the worker to close its connection (a checkpoint in progress, or a slow start). */
const CLOSE_WAIT_MS = 5_000;

// Plain CommonJS evaluated in the worker: no TypeScript loader is needed there. better-sqlite3 is resolved here
// and passed in, so the worker loads the same copy whatever the current directory is.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.lib);
let db = null;
parentPort.on('message', (msg) => {
  if (msg && msg.close) {
    try {
      if (db) db.close();
    } finally {
      Atomics.store(msg.close, 0, 1);
      Atomics.notify(msg.close, 0);
      parentPort.close();
    }
    return;
  }
  try {
    if (!db) db = new Database(workerData.file, { fileMustExist: true });
    db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ ok: true });
  } catch (err) {
    parentPort.postMessage({ ok: false, error: String(err && err.message || err) });
  }
});
`;

export interface CheckpointOptions {
  idleMs?: number;
  busyWrites?: number;
  /** The database file the worker opens (default: the connection's own file; none for in-memory databases). */
  file?: string;
}

export class IdleCheckpoint {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private writes = 0;
  private worker: Worker | null = null;
  private workerFailed = false;
  private inFlight = false;
  /** Checkpoints run on this thread so far (tests read it). */
  runs = 0;
  /** Checkpoints the worker completed so far (tests read it). */
  backgroundRuns = 0;
  private readonly idleMs: number;
  private readonly busyWrites: number;
  private readonly file: string;

  constructor(
    private readonly db: Database.Database,
    opts: CheckpointOptions = {},
  ) {
    this.idleMs = opts.idleMs ?? IDLE_MS;
    this.busyWrites = opts.busyWrites ?? BUSY_WRITES;
    this.file = opts.file ?? db.name;
  }

  /** Call after each committed write. */
  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), this.idleMs);
    this.timer.unref(); // never keeps a CLI command or a test alive
    if (++this.writes >= this.busyWrites) this.runInBackground();
  }

  run(): void {
    this.timer = null;
    if (!this.db.open) return;
    try {
      this.db.pragma('wal_checkpoint(PASSIVE)');
      this.writes = 0;
      this.runs++;
      // Start the worker now, while nobody waits, rather than inside the request that first needs it.
      this.startWorker();
    } catch {
      // SQLITE_BUSY or a closed file: the next write schedules another, and autocheckpoint is the safety net.
    }
  }

  private runInBackground(): void {
    if (this.inFlight || !this.db.open) return;
    const worker = this.startWorker();
    if (!worker) return; // no worker: the idle checkpoint and autocheckpoint remain
    this.inFlight = true;
    this.writes = 0;
    worker.postMessage('checkpoint');
  }

  private startWorker(): Worker | null {
    if (this.worker || this.workerFailed) return this.worker;
    if (!this.file || this.db.memory) {
      this.workerFailed = true;
      return null;
    }
    try {
      const lib = createRequire(import.meta.url).resolve('better-sqlite3');
      const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { lib, file: this.file } });
      worker.unref(); // never keeps a CLI command or a test alive
      worker.on('message', (msg: { ok: boolean }) => {
        this.inFlight = false;
        if (msg.ok) this.backgroundRuns++;
      });
      worker.on('error', () => {
        // The worker could not start or died: fall back to the idle checkpoint and SQLite's own.
        this.inFlight = false;
        this.workerFailed = true;
        this.worker = null;
      });
      this.worker = worker;
      return worker;
    } catch {
      this.workerFailed = true;
      return null;
    }
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.worker) return;
    // The worker's connection is closed before the caller closes its own, never after: the last connection to
    // close removes the WAL file by name, and by then the database could have been replaced at the same path.
    // Waiting blocks for at most one checkpoint in progress (milliseconds); messages queued before are handled first.
    const closed = new Int32Array(new SharedArrayBuffer(4));
    this.worker.postMessage({ close: closed });
    Atomics.wait(closed, 0, 0, CLOSE_WAIT_MS);
    this.worker = null;
  }
}
