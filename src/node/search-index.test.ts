// The serialized index the content cache stores: loading it answers exactly like a fresh build, and a packed
// index that does not fit the docs (stale or damaged cache) is rebuilt instead of trusted.

import { describe, expect, it } from 'vitest';
import type { SearchDoc } from '../core/search/index.js';
import { buildPackedIndex, SearchIndex } from './search-index.js';

const doc = (id: string, title: string, body: string): SearchDoc => ({
  id,
  topicId: '01',
  order: 0,
  title,
  body,
  extra: '',
  tags: ['t'],
  difficulty: 'easy',
  essential: true,
});
const docs = [
  doc('a', 'Gradient descent', 'step size and the p-value'),
  doc('b', 'Bayes rule', 'prior and posterior'),
  doc('c', 'Descent lemma', 'smoothness'),
];

describe('SearchIndex.load', () => {
  it('answers from the packed index exactly as from a fresh build', () => {
    const packed = JSON.parse(JSON.stringify(buildPackedIndex(docs))) as ReturnType<typeof buildPackedIndex>;
    const loaded = SearchIndex.load(docs, packed);
    const built = SearchIndex.build(docs);
    for (const q of ['descent', 'gradiant', 'bayes prior', 'pvalue', 'desc']) {
      const { tookMs: _a, ...fromCache } = loaded.search({ q, limit: 10 });
      const { tookMs: _b, ...fresh } = built.search({ q, limit: 10 });
      expect(fromCache).toEqual(fresh);
    }
  });

  it('rebuilds when the packed index does not fit the docs', () => {
    const packed = buildPackedIndex(docs.slice(0, 2));
    const index = SearchIndex.load(docs, packed);
    expect(index.search({ q: 'lemma', limit: 10 }).results.map((r) => r.id)).toEqual(['c']);
    const damaged = { ...buildPackedIndex(docs), offsets: 'AAAA' };
    expect(
      SearchIndex.load(docs, damaged)
        .search({ q: 'bayes', limit: 10 })
        .results.map((r) => r.id),
    ).toEqual(['b']);
  });
});
