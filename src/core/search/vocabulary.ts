// The typo-tolerant fallback of search. FTS5 matches whole tokens (and prefixes), so "regularizaton" finds
// nothing. When the exact query finds nothing, each query word that is not in the collection's vocabulary is
// replaced by its nearest vocabulary words:
//   1. candidates: words sharing enough padded trigrams with the query word (a trigram index, so a lookup
//      touches a few hundred words, not the whole vocabulary); one edit changes at most 3 trigrams;
//   2. distance: optimal-string-alignment edit distance (insert, delete, substitute, swap two neighbours),
//      at most 1 for words of 4–7 letters and 2 for longer ones (3-letter words are never corrected);
//   3. ranking: smaller distance first, then the word that occurs in more questions.
// Isomorphic.

export function maxEdits(word: string): number {
  return word.length < 4 ? 0 : word.length < 8 ? 1 : 2;
}

function trigrams(word: string): string[] {
  const padded = `  ${word} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return [...out];
}

/** Optimal string alignment distance, or `limit + 1` as soon as it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > limit) return limit + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

export interface Suggestion {
  word: string;
  distance: number;
  /** Documents that contain the word. */
  count: number;
}

export class Vocabulary {
  private readonly words: string[] = [];
  private readonly counts: number[] = [];
  private readonly index = new Map<string, number>();
  private readonly grams = new Map<string, number[]>();
  /** Scratch for suggest(): shared-trigram counts per word id, reset through the touched list. */
  private shared = new Uint16Array(0);

  /** A vocabulary of known words with their document counts (the search index's words). */
  static fromCounts(words: readonly string[], counts: ArrayLike<number>): Vocabulary {
    const v = new Vocabulary();
    words.forEach((w, i) => v.add(w, counts[i]!));
    return v;
  }

  /** Add the distinct words of one document. */
  addDocument(words: Iterable<string>): void {
    for (const w of new Set(words)) this.add(w, 1);
  }

  private add(w: string, n: number): void {
    // Too short to correct, or a number, or a run-on token (a hash, a URL): never a suggestion.
    if (w.length < 3 || w.length > 30 || /^\d+$/.test(w)) return;
    const at = this.index.get(w);
    if (at !== undefined) {
      this.counts[at]! += n;
      return;
    }
    const id = this.words.length;
    this.words.push(w);
    this.counts.push(n);
    this.index.set(w, id);
    for (const g of trigrams(w)) {
      const list = this.grams.get(g);
      if (list) list.push(id);
      else this.grams.set(g, [id]);
    }
  }

  get size(): number {
    return this.words.length;
  }

  has(word: string): boolean {
    return this.index.has(word);
  }

  /** Up to `max` vocabulary words within the edit limit of `word`, best first. */
  suggest(word: string, max = 3): string[] {
    return this.suggestScored(word, max).map((s) => s.word);
  }

  /** Like suggest(), with each word's edit distance and document count. */
  suggestScored(word: string, max = 3): Suggestion[] {
    const limit = maxEdits(word);
    if (limit === 0) return [];
    if (this.shared.length < this.words.length) this.shared = new Uint16Array(this.words.length);
    const grams = trigrams(word);
    const touched: number[] = [];
    for (const g of grams)
      for (const id of this.grams.get(g) ?? []) {
        if (this.shared[id] === 0) touched.push(id);
        this.shared[id]! += 1;
      }
    // One edit changes at most 3 trigrams, a swap of two neighbours 4.
    const need = Math.max(1, grams.length - 4 * limit);
    const found: Suggestion[] = [];
    for (const id of touched) {
      const count = this.shared[id]!;
      this.shared[id] = 0;
      if (count < need) continue;
      const w = this.words[id]!;
      const d = editDistance(word, w, limit);
      if (d <= limit) found.push({ word: w, distance: d, count: this.counts[id]! });
    }
    found.sort((a, b) => a.distance - b.distance || b.count - a.count || a.word.localeCompare(b.word));
    return found.slice(0, max);
  }
}
