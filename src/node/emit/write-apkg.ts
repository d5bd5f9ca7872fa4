// Builds an Anki package (.apkg) from the notes of core/emit/anki-notes.ts: a zip holding `collection.anki2`, a
// schema-11 SQLite collection (the legacy format every Anki since 2.1 imports: tables col, notes, cards, revlog,
// graves, with the models, decks and deck options as JSON in `col`), and `media`, the JSON map of the media files
// (`{"0": "mlprep-03-roc.svg", …}`), each stored under its number: the figures and diagrams the fields show as
// <img> (core/emit/anki-media.ts). Code is inline HTML and math is TeX that Anki typesets.
// Every card is NEW: mlprep's scheduling (FSRS state, review log) is not carried; revlog stays empty.
// The SQLite file is written in a private temp folder (SQLite needs a file path), read back and removed.

import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { zipSync } from 'fflate';
import { ankiCollectionConf, ankiDeckConfig, ankiDeckId, ankiDecks, ankiModels, ANKI_MODEL_ID } from '../../core/emit/anki-collection.js';
import type { AnkiNote } from '../../core/emit/index.js';

/** Anki's own schema-11 DDL (rslib/src/storage/schema11.sql), so that its importer finds what it expects. */
const SCHEMA_11 = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
  ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
  models text not null, decks text not null, dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
  usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
  flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
  mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null,
  ivl integer not null, factor integer not null, reps integer not null, lapses integer not null,
  left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
  ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`;

/** The schema version Anki's legacy collections carry in col.ver. */
export const ANKI_SCHEMA_VERSION = 11;
/** Anki's field separator inside notes.flds. */
const FIELD_SEPARATOR = '\x1f';

/** The sort field as Anki stores it: HTML stripped, entities of the common kind decoded. */
export function ankiSortField(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .trim();
}

/** Anki's duplicate-check checksum: the first 8 hex digits of the SHA-1 of the stripped first field. */
export const ankiChecksum = (sortField: string) => parseInt(createHash('sha1').update(sortField, 'utf8').digest('hex').slice(0, 8), 16);

export interface ApkgMedia {
  /** The name the fields refer to. */
  name: string;
  bytes: Uint8Array;
}

export interface ApkgOptions {
  /** The export time (tests pass a fixed one). Note and card ids count up from it in milliseconds. */
  now: Date;
  onProgress?: (done: number, total: number) => void;
  /** The media files the fields refer to (node/emit/read-anki-media.ts). */
  media?: readonly ApkgMedia[];
}

export async function buildApkg(notes: readonly AnkiNote[], { now, onProgress, media = [] }: ApkgOptions): Promise<Uint8Array> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mlprep-apkg-'));
  try {
    const file = path.join(dir, 'collection.anki2');
    const db = new Database(file);
    try {
      writeCollection(db, notes, now, onProgress);
    } finally {
      db.close();
    }
    const collection = new Uint8Array(await readFile(file));
    const entries: Record<string, Uint8Array> = { 'collection.anki2': collection };
    const map: Record<string, string> = {};
    media.forEach((m, i) => {
      entries[String(i)] = m.bytes;
      map[String(i)] = m.name;
    });
    entries['media'] = new TextEncoder().encode(JSON.stringify(map));
    return zipSync(entries);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function writeCollection(db: Database.Database, notes: readonly AnkiNote[], now: Date, onProgress: ApkgOptions['onProgress']): void {
  const ms = now.getTime();
  const sec = Math.floor(ms / 1000);
  const deckNames = [...new Set(notes.map((n) => n.deck))];
  db.exec(SCHEMA_11);
  const insertNote = db.prepare(
    'INSERT INTO notes (id, guid, mid, mod, usn, tags, flds, sfld, csum, flags, data) VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, ?)',
  );
  // New cards: type 0 / queue 0, `due` is the new-card position (export order), no interval or ease yet.
  const insertCard = db.prepare(
    'INSERT INTO cards (id, nid, did, ord, mod, usn, type, queue, due, ivl, factor, reps, lapses, left, odue, odid, flags, data) ' +
      "VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')",
  );
  db.transaction(() => {
    db.prepare('INSERT INTO col VALUES (1, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, ?)').run(
      // crt: the collection's creation day (seconds); scm: schema change time (ms), which forces no full sync here
      Math.floor(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) / 1000),
      ms,
      ms,
      ANKI_SCHEMA_VERSION,
      JSON.stringify(ankiCollectionConf(notes.length + 1)),
      JSON.stringify(ankiModels(sec, ankiDeckId(deckNames[0] ?? 'Default'))),
      JSON.stringify(ankiDecks(deckNames, sec)),
      JSON.stringify(ankiDeckConfig(sec)),
      '{}',
    );
    notes.forEach((note, i) => {
      const id = ms + i;
      const sfld = ankiSortField(note.fields[0] ?? '');
      insertNote.run(
        id,
        note.guid,
        ANKI_MODEL_ID,
        sec,
        ` ${note.tags.join(' ')} `,
        note.fields.map((f) => f.replaceAll(FIELD_SEPARATOR, '')).join(FIELD_SEPARATOR),
        sfld,
        ankiChecksum(sfld),
        '',
      );
      insertCard.run(id, id, ankiDeckId(note.deck), sec, i + 1);
      onProgress?.(i + 1, notes.length);
    });
  })();
}
