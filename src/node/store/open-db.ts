// Opens (or creates) the progress database safely:
// - a file that is not SQLite, or a corrupt one, is refused with a clear message and left untouched;
// - a newer schema than this build knows is refused (never downgrade a user's data);
// - an older schema is migrated, after a backup copy of the file is written next to it;
// - WAL journal mode, foreign keys on, and a busy timeout so a second process (CLI next to the server) waits
//   instead of failing.

import { copyFileSync, existsSync, mkdirSync, openSync, readSync, closeSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations.js';

export class StoreError extends Error {
  override name = 'StoreError';
}

const SQLITE_HEADER = 'SQLite format 3\u0000';
/** SQLite's own checkpoint threshold (pages): a safety net behind idle-checkpoint.ts, see openDatabase. */
export const WAL_AUTOCHECKPOINT_PAGES = 20_000;

function checkHeader(file: string): void {
  if (!existsSync(file) || statSync(file).size === 0) return;
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(16);
    readSync(fd, buf, 0, 16, 0);
    if (buf.toString('latin1') !== SQLITE_HEADER) {
      throw new StoreError(
        `${file} is not an mlprep progress database (not a SQLite file). It was left untouched; move it away or pass --data with another folder.`,
      );
    }
  } finally {
    closeSync(fd);
  }
}

/** The data folder must be a folder we can create, and the database path must not be a folder. */
function checkPlace(file: string): void {
  const dir = path.dirname(file);
  if (existsSync(dir) && !statSync(dir).isDirectory())
    throw new StoreError(`The data folder ${dir} is a file, not a folder. Pass --data with a folder (it is created if missing).`);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'ENOTDIR' || code === 'EEXIST'
          ? 'a file is in the way'
          : code === 'ENOSPC'
            ? 'the disk is full'
            : code === 'EROFS'
              ? 'the file system is read-only'
              : (err as Error).message;
    throw new StoreError(`Cannot create the data folder ${dir}: ${why}. Pass --data with another folder.`);
  }
  if (existsSync(file) && statSync(file).isDirectory())
    throw new StoreError(`${file} is a folder, not a progress database. Move it away or pass --data with another folder.`);
}

export interface OpenOptions {
  /** Clock for the backup file name; tests inject it. */
  now?: () => number;
  readonly?: boolean;
  /** The migration list; tests pass a longer one to exercise upgrades. */
  migrations?: readonly Migration[];
}

export function openDatabase(file: string, opts: OpenOptions = {}): Database.Database {
  checkPlace(file);
  checkHeader(file);
  const existed = existsSync(file) && statSync(file).size > 0;
  const migrations = opts.migrations ?? MIGRATIONS;
  const SCHEMA_VERSION = migrations[migrations.length - 1]?.version ?? 0;
  let db: Database.Database;
  let backup: string | null = null;
  try {
    db = new Database(file, { readonly: opts.readonly ?? false });
  } catch (err) {
    throw new StoreError(`Cannot open ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok')
      throw new StoreError(
        `${file} is corrupt (SQLite quick_check: ${String(check)}). It was left untouched; restore a backup or export/import.`,
      );
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new StoreError(
        `${file} has schema version ${version}, newer than this mlprep understands (${SCHEMA_VERSION}). Upgrade mlprep; the file was left untouched.`,
      );
    }
    if (version === 0 && existed) {
      const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
      if (tables.n > 0)
        throw new StoreError(
          `${file} is a SQLite database of another program (schema version 0 with tables). It was left untouched; pass --data with another folder.`,
        );
    }
    if (opts.readonly) return db;
    db.pragma('journal_mode = WAL');
    // NORMAL is the standard pairing with WAL: commits are not fsynced one by one (the sync happens at
    // checkpoints), the file cannot be corrupted by a crash or power loss, and at worst the last commits before
    // a power loss are lost. FULL would put an fsync in every grade's request.
    db.pragma('synchronous = NORMAL');
    // Checkpoints run when writes pause, or on a worker thread during long bursts (idle-checkpoint.ts). SQLite's
    // own, inside whichever commit takes the WAL past this many pages (~80 MB), is only the last safety net: under
    // back-to-back writes the worker keeps copying pages but the log only restarts at a pause, so a low threshold
    // here would bring the checkpoint back into every commit past it.
    db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (version < SCHEMA_VERSION) {
      if (existed && version > 0) {
        db.pragma('wal_checkpoint(TRUNCATE)');
        const stamp = new Date((opts.now ?? Date.now)()).toISOString().replace(/[:.]/g, '-');
        backup = `${file}.v${version}-backup-${stamp}`;
        copyFileSync(file, backup);
      }
      migrate(db, version, migrations);
    }
    return db;
  } catch (err) {
    db.close();
    if (err instanceof StoreError) throw err;
    const message = err instanceof Error ? err.message : String(err);
    // Each migration is its own transaction, so a failure leaves the file at a whole schema version; once a
    // backup exists, say where it is rather than claiming the file was not touched.
    throw new StoreError(
      backup
        ? `${file} could not be upgraded (${message}). Your progress before the upgrade is in ${backup}.`
        : `${file} cannot be used as a progress database (${message}). It was left untouched.`,
    );
  }
}

function migrate(db: Database.Database, from: number, migrations: readonly Migration[]): void {
  for (const m of migrations) {
    if (m.version <= from) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}
