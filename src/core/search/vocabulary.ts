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

export class Vocabulary {
  private readonly words: string[] = [];
  private readonly counts: number[] = [];
  private readonly index = new Map<string, number>();
  private readonly grams = new Map<string, number[]>();

  /** Add the distinct words of one document. */
  addDocument(words: Iterable<string>): void {
    for (const w of new Set(words)) {
      if (w.length < 3) continue;
      const at = this.index.get(w);
      if (at !== undefined) {
        this.counts[at]! += 1;
        continue;
      }
      const id = this.words.length;
      this.words.push(w);
      this.counts.push(1);
      this.index.set(w, id);
      for (const g of trigrams(w)) {
        const list = this.grams.get(g);
        if (list) list.push(id);
        else this.grams.set(g, [id]);
      }
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
    const limit = maxEdits(word);
    if (limit === 0) return [];
    const grams = trigrams(word);
    const shared = new Map<number, number>();
    for (const g of grams) for (const id of this.grams.get(g) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    const need = Math.max(1, grams.length - 3 * limit);
    const found: { w: string; d: number; n: number }[] = [];
    for (const [id, count] of shared) {
      if (count < need) continue;
      const w = this.words[id]!;
      const d = editDistance(word, w, limit);
      if (d <= limit) found.push({ w, d, n: this.counts[id]! });
    }
    found.sort((a, b) => a.d - b.d || b.n - a.n || a.w.localeCompare(b.w));
    return found.slice(0, max).map((f) => f.w);
  }
}
