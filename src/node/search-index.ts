// The search engine: an in-memory SQLite database (better-sqlite3) built at start from the SearchDocs.
//   exact:  FTS5 over (title, body, tags, extra = code and TeX) with the porter stemmer and prefix indexes
//           for 2–4 letters, ranked by bm25 (weights title 10, body 1, tags 5, extra 0.5); the last query
//           word is a prefix (`"gradi"*`) so results update as you type.
//   typos:  when the exact query finds nothing, words missing from the vocabulary are replaced by their
//           nearest vocabulary words (core/search/vocabulary.ts: trigram candidates + edit distance <= 1–2),
//           and the query runs again with `(word OR correction …)` for each.
//   filters: topic, difficulty, essential and tag are columns of a side table joined on rowid (only when a
//           filter is set: the join costs time on every matching row).
//   output: SQLite only ranks; titles and snippets are marked in JS for the shown rows (highlight.ts).
// Query words are always quoted, so FTS5 syntax in the user's input (NEAR, -, :, ") is never interpreted.

import Database from 'better-sqlite3';
import type { SearchResponse, SearchResult } from '../core/api/types.js';
import type { Difficulty } from '../core/model/index.js';
import { makeSnippet, markWords, matchKey, tokenize, Vocabulary, type SearchDoc } from '../core/search/index.js';

export interface SearchParams {
  q: string;
  topic?: string | undefined;
  difficulty?: Difficulty | undefined;
  essential?: boolean | undefined;
  tag?: string | undefined;
  limit: number;
}

const MAX_WORDS = 12;
const quote = (w: string) => `"${w.replace(/"/g, '""')}"`;

interface Hit {
  rowid: number;
  score: number;
}

export class SearchIndex {
  private readonly db: Database.Database;
  private readonly vocab = new Vocabulary();
  private readonly rankStmt: Database.Statement;
  private readonly filteredStmt: Database.Statement;
  private readonly docs: readonly SearchDoc[];
  private readonly listStmt: Database.Statement;

  constructor(docs: readonly SearchDoc[]) {
    this.docs = docs;
    this.db = new Database(':memory:');
    this.db.exec(`
      CREATE VIRTUAL TABLE docs USING fts5(title, body, tags, extra, tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3 4');
      CREATE TABLE meta(rowid INTEGER PRIMARY KEY, id TEXT, topic_id TEXT, difficulty TEXT, essential INTEGER, tags TEXT, ord INTEGER);`);
    const insDoc = this.db.prepare('INSERT INTO docs(rowid, title, body, tags, extra) VALUES (?, ?, ?, ?, ?)');
    const insMeta = this.db.prepare('INSERT INTO meta(rowid, id, topic_id, difficulty, essential, tags, ord) VALUES (?, ?, ?, ?, ?, ?, ?)');
    this.db.transaction(() => {
      docs.forEach((d, i) => {
        insDoc.run(i + 1, d.title, d.body, d.tags.join(' '), d.extra);
        insMeta.run(i + 1, d.id, d.topicId, d.difficulty, d.essential ? 1 : 0, `,${d.tags.join(',')},`, d.order);
        this.vocab.addDocument([...tokenize(d.title), ...tokenize(d.body), ...d.tags.flatMap(tokenize)]);
      });
    })();
    const filters = `(@topic IS NULL OR m.topic_id = @topic) AND (@difficulty IS NULL OR m.difficulty = @difficulty)
      AND (@essential IS NULL OR m.essential = @essential) AND (@tag IS NULL OR instr(m.tags, @tag) > 0)`;
    // Ranking only: snippets and highlights are made in JS for the shown rows (core/search/highlight.ts).
    // Without filters the query skips the join and uses FTS5's own `rank` (bm25 with the weights below).
    this.db.exec(`INSERT INTO docs(docs, rank) VALUES ('rank', 'bm25(10.0, 1.0, 5.0, 0.5)')`);
    this.rankStmt = this.db.prepare('SELECT rowid, rank AS score FROM docs WHERE docs MATCH @match ORDER BY rank LIMIT @limit');
    this.filteredStmt = this.db.prepare(`
      SELECT docs.rowid AS rowid, docs.rank AS score FROM docs JOIN meta m ON m.rowid = docs.rowid
      WHERE docs MATCH @match AND ${filters} ORDER BY docs.rank LIMIT @limit`);
    this.listStmt = this.db.prepare(`SELECT m.rowid AS rowid, 0 AS score FROM meta m WHERE ${filters} ORDER BY m.ord LIMIT @limit`);
  }

