// The search index: an in-memory inverted index over the SearchDocs, in flat typed arrays (CSR layout), so
// a query touches only the posting lists of its words and the whole index serializes to a few buffers.
//   words     every distinct surface word (tokenize.ts), sorted, so a prefix is one binary-searched range
//   offsets   word i's postings are postDocs/postTf[offsets[i] .. offsets[i+1]), in ascending doc order
//   postTf    the word's count in each field of that doc, packed: title 4 bits | tags 4 | body 12 | extra 12
//   fieldLens words per field per doc (docs x 4), for BM25F length normalisation
// Impacts (the BM25F term-frequency part of each posting's score) are derived from these at load time, so
// the serialized form holds only integers and a change of weights needs no rebuild of the cache.
// Invariants: postings of a word are sorted by doc and unique; counts saturate at their field's bit width.
// Isomorphic.

import { foldText } from './tokenize.js';
import type { SearchDoc } from './search-docs.js';

export const FIELDS = ['title', 'tags', 'body', 'extra'] as const;
const FIELD_BITS = [4, 4, 12, 12] as const;
const FIELD_SHIFT = [1, 2 ** 4, 2 ** 8, 2 ** 20] as const;

export interface IndexData {
  docCount: number;
  words: string[];
  offsets: Uint32Array;
  postDocs: Uint32Array;
  postTf: Uint32Array;
  fieldLens: Uint16Array;
}

/** Unpacks field `f` of a packed posting. */
export function fieldTf(packed: number, f: number): number {
  return Math.floor(packed / FIELD_SHIFT[f]!) % 2 ** FIELD_BITS[f]!;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const HYPHEN = 45;

/** Whether the character at `at` of folded (lower-cased) text is a letter or digit: no A–Z can occur here. */
function isWordChar(code: number, text: string, at: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(at)!));
}

/**
 * The words of `text` exactly as tokenize() splits them, plus each adjacent pair of a hyphenated compound
 * joined ("p-value" -> "pvalue", "k-means" -> "kmeans"), so a query that writes the pair apart or together
 * finds it (search-engine.ts joins adjacent query words). One hand-written scan instead of tokenize() and a
 * second regex pass: the two regexes were most of the build time. Returns how many of the words are plain
 * (the field length); the joined pairs follow them.
 */
export function scanWords(text: string, out: string[]): number {
  const folded = foldText(text);
  const joined: string[] = [];
  let prev: string | null = null;
  let prevEnd = -2;
  let i = 0;
  const n = folded.length;
  while (i < n) {
    const code = folded.charCodeAt(i);
    if (!isWordChar(code, folded, i)) {
      i += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      continue;
    }
    const start = i;
    while (i < n) {
      const c = folded.charCodeAt(i);
      if (!isWordChar(c, folded, i)) break;
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
    const word = folded.slice(start, i);
    if (prev !== null && prevEnd === start - 1 && folded.charCodeAt(prevEnd) === HYPHEN) joined.push(prev + word);
    out.push(word);
    prev = word;
    prevEnd = i;
  }
  const plain = out.length;
  for (const j of joined) out.push(j);
  return plain;
}

function fieldTexts(d: SearchDoc): string[] {
  return [d.title, d.tags.join(' '), d.body, d.extra];
}

/** Four field counts (from `at` in `counts`) -> one packed posting, each count saturated at its width. */
function pack(counts: Uint16Array, at: number): number {
  let packed = 0;
  for (let f = 0; f < FIELDS.length; f++) packed += Math.min(counts[at + f]!, 2 ** FIELD_BITS[f]! - 1) * FIELD_SHIFT[f]!;
  return packed;
}

/** A growable pair of posting arrays for one word during the build. */
interface Growing {
  docs: Uint32Array;
  tf: Uint32Array;
  n: number;
}

export function buildIndexData(docs: readonly SearchDoc[]): IndexData {
  const ids = new Map<string, number>();
  const lists: Growing[] = [];
  const fieldLens = new Uint16Array(docs.length * FIELDS.length);
  // Per-doc scratch indexed by word id (a Map per doc cost most of the build): packed counts, the doc that
  // last touched the word, and the words this doc touched.
  let countOf = new Uint16Array(1024 * FIELDS.length);
  let seenIn = new Int32Array(1024).fill(-1);
  const docWords: number[] = [];
  const words: string[] = [];
  docs.forEach((doc, d) => {
    docWords.length = 0;
    fieldTexts(doc).forEach((text, f) => {
      words.length = 0;
      fieldLens[d * FIELDS.length + f] = Math.min(scanWords(text, words), 65535);
      for (const w of words) {
        let id = ids.get(w);
        if (id === undefined) {
          id = lists.length;
          ids.set(w, id);
          lists.push({ docs: new Uint32Array(4), tf: new Uint32Array(4), n: 0 });
          if (id >= seenIn.length) {
            const seen = new Int32Array(seenIn.length * 2).fill(-1);
            seen.set(seenIn);
            seenIn = seen;
            const counts = new Uint16Array(countOf.length * 2);
            counts.set(countOf);
            countOf = counts;
          }
        }
        if (seenIn[id] !== d) {
          seenIn[id] = d;
          countOf.fill(0, id * 4, id * 4 + 4);
          docWords.push(id);
        }
        countOf[id * 4 + f]! += 1;
      }
    });
    for (const id of docWords) {
      const g = lists[id]!;
      if (g.n === g.docs.length) {
        const docsGrown = new Uint32Array(g.n * 2);
        docsGrown.set(g.docs);
        const tfGrown = new Uint32Array(g.n * 2);
        tfGrown.set(g.tf);
        g.docs = docsGrown;
        g.tf = tfGrown;
      }
      g.docs[g.n] = d;
      g.tf[g.n] = pack(countOf, id * 4);
      g.n++;
    }
  });
  const sorted = [...ids.keys()].sort();
  const offsets = new Uint32Array(sorted.length + 1);
  let total = 0;
  sorted.forEach((w, i) => {
    offsets[i] = total;
    total += lists[ids.get(w)!]!.n;
  });
  offsets[sorted.length] = total;
  const postDocs = new Uint32Array(total);
  const postTf = new Uint32Array(total);
  sorted.forEach((w, i) => {
    const g = lists[ids.get(w)!]!;
    postDocs.set(g.docs.subarray(0, g.n), offsets[i]);
    postTf.set(g.tf.subarray(0, g.n), offsets[i]);
  });
  return { docCount: docs.length, words: sorted, offsets, postDocs, postTf, fieldLens };
}
