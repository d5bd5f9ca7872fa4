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

export interface OpenOptions {
  /** Clock for the backup file name; tests inject it. */
  now?: () => number;
  readonly?: boolean;
  /** The migration list; tests pass a longer one to exercise upgrades. */
  migrations?: readonly Migration[];
}

export function openDatabase(file: string, opts: OpenOptions = {}): Database.Database {
  mkdirSync(path.dirname(file), { recursive: true });
  checkHeader(file);
  const existed = existsSync(file) && statSync(file).size > 0;
  const migrations = opts.migrations ?? MIGRATIONS;
  const SCHEMA_VERSION = migrations[migrations.length - 1]?.version ?? 0;
  let db: Database.Database;
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
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (version < SCHEMA_VERSION) {
      if (existed && version > 0) {
        db.pragma('wal_checkpoint(TRUNCATE)');
        const stamp = new Date((opts.now ?? Date.now)()).toISOString().replace(/[:.]/g, '-');
        copyFileSync(file, `${file}.v${version}-backup-${stamp}`);
      }
      migrate(db, version, migrations);
    }
    return db;
  } catch (err) {
    db.close();
    if (err instanceof StoreError) throw err;
    const message = err instanceof Error ? err.message : String(err);
    throw new StoreError(`${file} cannot be used as a progress database (${message}). It was left untouched.`);
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
