// The personal-note search: notes read from the store, matched by their own words only, filtered through the
// question's content document, rebuilt when the notes change; and withoutHtml, which drops what a rendered note
// never shows.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SearchDoc } from '../../core/search/index.js';
import { putNote } from '../store/own-words-store.js';
import { ProgressStore } from '../store/progress-store.js';
import { NoteSearch, withoutHtml } from './note-search.js';

const T0 = Date.UTC(2026, 0, 5, 9);
const stores: ProgressStore[] = [];
afterEach(() => stores.splice(0).forEach((s) => s.close()));

const doc = (id: string, extra: Partial<SearchDoc> = {}): SearchDoc => ({
  id,
  topicId: '01',
  order: 0,
  title: `Title ${id}`,
  body: 'content body words',
  extra: '',
  tags: [],
  difficulty: 'easy',
  essential: false,
  ...extra,
});

const DOCS = [
  doc('qa', { title: 'Adam & <RMS>', tags: ['optim'] }),
  doc('qb', { topicId: '02', difficulty: 'hard', tags: ['regularization'] }),
  doc('qc', { essential: true, tags: ['optim', 'regularization'] }),
];

function setup(docs: SearchDoc[] = DOCS) {
  const store = ProgressStore.inDir(mkdtempSync(path.join(os.tmpdir(), 'mlprep-notes-')));
  stores.push(store);
  return { store, search: new NoteSearch(store, docs) };
}
const ids = (s: NoteSearch, q: string, extra = {}) => s.search({ q, limit: 10, ...extra }).map((h) => h.id);

describe('withoutHtml', () => {
  it('drops script and style elements with their content, case-insensitively and up to their own end tag', () => {
    expect(withoutHtml('a<script>x()</script>b')).toBe('a b');
    expect(withoutHtml('a<SCRIPT type="t">x</Script >b')).toBe('a b');
    expect(withoutHtml('a<style>p{}</style>b')).toBe('a b');
    expect(withoutHtml('<script>1</script>keep<script>2</script>')).toBe(' keep ');
    expect(withoutHtml('a<script>\nline\n</script>b')).toBe('a b');
  });

  it('drops any other tag and keeps its text; leaves a lone < that starts no tag', () => {
    expect(withoutHtml('<b>bold</b>')).toBe(' bold ');
    expect(withoutHtml('x <img src=y alt=z> y')).toBe('x   y');
    expect(withoutHtml('<script>x</style>')).toBe(' x ');
    expect(withoutHtml('1 < 2 and 3 > 1, <3')).toBe('1 < 2 and 3 > 1, <3');
    expect(withoutHtml('plain **markdown**')).toBe('plain **markdown**');
  });
});

