// Search benchmark (issue 14): mlprep's index against MiniSearch and FlexSearch, in one process and one run,
// on the same documents and the same queries, at 1x and at the generated 100x collection. Per engine:
//   build     time to index the docs
//   memory    heap + array buffers held by the index (after a forced GC, so run with --expose-gc)
//   p50/p99   latency over the seeded query set (bench/search-queries.ts: words, prefixes, swapped letters,
//             word pairs) plus the relevance queries, top 20, after a warm-up
//   top-1/3   hit rates on the relevance set (bench/relevance-set.ts); at 100x a copy of an expected
//             question (id-cK) counts as that question
// Prints a table and the p99 ratios against FlexSearch; never asserts (the relevance floor is a vitest test).
// Run: node --expose-gc --import tsx bench/search.bench.ts [content-dir] [cache-dir]; MLPREP_BENCH_FACTOR=10
// for a quicker large run. `npm run bench` runs it as one of its stages.

import path from 'node:path';
import { buildContent, DEFAULT_CACHE_DIR } from '../src/node/content-cache.js';
import type { SearchDoc } from '../src/core/search/index.js';
import { multiplyDocs } from './generate-collection.js';
import { fmtMs, percentile, timeEach } from './measure.js';
import { RELEVANCE_SET } from './relevance-set.js';
import { buildQueries } from './search-queries.js';
import { flexSearchEngine, miniSearchEngine, mlprepEngine, type Engine } from './search-peers.js';

const QUERIES = 2000;
const FACTOR = Number(process.env.MLPREP_BENCH_FACTOR ?? 100);
const gc = (globalThis as { gc?: () => void }).gc;

interface Row {
  engine: string;
  scale: string;
  buildMs: number;
  memMb: number;
  p50: number;
  p99: number;
  top1: number;
  top3: number;
}

function heldBytes(): number {
  gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

const baseId = (id: string) => id.replace(/-c\d+$/, '');

export function relevance(engine: Engine): { top1: number; top3: number } {
  let top1 = 0;
  let top3 = 0;
  for (const c of RELEVANCE_SET) {
    const ids = engine.search(c.q, 3).map(baseId);
    if (c.expect.includes(ids[0] ?? '')) top1++;
    if (ids.some((id) => c.expect.includes(id))) top3++;
  }
  return { top1: top1 / RELEVANCE_SET.length, top3: top3 / RELEVANCE_SET.length };
}

function measure(make: () => Engine, docs: readonly SearchDoc[], scale: string, queries: readonly string[]): Row {
  const engine = make();
  const before = heldBytes();
  const t = performance.now();
  engine.build(docs);
  const buildMs = performance.now() - t;
  const memMb = (heldBytes() - before) / 2 ** 20;
  timeEach(queries.slice(0, 200), (q) => engine.search(q, 20)); // warm-up: JIT and caches
  const times = timeEach(queries, (q) => engine.search(q, 20));
  const rel = relevance(engine);
  const row = { engine: engine.name, scale, buildMs, memMb, p50: percentile(times, 50), p99: percentile(times, 99), ...rel };
  console.log(
    `  ${row.engine.padEnd(20)} build ${fmtMs(buildMs).padStart(8)}  memory ${memMb.toFixed(0).padStart(5)} MB  p50 ${fmtMs(row.p50).padStart(8)}  p99 ${fmtMs(row.p99).padStart(8)}  top-1 ${pct(rel.top1)}  top-3 ${pct(rel.top3)}`,
  );
  return row;
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`.padStart(7);

export async function runSearchBench(source: string, cacheDir: string): Promise<Row[]> {
  if (!gc) console.log('note: run with --expose-gc for memory figures');
  const docs = (await buildContent(source, cacheDir)).content.searchDocs;
  const rows: Row[] = [];
  // FlexSearch right after mlprep: the goal compares those two, and a loaded machine may not finish the rest.
  const engines = [() => mlprepEngine(), flexSearchEngine, () => mlprepEngine(true), miniSearchEngine];
  for (const [scale, set] of [
    ['1x', docs],
    [`${FACTOR}x`, FACTOR === 1 ? null : multiplyDocs(docs, FACTOR)],
  ] as const) {
    if (!set) continue;
    const queries = [...buildQueries(set, QUERIES), ...RELEVANCE_SET.map((c) => c.q)];
    console.log(`search, ${scale}: ${set.length} questions, ${queries.length} queries (top 20 each)`);
    for (const make of engines) rows.push(measure(make, set, scale, queries));
  }
  console.log(
    `\n| engine | scale | build | memory | p50 | p99 | p99 vs FlexSearch | top-1 | top-3 |\n|---|---|---|---|---|---|---|---|---|`,
  );
  for (const r of rows) {
    const flex = rows.find((x) => x.scale === r.scale && x.engine.startsWith('FlexSearch'))!;
    console.log(
      `| ${r.engine} | ${r.scale} | ${fmtMs(r.buildMs)} | ${r.memMb.toFixed(0)} MB | ${fmtMs(r.p50)} | ${fmtMs(r.p99)} | ${(r.p99 / flex.p99).toFixed(2)}× | ${pct(r.top1).trim()} | ${pct(r.top3).trim()} |`,
    );
  }
  console.log('goal: mlprep p99 <= 2× FlexSearch at every scale; mlprep top-3 above every peer; top-3 >= 90 %');
  return rows;
}

if (process.argv[1]?.endsWith('search.bench.ts')) {
  const [source = path.resolve('content'), cache = DEFAULT_CACHE_DIR] = process.argv.slice(2);
  await runSearchBench(source, cache);
}
