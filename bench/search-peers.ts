// The search engines the benchmark compares, behind one interface: mlprep's own index and two libraries a
// developer would reach for, configured as their documentation suggests for as-you-type search with typos.
//   MiniSearch 7.2: BM25 per field, boosts like ours (title 2, tags 1.2, code+TeX 0.3), prefix on, fuzzy 0.2.
//   FlexSearch 0.8: a Document index over the same four fields, "forward" tokenizer (prefixes), the
//     LatinAdvanced encoder (its most typo-tolerant Latin charset that kept the best relevance here), results
//     merged across fields, `suggest` on so a query with an unknown word still answers.
// Benchmark-only: the peers are devDependencies and nothing in src/ imports them.

import FlexSearch, { type Document as FlexDocument } from 'flexsearch';
import MiniSearch from 'minisearch';
import type { SearchDoc } from '../src/core/search/index.js';
import { SearchIndex } from '../src/node/search-index.js';

export interface Engine {
  name: string;
  /** Index the docs (timed by the caller). */
  build(docs: readonly SearchDoc[]): void;
  /** The ids of the top `limit` results, best first. */
  search(q: string, limit: number): string[];
}

/** `withSnippets`: the API's whole answer (escaped titles and snippets); without, ids only, like the peers. */
export function mlprepEngine(withSnippets = false): Engine {
  let index: SearchIndex | null = null;
  return {
    name: withSnippets ? 'mlprep + snippets' : 'mlprep',
    build: (docs) => {
      index = SearchIndex.build(docs);
    },
    search: withSnippets ? (q, limit) => index!.search({ q, limit }).results.map((r) => r.id) : (q, limit) => index!.rankIds({ q, limit }),
  };
}

export function miniSearchEngine(): Engine {
  let index: MiniSearch<SearchDoc> | null = null;
  return {
    name: 'MiniSearch 7.2.0',
    build: (docs) => {
      index = new MiniSearch<SearchDoc>({
        fields: ['title', 'tags', 'body', 'extra'],
        extractField: (d, f) => (f === 'tags' ? d.tags.join(' ') : (d[f as keyof SearchDoc] as string)),
        searchOptions: { boost: { title: 2, tags: 1.2, extra: 0.3 }, prefix: true, fuzzy: 0.2 },
      });
      index.addAll(docs as SearchDoc[]);
    },
    search: (q, limit) =>
      index!
        .search(q)
        .slice(0, limit)
        .map((r) => r.id as string),
  };
}

interface FlexDoc {
  i: number;
  title: string;
  tags: string;
  body: string;
  extra: string;
  [key: string]: string | number;
}

export function flexSearchEngine(): Engine {
  let index: FlexDocument<FlexDoc> | null = null;
  let ids: string[] = [];
  return {
    name: 'FlexSearch 0.8.212',
    build: (docs) => {
      ids = docs.map((d) => d.id);
      index = new FlexSearch.Document<FlexDoc>({
        document: { id: 'i', index: ['title', 'tags', 'body', 'extra'] },
        tokenize: 'forward',
        encoder: FlexSearch.Charset.LatinAdvanced,
      });
      docs.forEach((d, i) => index!.add({ i, title: d.title, tags: d.tags.join(' '), body: d.body, extra: d.extra }));
    },
    search: (q, limit) => {
      const merged = index!.search(q, { limit, suggest: true, merge: true }) as unknown as { id: number }[];
      return merged.slice(0, limit).map((r) => ids[r.id]!);
    },
  };
}
