// Search quality on the real collection: the relevance set (bench/relevance-set.ts) must keep a top-3 hit
// rate of at least 90 % overall and 80 % for each kind of query, so a ranking change that loses relevant
// results fails here (speed is measured in bench/, never asserted). Also: the issue-14 queries answer 200
// with the question a person expects, through the route, and thousands of generated queries never throw
// from the index built over the whole collection.

import fc from 'fast-check';
import { Hono } from 'hono';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchResponse } from '../src/core/api/types.js';
import { buildSearchDocs, type SearchDoc } from '../src/core/search/index.js';
import { loadVault } from '../src/node/load-vault.js';
import { SearchIndex } from '../src/node/search-index.js';
import type { ContentStore } from '../src/server/content-store.js';
import { searchRoutes } from '../src/server/routes-search.js';
import { RELEVANCE_SET, type RelevanceKind } from '../bench/relevance-set.js';

const CONTENT = path.join(import.meta.dirname, '..', 'content');
let docs: SearchDoc[];
let index: SearchIndex;
let api: Hono;

beforeAll(async () => {
  const { vault } = await loadVault(CONTENT);
  docs = buildSearchDocs(vault);
  index = SearchIndex.build(docs);
  // searchRoutes reads only the topic ids from the store; the rendered content is not needed here.
  const store = { topics: new Map(vault.topics.map((t) => [t.id, t])) } as unknown as ContentStore;
  api = new Hono().route('/api', searchRoutes(store, index));
}, 600_000); // parsing the whole collection takes minutes on a loaded machine

const top3 = (q: string) => index.search({ q, limit: 3 }).results.map((r) => r.id);

describe('relevance on the collection', () => {
  it('has at least 60 queries whose expected ids all exist', () => {
    expect(RELEVANCE_SET.length).toBeGreaterThanOrEqual(60);
    const ids = new Set(docs.map((d) => d.id));
    expect(RELEVANCE_SET.flatMap((c) => c.expect).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('finds an expected question in the top 3 for >= 90 % of the set and >= 80 % of each kind', () => {
    const hits: Record<RelevanceKind, number[]> = { paraphrase: [], typo: [], keyword: [] };
    const misses: string[] = [];
    for (const c of RELEVANCE_SET) {
      const hit = top3(c.q).some((id) => c.expect.includes(id));
      hits[c.kind].push(hit ? 1 : 0);
      if (!hit) misses.push(c.q);
    }
    const rate = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(rate(Object.values(hits).flat()), `misses: ${misses.join(' | ')}`).toBeGreaterThanOrEqual(0.9);
    for (const [kind, xs] of Object.entries(hits)) expect(rate(xs), `${kind} misses: ${misses.join(' | ')}`).toBeGreaterThanOrEqual(0.8);
  });
});

describe('the queries of issue 14, through the route', () => {
  it.each([
    ['gradiant desent', 'calc-gradient-steepest-descent'],
    ['gradient desent', 'calc-gradient-steepest-descent'],
    ['baysian infrence', 'bayes-frequentist-vs-bayesian'],
    ['pros cons', 'reg-early-stopping-basics'],
    ['batch normalizati', 'opt-norm-batchnorm-basics'],
    ['What are the pros and cons of batch norm?', 'opt-norm-batchnorm-why'],
    ['GraphSAGE comparison', 'nn-gnn-layer-comparison'],
    ['determinant', 'la-determinant'],
    ['REINFORCE baseline', 'pg-reinforce'],
  ])('%s -> 200 with %s in the top 3', async (q, expected) => {
    const res = await api.request(`/api/search?q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as SearchResponse;
    expect(body.results.slice(0, 3).map((r) => r.id)).toContain(expected);
    expect(body.total).toBeGreaterThanOrEqual(body.results.length);
  });

  it('title:gradient answers 200 with gradient questions', async () => {
    const res = await api.request(`/api/search?q=${encodeURIComponent('title:gradient')}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as SearchResponse;
    expect(body.results.length).toBeGreaterThan(0);
    for (const r of body.results.slice(0, 5)) expect(r.title.toLowerCase()).toContain('gradient');
  });

  it('ranks the determinant question first, not the deterministic-policy ones', () => {
    expect(top3('determinant')[0]).toBe('la-determinant');
    expect(top3('REINFORCE baseline')[0]).toBe('pg-reinforce');
  });
});

describe('the index over the whole collection', () => {
  it('answers a thousand generated queries without throwing, results within the limit', { timeout: 300_000 }, () => {
    const words = [...new Set(docs.slice(0, 200).flatMap((d) => d.title.split(/\s+/)))];
    const query = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      fc
        .array(fc.oneof(fc.constantFrom(...words), fc.constantFrom('NEAR(', '"', '*', 'OR', 'title:', '-', '^', '(', ')')), {
          maxLength: 12,
        })
        .map((w) => w.join(' ')),
    );
    fc.assert(
      fc.property(query, fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 200 }), (q, limit, offset) => {
        const r = index.search({ q, limit, offset });
        expect(r.results.length).toBeLessThanOrEqual(limit);
        if (offset < r.total) expect(r.total).toBeGreaterThanOrEqual(offset + r.results.length);
        else expect(r.results).toEqual([]);
      }),
      { numRuns: 1000, seed: 14 },
    );
  });
});
