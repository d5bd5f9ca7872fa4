// Moves the write-ahead log back into the database file when writes pause, instead of inside a request.
//
// SQLite's default runs a checkpoint in whichever commit takes the WAL past 1,000 pages: that commit (a grade)
// then copies the pages and syncs the database file, a spike of tens of milliseconds in the request path
// (issue 16: grade -> next p99). Here each write (re)arms a short timer, and when writes have paused for
// IDLE_MS a PASSIVE checkpoint runs: it never waits for, nor blocks, a reader or a writer (a second process
// such as the CLI), and whatever it cannot copy now is copied next time. open-db.ts raises SQLite's own
// threshold (wal_autocheckpoint) so that it only acts as a safety net when writes never pause.
//
// Durability is unchanged: a commit is durable once it is in the WAL (synchronous=NORMAL in WAL mode: no
// corruption on power loss, at worst the last commits before it are lost); checkpoints only decide when those
// pages also reach the main file.

import type Database from 'better-sqlite3';

/** Pause after the last write before checkpointing: longer than a burst of requests, shorter than a card. */
export const IDLE_MS = 500;

export class IdleCheckpoint {
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Checkpoints run so far (tests read it). */
  runs = 0;

  constructor(
    private readonly db: Database.Database,
    private readonly idleMs = IDLE_MS,
  ) {}

  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), this.idleMs);
    this.timer.unref(); // never keeps a CLI command or a test alive
  }

  run(): void {
    this.timer = null;
    if (!this.db.open) return;
    try {
      this.db.pragma('wal_checkpoint(PASSIVE)');
      this.runs++;
    } catch {
      // SQLITE_BUSY or a closed file: the next write schedules another, and autocheckpoint is the safety net.
    }
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
