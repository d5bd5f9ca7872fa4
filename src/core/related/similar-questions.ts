// "Related questions" computed from the content, next to the ones the author wrote: for each question, the
// nearest others by a blend of text similarity (TF-IDF cosine over the title and the answer's text) and shared
// tags (Jaccard). Runs once at content build time (render stage); the result is stored in the built content, so
// a request pays nothing. Pure and deterministic: ties are broken by the collection order. Isomorphic.
//
// TF-IDF is hand-written here (about 40 lines) rather than taken from a library: the search engine's own
// tokenizer, stop words and stemmer must define a "word" the same way, and the libraries we have (minisearch,
// flexsearch) rank a query against documents but do not expose document vectors.

import { isStopWord, markdownToText, stem, tokenize } from '../search/index.js';

export interface SimilarInput {
  id: string;
  topicId: string;
  title: string;
  /** Title and answer as markdown; the title counts twice (it says what the question is about). */
  text: string;
  tags: readonly string[];
  /** Questions never to suggest for this one: the written `Related` links (and the question itself). */
  exclude: ReadonlySet<string>;
}

export interface SimilarQuestion {
  id: string;
  topicId: string;
  title: string;
  /** Blend of text and tag similarity, 0–1, rounded to 3 places. */
  score: number;
}

export interface SimilarOptions {
  /** How many to keep per question. */
  limit?: number;
  /** Weight of the text cosine; the tag Jaccard gets 1 - textWeight. */
  textWeight?: number;
  /** Below this blended score a neighbour is noise and not shown. */
  minScore?: number;
}

export const SIMILAR_DEFAULTS: Required<SimilarOptions> = { limit: 5, textWeight: 0.7, minScore: 0.08 };

function terms(markdown: string): string[] {
  return tokenize(markdownToText(markdown))
    .filter((w) => w.length > 1 && !isStopWord(w) && !/^\d+$/.test(w))
    .map(stem);
}

/**
 * Unit-length TF-IDF vectors, sparse (term index -> weight). Weights are
 * $w_{t,d} = (1 + \ln tf_{t,d}) \cdot \ln(N / df_t)$, then divided by the vector's Euclidean norm, so the dot
 * product of two vectors is their cosine.
 */
function tfidfVectors(docs: readonly string[][]): Map<number, number>[] {
  const vocab = new Map<string, number>();
  const counts = docs.map((words) => {
    const tf = new Map<number, number>();
    for (const w of words) {
      let t = vocab.get(w);
      if (t === undefined) vocab.set(w, (t = vocab.size));
      tf.set(t, (tf.get(t) ?? 0) + 1);
    }
    return tf;
  });
  const df = new Float64Array(vocab.size);
  for (const tf of counts) for (const t of tf.keys()) df[t]!++;
  // A term in more than a fifth of a large collection ("model", "loss" here) is a stop word of this corpus: its
  // idf is small (< ln 5) yet its postings are the longest, so it costs most of the time and moves scores little.
  const maxDf = Math.max(10, docs.length / 5);
  return counts.map((tf) => {
    const v = new Map<number, number>();
    let norm = 0;
    for (const [t, n] of tf) {
      if (df[t]! > maxDf) continue;
      const w = (1 + Math.log(n)) * Math.log(docs.length / df[t]!);
      if (w <= 0) continue; // a term in every document says nothing
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
}

/** A question's tags, lower-cased, de-duplicated and sorted, so tagJaccard can merge two lists. */
const normalTags = (tags: readonly string[]) => [...new Set(tags.map((t) => t.toLowerCase()))].sort();

/** |A ∩ B| / |A ∪ B| over two normalTags lists: one merge walk, no allocation (it runs once per candidate pair). */
function sortedJaccard(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

/** Jaccard similarity of two tag lists, case-insensitive. */
export function tagJaccard(a: readonly string[], b: readonly string[]): number {
  return sortedJaccard(normalTags(a), normalTags(b));
}

/** The top neighbours of every input, by id. Inputs are in collection order, which breaks ties. */
export function similarQuestions(inputs: readonly SimilarInput[], options: SimilarOptions = {}): Map<string, SimilarQuestion[]> {
  const { limit, textWeight, minScore } = { ...SIMILAR_DEFAULTS, ...options };
  const vectors = tfidfVectors(inputs.map((q) => terms(`${q.title}\n${q.title}\n${q.text}`)));
  // Postings: term -> parallel arrays of (document, weight), so each cosine row costs the shared terms only,
  // not N x vocabulary. Accumulation goes into a typed array with a list of touched documents (no Set, no
  // tuples): about 25M multiply-adds for the ~1,100-question collection.
  const postDocs = new Map<number, number[]>();
  const postWeights = new Map<number, number[]>();
  vectors.forEach((v, d) => {
    for (const [t, w] of v) {
      let docs = postDocs.get(t);
      if (!docs) {
        postDocs.set(t, (docs = []));
        postWeights.set(t, []);
      }
      docs.push(d);
      postWeights.get(t)!.push(w);
    }
  });
  const tags = inputs.map((q) => normalTags(q.tags));
  const byTag = new Map<string, number[]>();
  inputs.forEach((_, d) => {
    for (const tag of tags[d]!) {
      let list = byTag.get(tag);
      if (!list) byTag.set(tag, (list = []));
      list.push(d);
    }
  });
  const result = new Map<string, SimilarQuestion[]>();
  const cosine = new Float64Array(inputs.length);
  const seen = new Uint8Array(inputs.length);
  const touched: number[] = [];
  const touch = (other: number) => {
    if (seen[other] === 0) {
      seen[other] = 1;
      touched.push(other);
    }
  };
  inputs.forEach((q, d) => {
    for (const [t, w] of vectors[d]!) {
      const docs = postDocs.get(t)!;
      const weights = postWeights.get(t)!;
      for (let i = 0; i < docs.length; i++) {
        const other = docs[i]!;
        cosine[other]! += w * weights[i]!;
        touch(other);
      }
    }
    for (const tag of tags[d]!) for (const other of byTag.get(tag)!) touch(other);
    const scored: { d: number; score: number }[] = [];
    for (const other of touched) {
      const o = inputs[other]!;
      const c = cosine[other]!;
      cosine[other] = 0;
      seen[other] = 0;
      if (other === d || o.id === q.id || q.exclude.has(o.id)) continue;
      const score = textWeight * Math.min(1, c) + (1 - textWeight) * sortedJaccard(tags[d]!, tags[other]!);
      if (score >= minScore) scored.push({ d: other, score: Math.round(score * 1000) / 1000 });
    }
    touched.length = 0;
    // Rounded scores compare equal when they print equal; the earlier question in the collection wins a tie.
    scored.sort((a, b) => b.score - a.score || a.d - b.d);
    result.set(
      q.id,
      scored.slice(0, limit).map(({ d: o, score }) => ({ id: inputs[o]!.id, topicId: inputs[o]!.topicId, title: inputs[o]!.title, score })),
    );
  });
  return result;
}
