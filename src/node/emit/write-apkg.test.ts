import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAnkiNotes, createAnkiHtml, selectQuestions, type AnkiNote } from '../../core/emit/index.js';
import { createHighlighter } from '../../core/render/create-highlighter.js';
import { loadVault } from '../load-vault.js';
import { ankiChecksum, buildApkg } from './write-apkg.js';

const VAULT = path.join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'vaults', 'web-prep');
const NOW = new Date('2026-03-01T12:00:00Z');

let tmp: string;
let notes: AnkiNote[];
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'apkg-test-'));
  const { vault } = await loadVault(VAULT);
  notes = buildAnkiNotes(selectQuestions(vault), createAnkiHtml(vault, await createHighlighter()));
}, 60_000);
afterAll(() => rm(tmp, { recursive: true, force: true }));

/** Unzip an .apkg and open its collection read-only, as an importer would. */
async function open(apkg: Uint8Array, name: string) {
  const files = unzipSync(apkg);
  const file = path.join(tmp, `${name}.anki2`);
  await writeFile(file, files['collection.anki2']!);
  return { files, db: new Database(file, { readonly: true }) };
}

describe('buildApkg', () => {
  it('writes a zip of a schema-11 collection and an empty media map', async () => {
    const { files, db } = await open(await buildApkg(notes, { now: NOW }), 'schema');
    expect(Object.keys(files).sort()).toEqual(['collection.anki2', 'media']);
    expect(JSON.parse(strFromU8(files['media']!))).toEqual({});
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['cards', 'col', 'graves', 'notes', 'revlog']);
    const col = db.prepare('SELECT * FROM col').get() as Record<string, string | number>;
    expect(col.ver).toBe(11);
    const models = Object.values(JSON.parse(col.models as string)) as {
      name: string;
      flds: { name: string; ord: number }[];
      tmpls: unknown[];
    }[];
    expect(models).toHaveLength(1);
    expect(models[0]!.name).toBe('mlprep question');
    expect(models[0]!.flds.map((f) => f.name)).toEqual(['Question', 'Answer', 'KeyPoints', 'Pitfalls', 'References', 'Topic', 'Id']);
    const decks = Object.values(JSON.parse(col.decks as string)) as { id: number; name: string }[];
    expect(decks.map((d) => d.name).sort()).toEqual([
      'Default',
      'mlprep',
      'mlprep::01 Math Foundations',
      'mlprep::02 Probability & Statistics',
    ]);
    expect(Object.keys(JSON.parse(col.dconf as string))).toEqual(['1']);
    // counts: one note and one new card per question, in its topic's deck; nothing scheduled, nothing deleted
    expect(db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(notes.length);
    expect(db.prepare('SELECT count(*) FROM cards WHERE type = 0 AND queue = 0').pluck().get()).toBe(notes.length);
    expect(db.prepare('SELECT count(*) FROM revlog').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM graves').pluck().get()).toBe(0);
    const deckOf = new Map(decks.map((d) => [d.id, d.name]));
    const cardDecks = db.prepare('SELECT did FROM cards JOIN notes ON notes.id = cards.nid').pluck().all() as number[];
    expect(new Set(cardDecks.map((d) => deckOf.get(d)))).toEqual(
      new Set(['mlprep::01 Math Foundations', 'mlprep::02 Probability & Statistics']),
    );
    db.close();
  });

  it('stores one note field by field with math, code, tags, sort field and checksum', async () => {
    const { db } = await open(await buildApkg(notes, { now: NOW }), 'fields');
    const row = db.prepare("SELECT * FROM notes WHERE guid = 'mlprep:gd-step-size'").get() as Record<string, string | number>;
    const flds = (row.flds as string).split('\x1f');
    expect(flds).toHaveLength(7);
    expect(flds[0]).toBe('Why must the gradient-descent step size be at most \\(1/L\\) on an \\(L\\)-smooth function?');
    expect(flds[1]).toContain('<p>\\[f(y) \\le f(x) + \\nabla f(x)^\\top (y-x) + \\frac{L}{2}\\lVert y-x \\rVert^2 .\\]</p>');
    expect(flds[1]).toContain('<pre style="background-color:#fff;color:#24292e"><code><span><span style="color:#D73A49">import</span>');
    expect(flds[2]).toMatch(/^<ul>\n<li>Descent lemma: \\\(f\(y\)/);
    expect(flds[3]).toContain('linearly with \\(\\eta\\)');
    expect(flds[4]).toContain('<em>Introductory Lectures on Convex Optimization</em>');
    expect(flds[5]).toBe('01 Math Foundations · Part 0: Calculus');
    expect(flds[6]).toBe('gd-step-size');
    expect(row.tags).toBe(
      ' mlprep::topic::01 mlprep::part::01.0 mlprep::difficulty::medium mlprep::tag::optimization mlprep::tag::convexity ',
    );
    expect(row.sfld).toBe('Why must the gradient-descent step size be at most \\(1/L\\) on an \\(L\\)-smooth function?');
    // sha1("abc") = a9993e36…: the checksum is its first 8 hex digits
    expect(ankiChecksum('abc')).toBe(0xa9993e36);
    expect(row.csum).toBe(ankiChecksum(row.sfld as string));
    db.close();
  });

  it('keeps GUIDs, the note type id and deck ids stable across exports, so a re-import updates notes', async () => {
    const first = await open(await buildApkg(notes, { now: NOW }), 'first');
    const later = await open(await buildApkg([...notes].reverse(), { now: new Date('2026-06-01T00:00:00Z') }), 'later');
    const ids = (db: Database.Database) => {
      const col = db.prepare('SELECT models, decks FROM col').get() as { models: string; decks: string };
      return {
        guids: db.prepare('SELECT guid FROM notes ORDER BY guid').pluck().all() as string[],
        model: Object.keys(JSON.parse(col.models)),
        decks: Object.keys(JSON.parse(col.decks)).sort(),
        mids: db.prepare('SELECT DISTINCT mid FROM notes').pluck().all().map(String),
      };
    };
    const a = ids(first.db);
    const b = ids(later.db);
    expect(b).toEqual(a);
    expect(a.guids).toContain('mlprep:bayes-rule');
    expect(a.mids).toEqual(a.model);
    first.db.close();
    later.db.close();
  });
});
