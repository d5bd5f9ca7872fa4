// The query side of the search index (inverted-index.ts holds the data). One query, start to end:
//   1. words: tokenize; stop words are dropped (unless the query has nothing else); each remaining word is a
//      group, at most MAX_GROUPS.
//   2. variants per group, each with a weight: the word itself (1), its stem siblings ("gradients" for
//      "gradient", 0.85), when it is the last word and still being typed its prefix completions (0.75, the
//      MAX_PREFIX most frequent), and typo corrections (0.5 at one edit, 0.35 at two) only when the word is
//      missing from the collection or nearly so: a correction never replaces a word the collection contains.
//   3. scoring: BM25 per field (title, tags, body, code+TeX), each saturated on its own and weighted, so a
//      title match outweighs any number of mentions in an answer (one saturation for all fields, as in
//      BM25F, let long answers outrank the question whose title is the query);
//      a group scores its best variant, so a doc matching "gradient" and "gradients" counts the group once.
//   4. ranking, by query length:
//      short (<= 3 groups, what people type): the docs that match the most groups (all of them when any doc
//      does, so typing narrows as before), then the docs with more groups matched exactly (not through a
//      correction), then by score. So an exact match always ranks above a correction.
//      long (pasted questions): score x (groups matched / groups)^COVERAGE_POWER, over the docs that match at
//      least half as many groups as the best doc: one missing word lowers a doc's rank, never empties the list.
// The scratch arrays are per engine and reset by stamps, so a query allocates only its variant lists.
// Isomorphic.

import { FIELDS, fieldTf, type IndexData } from './inverted-index.js';
import { stem } from './stem.js';
import { isStopWord } from './stop-words.js';
import { tokenize } from './tokenize.js';
import { Vocabulary } from './vocabulary.js';

const FIELD_WEIGHT = [2, 1.2, 1, 0.3];
const FIELD_B = [0.5, 0.3, 0.75, 0.75];
const K1 = 1.2;
const MAX_GROUPS = 16;
const MAX_PREFIX = 32;
const SHORT_QUERY = 3;
const COVERAGE_POWER = 2;
const WEIGHT = { exact: 1, stem: 0.85, prefix: 0.75, abbreviation: 0.5, edit1: 0.5, edit2: 0.35 } as const;
/** Completions of a word that is not the last one ("norm" for normalization) are fewer and weigh less. */
const MAX_ABBREVIATION = 12;
/**
 *   (?<![\p{L}\p{N}])           at the start of a word
 *   (?:title|body|tags?|extra)  an FTS5-style column name
 *   \s*:                        then a colon
 */
const FIELD_FILTER = /(?<![\p{L}\p{N}])(title|body|tags?|extra)\s*:/giu;
/** A column filter's name -> its field in FIELDS. */
const FIELD_OF: Record<string, number> = { title: 0, tag: 1, tags: 1, body: 2, extra: 3 };
/** A word in at most this many docs may be a typo in the content: its corrections are added beside it. */
const RARE = 2;

interface Variant {
  word: number;
  weight: number;
  exact: boolean;
}

export interface EngineQuery {
  q: string;
  limit: number;
  offset: number;
  /** Filters: a doc index -> kept. */
  accept?: ((doc: number) => boolean) | undefined;
}

export interface EngineResult {
  hits: { doc: number; score: number }[];
  total: number;
  /** Correction words that matched, or null. */
  corrected: string[] | null;
  /** Every word the results were matched on (query words, their forms and corrections), for highlighting. */
  matched: string[];
}

export class SearchEngine {
  readonly data: IndexData;
  private readonly impacts: Float32Array;
  private readonly ids = new Map<string, number>();
  private readonly stems = new Map<string, number[]>();
  private readonly vocab: Vocabulary;
  private readonly mark: Int32Array;
  private readonly groupMark: Int32Array;
  private readonly groupBest: Float32Array;
  private readonly groupExact: Uint8Array;
  private readonly score: Float64Array;
  private readonly cover: Uint8Array;
  private readonly exactCover: Uint8Array;
  private readonly touched: Uint32Array;
  private stamp = 0;