describe('NoteSearch', () => {
  it('returns [] for an empty or blank query, and when no note exists', () => {
    const { store, search } = setup();
    expect(ids(search, 'anything')).toEqual([]);
    putNote(store, 'qa', 'momentum notes', T0);
    expect(ids(search, '')).toEqual([]);
    expect(ids(search, '   ')).toEqual([]);
    expect(ids(search, 'momentum')).toEqual(['qa']);
  });

  it('matches the note’s words only, not the title, tags or content body, and shows the content doc’s title and tags', () => {
    const { store, search } = setup();
    putNote(store, 'qa', 'remember the momentum term', T0);
    expect(ids(search, 'adam')).toEqual([]);
    expect(ids(search, 'optim')).toEqual([]);
    expect(ids(search, 'content')).toEqual([]);
    const [hit] = search.search({ q: 'momentum', limit: 10 });
    expect(hit).toMatchObject({
      id: 'qa',
      topicId: '01',
      title: 'Adam & <RMS>',
      titleHtml: 'Adam &amp; &lt;RMS&gt;',
      tags: ['optim'],
      difficulty: 'easy',
    });
    expect(hit!.snippet).toContain('<mark>momentum</mark>');
  });

  it('skips a note on a question no longer in the collection', () => {
    const { store, search } = setup();
    putNote(store, 'gone', 'orphan momentum', T0);
    expect(ids(search, 'orphan')).toEqual([]);
    putNote(store, 'qb', 'momentum too', T0);
    expect(ids(search, 'momentum')).toEqual(['qb']);
  });

  it('filters by topic, difficulty, essential and tag from the content document', () => {
    const { store, search } = setup();
    for (const id of ['qa', 'qb', 'qc']) putNote(store, id, 'shared keyword', T0);
    expect(ids(search, 'keyword').sort()).toEqual(['qa', 'qb', 'qc']);
    expect(ids(search, 'keyword', { topic: '02' })).toEqual(['qb']);
    expect(ids(search, 'keyword', { difficulty: 'hard' })).toEqual(['qb']);
    expect(ids(search, 'keyword', { essential: true })).toEqual(['qc']);
    expect(ids(search, 'keyword', { tag: 'regularization' }).sort()).toEqual(['qb', 'qc']);
    expect(ids(search, 'keyword', { tag: 'optim', topic: '02' })).toEqual([]);
    expect(ids(search, 'keyword', { tag: 'none' })).toEqual([]);
  });

  it('applies the limit after the tag filter, so a weaker tagged match still fills the page', () => {
    const { store, search } = setup();
    putNote(store, 'qa', 'keyword keyword keyword', T0);
    putNote(store, 'qb', 'keyword and many other words that dilute it a great deal here', T0);
    putNote(store, 'qc', 'keyword and many more other words that dilute it a great deal here', T0);
    expect(ids(search, 'keyword', { limit: 1 })).toEqual(['qa']);
    expect(ids(search, 'keyword', { tag: 'regularization', limit: 1 })).toHaveLength(1);
    expect(search.search({ q: 'keyword', limit: 2 })).toHaveLength(2);
    expect(ids(search, 'keyword', { tag: 'regularization', limit: 2 }).sort()).toEqual(['qb', 'qc']);
  });

  it('ignores an offset: always the first page', () => {
    const { store, search } = setup();
    putNote(store, 'qa', 'keyword', T0);
    expect(ids(search, 'keyword', { offset: 5 })).toEqual(['qa']);
  });

  it('neither matches nor quotes raw HTML, and matches code in the note', () => {
    const { store, search } = setup();
    putNote(store, 'qa', 'visible <span title="attrword">inner</span> <style>.styleword{}</style>\n\n```\ncodeword()\n```', T0);
    expect(ids(search, 'inner')).toEqual(['qa']);
    expect(ids(search, 'attrword')).toEqual([]);
    expect(ids(search, 'styleword')).toEqual([]);
    expect(ids(search, 'codeword')).toEqual(['qa']);
  });

  it('is rebuilt when a note is written, changed or removed', () => {
    const { store, search } = setup();
    putNote(store, 'qa', 'first words', T0);
    expect(ids(search, 'first')).toEqual(['qa']);
    putNote(store, 'qb', 'second words', T0);
    expect(ids(search, 'second')).toEqual(['qb']);
    putNote(store, 'qa', 'rewritten', T0);
    expect(ids(search, 'first')).toEqual([]);
    expect(ids(search, 'rewritten')).toEqual(['qa']);
    putNote(store, 'qa', '', T0);
    expect(ids(search, 'rewritten')).toEqual([]);
  });

  it('sees notes written through another connection to the same folder', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mlprep-notes-'));
    const a = ProgressStore.inDir(dir);
    const b = ProgressStore.inDir(dir);
    stores.push(a, b);
    const search = new NoteSearch(a, DOCS);
    expect(ids(search, 'elsewhere')).toEqual([]);
    putNote(b, 'qc', 'written elsewhere', T0);
    expect(ids(search, 'elsewhere')).toEqual(['qc']);
  });
});
