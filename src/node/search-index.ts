// The search engine: an in-memory SQLite database (better-sqlite3) built at start from the SearchDocs.
//   exact:  FTS5 over (title, body, tags, extra = code and TeX) with the porter stemmer, ranked by bm25 with
//           weights title 10, body 1, tags 5, extra 0.5; the last query word is a prefix (`"gradi"*`) so results update as you type.
//   typos:  when the exact query finds nothing, words missing from the vocabulary are replaced by their
//           nearest vocabulary words (core/search/vocabulary.ts: trigram candidates + edit distance <= 1–2),
//           and the query runs again with `(word OR correction …)` for each.
//   filters: topic, difficulty, essential and tag are columns of a side table joined on rowid.
// Query words are always quoted, so FTS5 syntax in the user's input (NEAR, -, :, ") is never interpreted.

import Database from 'better-sqlite3';
import type { SearchResponse, SearchResult } from '../core/api/types.js';
import type { Difficulty } from '../core/model/index.js';
import { markersToHtml, tokenize, Vocabulary, type SearchDoc } from '../core/search/index.js';

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

interface Row {
  id: string;
  topic_id: string;
  difficulty: Difficulty;
  tags: string;
  score: number;
  title_hl: string;
  snip: string;
}

export class SearchIndex {
  private readonly db: Database.Database;
  private readonly vocab = new Vocabulary();
  private readonly matchStmt: Database.Statement;
  private readonly listStmt: Database.Statement;
  private readonly snippetStmt: Database.Statement;

  constructor(docs: readonly SearchDoc[]) {
    this.db = new Database(':memory:');
    this.db.exec(`
      CREATE VIRTUAL TABLE docs USING fts5(title, body, tags, extra, tokenize = 'porter unicode61 remove_diacritics 2');
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
    // Two phases: rank with bm25 and keep the top `limit` rows, then build highlights and snippets for those
    // rows only. Computing snippet() in the ranking query would run it for every match (70 ms for a common word).
    this.matchStmt = this.db.prepare(`
      SELECT docs.rowid AS rowid, m.id, m.topic_id, m.difficulty, m.tags, bm25(docs, 10.0, 1.0, 5.0, 0.5) AS score
      FROM docs JOIN meta m ON m.rowid = docs.rowid
      WHERE docs MATCH @match AND ${filters} ORDER BY score LIMIT @limit`);
    this.snippetStmt = this.db.prepare(`
      SELECT highlight(docs, 0, char(1), char(2)) AS title_hl, snippet(docs, 1, char(1), char(2), '…', 24) AS snip
      FROM docs WHERE docs MATCH @match AND rowid = @rowid`);
    this.listStmt = this.db.prepare(`
      SELECT m.id, m.topic_id, m.difficulty, m.tags, 0 AS score, d.title AS title_hl, substr(d.body, 1, 180) AS snip
      FROM meta m JOIN docs d ON d.rowid = m.rowid WHERE ${filters} ORDER BY m.ord LIMIT @limit`);
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
    let corrected: string[] | null = null;
    let rows: Row[];
    if (words.length === 0) rows = this.listStmt.all(bind) as Row[];
    else {
      rows = this.run(this.exactQuery(words), bind);
      if (rows.length === 0) {
        const fuzzy = this.fuzzyQuery(words);
        if (fuzzy) {
          rows = this.run(fuzzy.match, bind);
          corrected = fuzzy.corrected;
        }
      }
    }
    const results: SearchResult[] = rows.map((r) => ({
      id: r.id,
      topicId: r.topic_id,
      title: r.title_hl.replace(/[\u0001\u0002]/g, ''),
      titleHtml: markersToHtml(r.title_hl),
      snippet: markersToHtml(r.snip),
      score: Math.round(-r.score * 1000) / 1000,
      difficulty: r.difficulty,
      tags: r.tags.split(',').filter(Boolean),
    }));
    return { results, tookMs: Math.round((performance.now() - start) * 1000) / 1000, corrected };
  }

  private run(match: string, bind: Record<string, unknown>): Row[] {
    const top = this.matchStmt.all({ ...bind, match }) as (Omit<Row, 'title_hl' | 'snip'> & { rowid: number })[];
    return top.map((r) => ({ ...r, ...(this.snippetStmt.get({ match, rowid: r.rowid }) as Pick<Row, 'title_hl' | 'snip'>) }));
  }

  /** All words must match; the last one as a prefix when it has 2+ letters (as-you-type). */
  private exactQuery(words: string[]): string {
    return words.map((w, i) => (i === words.length - 1 && w.length >= 2 ? `${quote(w)}*` : quote(w))).join(' ');
  }

  private fuzzyQuery(words: string[]): { match: string; corrected: string[] } | null {
    const corrected: string[] = [];
    const parts = words.map((w, i) => {
      // The last word keeps its prefix form: it may be a word still being typed.
      const exact = i === words.length - 1 && w.length >= 2 ? `${quote(w)}*` : quote(w);
      if (this.vocab.has(w)) return exact;
      const alternatives = this.vocab.suggest(w);
      corrected.push(...alternatives);
      return alternatives.length > 0 ? `(${[exact, ...alternatives.map(quote)].join(' OR ')})` : exact;
    });
    return corrected.length > 0 ? { match: parts.join(' '), corrected } : null;
  }
}