  constructor(data: IndexData) {
    this.data = data;
    const n = data.docCount;
    const nf = FIELDS.length;
    const avg = FIELDS.map((_, f) => {
      let sum = 0;
      for (let d = 0; d < n; d++) sum += data.fieldLens[d * nf + f]!;
      return Math.max(1, sum / Math.max(1, n));
    });
    this.impacts = new Float32Array(data.postTf.length);
    for (let i = 0; i < data.postTf.length; i++) {
      const d = data.postDocs[i]!;
      const packed = data.postTf[i]!;
      let impact = 0;
      for (let f = 0; f < nf; f++) {
        const c = fieldTf(packed, f);
        if (c === 0) continue;
        const tf = c / (1 - FIELD_B[f]! + (FIELD_B[f]! * data.fieldLens[d * nf + f]!) / avg[f]!);
        impact += (FIELD_WEIGHT[f]! * tf * (K1 + 1)) / (tf + K1);
      }
      this.impacts[i] = impact;
    }
    const df = new Uint32Array(data.words.length);
    data.words.forEach((w, i) => {
      this.ids.set(w, i);
      df[i] = data.offsets[i + 1]! - data.offsets[i]!;
      const s = stem(w);
      const list = this.stems.get(s);
      if (list) list.push(i);
      else this.stems.set(s, [i]);
    });
    this.vocab = Vocabulary.fromCounts(data.words, df);
    this.mark = new Int32Array(n);
    this.groupMark = new Int32Array(n);
    this.groupBest = new Float32Array(n);
    this.groupExact = new Uint8Array(n);
    this.score = new Float64Array(n);
    this.cover = new Uint8Array(n);
    this.exactCover = new Uint8Array(n);
    this.touched = new Uint32Array(n);
  }

  get vocabularySize(): number {
    return this.data.words.length;
  }

  private df(word: number): number {
    return this.data.offsets[word + 1]! - this.data.offsets[word]!;
  }

  private idf(word: number): number {
    const df = this.df(word);
    return Math.log(1 + (this.data.docCount - df + 0.5) / (df + 0.5));
  }

  /** The query's words: stop words dropped unless nothing else is left; duplicates once. */
  static queryWords(q: string): string[] {
    return SearchEngine.queryTerms(q).map((t) => t.word);
  }

  /**
   * The query's words, each with the field it is limited to: an FTS-style column filter ("title:gradient",
   * `title:"gradient descent"`) limits the words right after it to that field (0 title, 1 tags, 2 body, 3 code
   * and TeX); every other word may match anywhere. Stop words dropped unless nothing else is left; duplicates once.
   */
  static queryTerms(q: string): { word: string; field: number | null }[] {
    const terms: { word: string; field: number | null }[] = [];
    const seen = new Set<string>();
    const push = (text: string, field: number | null) => {
      for (const word of tokenize(text)) {
        const key = `${field ?? ''}:${word}`;
        if (!seen.has(key)) (seen.add(key), terms.push({ word, field }));
      }
    };
    let last = 0;
    for (const m of q.matchAll(FIELD_FILTER)) {
      push(q.slice(last, m.index), null);
      const start = m.index + m[0].length;
      //   \s*            spaces after the colon
      //   "[^"]*"?       a quoted phrase (closed or not)
      //   |\S*           or one unquoted word
      const arg = /^\s*(?:"[^"]*"?|\S*)/.exec(q.slice(start))![0];
      push(arg, FIELD_OF[m[1]!.toLowerCase()] ?? null);
      last = start + arg.length;
    }
    push(q.slice(last), null);
    const content = terms.filter((t) => !isStopWord(t.word));
    return (content.length > 0 ? content : terms).slice(0, MAX_GROUPS);
  }

  /** Variants of one query word; `typing` when it is the last word and the query does not end after it. */
  private variants(w: string, typing: boolean, joined: number | undefined, corrected: string[]): Variant[] {
    const out = new Map<number, Variant>();
    const add = (word: number, weight: number, exact: boolean) => {
      const had = out.get(word);
      if (!had || had.weight < weight) out.set(word, { word, weight, exact });
    };
    const self = this.ids.get(w);
    if (self !== undefined) add(self, WEIGHT.exact, true);
    for (const s of this.stems.get(stem(w)) ?? []) add(s, WEIGHT.stem, true);
    if (typing && w.length >= 2) for (const p of this.prefixWords(w, MAX_PREFIX)) add(p, WEIGHT.prefix, true);
    else if (w.length >= 4) for (const p of this.prefixWords(w, MAX_ABBREVIATION)) add(p, WEIGHT.abbreviation, true);
    // "trade off" is "tradeoff" in the collection: the joined word counts for both halves.
    if (joined !== undefined) add(joined, WEIGHT.exact, true);
    if (out.size === 0 || (self !== undefined && this.df(self) <= RARE)) {
      const suggestions = this.vocab.suggestScored(w, 4).filter((x) => x.word !== w);
      // Only the closest: "gradiant" means "gradient", not also "grading" one edit further.
      for (const s of suggestions.filter((x) => x.distance === suggestions[0]!.distance)) {
        const id = this.ids.get(s.word)!;
        if (out.has(id) || s.count < (self === undefined ? 1 : 5 * this.df(self))) continue;
        add(id, s.distance === 1 ? WEIGHT.edit1 : WEIGHT.edit2, false);
        corrected.push(s.word);
      }
    }
    return [...out.values()];
  }