  get vocabularySize(): number {
    return this.vocab.size;
  }

  search(p: SearchParams): SearchResponse {
    const start = performance.now();
    const words = tokenize(p.q).slice(0, MAX_WORDS);
    const bind = {
      topic: p.topic ?? null,
      difficulty: p.difficulty ?? null,
      essential: p.essential === undefined ? null : p.essential ? 1 : 0,
      tag: p.tag ? `,${p.tag},` : null,
      limit: p.limit,
    };
    const filtered = bind.topic !== null || bind.difficulty !== null || bind.essential !== null || bind.tag !== null;
    let corrected: string[] | null = null;
    let rows: Hit[];
    if (words.length === 0) rows = this.listStmt.all(bind) as Hit[];
    else {
      rows = this.run(this.exactQuery(words), bind, filtered);
      const fuzzy = rows.length === 0 ? this.fuzzyQuery(words) : null;
      if (fuzzy && fuzzy.corrected.length > 0) {
        rows = this.run(fuzzy.parts.join(' AND '), bind, filtered);
        corrected = fuzzy.corrected;
      }
      // A pasted question or one word no answer has: rank the questions that match any of the words or their
      // corrections (bm25 weighs the rare ones most) instead of showing nothing.
      if (rows.length === 0 && fuzzy && words.length > 1) rows = this.run(fuzzy.parts.join(' OR '), bind, filtered);
    }
    const keys = [...words, ...(corrected ?? [])].map(matchKey);
    const results: SearchResult[] = rows.map((r) => {
      const d = this.docs[r.rowid - 1]!;
      return {
        id: d.id,
        topicId: d.topicId,
        title: d.title,
        titleHtml: markWords(d.title, keys),
        snippet: makeSnippet(d.body, keys),
        score: Math.round(-r.score * 1000) / 1000,
        difficulty: d.difficulty,
        tags: d.tags,
      };
    });
    return { results, tookMs: Math.round((performance.now() - start) * 1000) / 1000, corrected };
  }

  private run(match: string, bind: Record<string, unknown>, filtered: boolean): Hit[] {
    return (filtered ? this.filteredStmt : this.rankStmt).all(filtered ? { ...bind, match } : { match, limit: bind.limit }) as Hit[];
  }

  /** All words must match; the last one as a prefix when it has 2+ letters (as-you-type). */
  private exactQuery(words: string[]): string {
    return words.map((w, i) => (i === words.length - 1 && w.length >= 2 ? `${quote(w)}*` : quote(w))).join(' ');
  }

  /** One FTS5 term per word: the word itself, or `(word OR correction …)` when the vocabulary lacks it. */
  private fuzzyQuery(words: string[]): { parts: string[]; corrected: string[] } {
    const corrected: string[] = [];
    const parts = words.map((w, i) => {
      // The last word keeps its prefix form: it may be a word still being typed.
      const exact = i === words.length - 1 && w.length >= 2 ? `${quote(w)}*` : quote(w);
      if (this.vocab.has(w)) return exact;
      const alternatives = this.vocab.suggest(w);
      corrected.push(...alternatives);
      return alternatives.length > 0 ? `(${[exact, ...alternatives.map(quote)].join(' OR ')})` : exact;
    });
    // Callers join the parts with an explicit AND or OR: FTS5 rejects a parenthesised group joined to the next
    // term by a bare space.
    return { parts, corrected };
  }
}