  /** The `max` most frequent words that start with `w` (w itself excluded). */
  private prefixWords(w: string, max: number): number[] {
    const words = this.data.words;
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (words[mid]! < w) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    for (let i = lo; i < words.length && words[i]!.startsWith(w); i++) if (words[i] !== w) found.push(i);
    if (found.length <= max) return found;
    return found.sort((a, b) => this.df(b) - this.df(a)).slice(0, max);
  }

  search(query: EngineQuery): EngineResult {
    const terms = SearchEngine.queryTerms(query.q);
    const words = terms.map((t) => t.word);
    const typing = /[\p{L}\p{N}]$/u.test(query.q);
    const corrected: string[] = [];
    const joins = words.map((w, i) => (i + 1 < words.length ? this.ids.get(w + words[i + 1]) : undefined));
    const groups = words.map((w, i) => this.variants(w, typing && i === words.length - 1, joins[i] ?? joins[i - 1], corrected));
    const matched = new Set(words);
    for (const c of corrected) matched.add(c);
    const touched = this.accumulate(
      groups,
      terms.map((t) => t.field),
    );
    return { ...this.rank(touched, groups.length, query), corrected: corrected.length > 0 ? corrected : null, matched: [...matched] };
  }

  /** Adds every group's best variant score into `score`; returns how many docs were touched. */
  private accumulate(groups: Variant[][], fields: readonly (number | null)[]): number {
    const { offsets, postDocs, postTf } = this.data;
    const stamp = ++this.stamp;
    let touched = 0;
    groups.forEach((variants, g) => {
      const groupStamp = stamp * (MAX_GROUPS + 1) + g;
      const field = fields[g] ?? null;
      for (const v of variants) {
        const w = v.weight * this.idf(v.word);
        for (let i = offsets[v.word]!, end = offsets[v.word + 1]!; i < end; i++) {
          // A column filter keeps only the docs whose filtered field holds the word.
          if (field !== null && fieldTf(postTf[i]!, field) === 0) continue;
          const d = postDocs[i]!;
          const s = w * this.impacts[i]!;
          if (this.mark[d] !== stamp) {
            this.mark[d] = stamp;
            this.score[d] = 0;
            this.cover[d] = 0;
            this.exactCover[d] = 0;
            this.touched[touched++] = d;
          }
          if (this.groupMark[d] !== groupStamp) {
            this.groupMark[d] = groupStamp;
            this.groupBest[d] = s;
            this.groupExact[d] = v.exact ? 1 : 0;
            this.score[d]! += s;
            this.cover[d]! += 1;
            if (v.exact) this.exactCover[d]! += 1;
            continue;
          }
          if (s > this.groupBest[d]!) {
            this.score[d]! += s - this.groupBest[d]!;
            this.groupBest[d] = s;
          }
          if (v.exact && this.groupExact[d] === 0) {
            this.groupExact[d] = 1;
            this.exactCover[d]! += 1;
          }
        }
      }
    });
    return touched;
  }

  private rank(touched: number, groups: number, query: EngineQuery): Omit<EngineResult, 'corrected' | 'matched'> {
    const accept = query.accept;
    let best = 0;
    for (let i = 0; i < touched; i++) {
      const d = this.touched[i]!;
      if (this.cover[d]! > best && (!accept || accept(d))) best = this.cover[d]!;
    }
    const short = groups <= SHORT_QUERY;
    const floor = short ? best : Math.max(1, Math.ceil(best / 2));
    const k = query.offset + query.limit;
    const topDocs: number[] = [];
    const topKeys: number[] = [];
    let total = 0;
    for (let i = 0; i < touched; i++) {
      const d = this.touched[i]!;
      const cover = this.cover[d]!;
      if (cover < floor || (accept && !accept(d))) continue;
      total++;
      // Short: exact-match count first (scores are far below 1e6), then score. Long: coverage-weighted score.
      const key = short ? this.exactCover[d]! * 1e6 + this.score[d]! : this.score[d]! * (cover / groups) ** COVERAGE_POWER;
      if (topDocs.length === k && !before(key, d, topKeys[k - 1]!, topDocs[k - 1]!)) continue;
      let at = topDocs.length === k ? k - 1 : topDocs.length;
      while (at > 0 && before(key, d, topKeys[at - 1]!, topDocs[at - 1]!)) {
        topKeys[at] = topKeys[at - 1]!;
        topDocs[at] = topDocs[at - 1]!;
        at--;
      }
      topKeys[at] = key;
      topDocs[at] = d;
    }
    const hits = topDocs.slice(query.offset).map((doc, i) => ({ doc, score: topKeys[query.offset + i]! % 1e6 }));
    return { hits, total };
  }
}

/** Higher key first; equal keys in collection order. */
function before(key: number, doc: number, otherKey: number, otherDoc: number): boolean {
  return key > otherKey || (key === otherKey && doc < otherDoc);
}
