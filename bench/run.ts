// `npm run bench`: the figures of issue 3, each printed with a baseline measured in the same run.
//   1. cold content build (cache miss) with per-stage times   baseline: reading + hashing the files
//   2. warm start (cache hit) to listening, as a real process  baseline: a bare Node HTTP server starting
//   3. search p50/p99 over the collection and over a generated 100x one
//                                                              baseline: a linear substring scan, same queries
//   4. topic-page JavaScript, gzip bytes                       baseline: the gzipped topic JSON it displays
//   5. the study engine on 100k cards and 1M review rows (bench/study-store.bench.ts, its own process)
// Uses content/ when it has topic files, else the web-demo fixture (say which). Never asserts.

import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import type { SearchDoc } from '../src/core/search/index.js';
import { buildContent } from '../src/node/content-cache.js';
import { hashFiles, readVaultFiles } from '../src/node/load-vault.js';
import { SearchIndex } from '../src/node/search-index.js';
import { ensureWebBuilt, WEB_DIST } from '../src/node/web-build.js';
import { REPO, startServe } from '../e2e/harness.js';
import { multiplyDocs } from './generate-collection.js';
import { fmtMs, percentile, report, timeAsync, timeEach } from './measure.js';
import { buildQueries, naiveSearch, scanTexts } from './search-queries.js';

const QUERIES = 2000;
const FACTOR = 100;

async function pickSource(): Promise<string> {
  const content = path.join(REPO, 'content');
  const names = await readdir(content).catch(() => [] as string[]);
  if (names.some((n) => /^\d{2}_.+\.md$/.test(n))) return content;
  console.log('note: content/ has no topic files yet; measuring the web-demo fixture instead');
  return path.join(REPO, 'test/fixtures/vaults/web-demo');
}

function searchFigures(label: string, docs: SearchDoc[], goal: string): void {
  const t = performance.now();
  const index = SearchIndex.build(docs);
  const buildMs = performance.now() - t;
  const queries = buildQueries(docs, QUERIES);
  timeEach(queries.slice(0, 200), (q) => index.search({ q, limit: 20 })); // warm-up: JIT and SQLite caches
  const times = timeEach(queries, (q) => index.search({ q, limit: 20 }));
  // The scan is slow at 100x (hundreds of MB per query): a 200-query sample gives its percentiles.
  const texts = scanTexts(docs);
  const base = timeEach(queries.slice(0, 200), (q) => naiveSearch(texts, q));
  console.log(
    `${label}: ${docs.length} questions, vocabulary ${index.vocabularySize} words, index built in ${fmtMs(buildMs)}, ${queries.length} queries`,
  );
  report(`  search p50`, percentile(times, 50), { label: 'scan p50', value: percentile(base, 50) }, '');
  report(`  search p99`, percentile(times, 99), { label: 'scan p99', value: percentile(base, 99) }, goal);
}

const source = await pickSource();
console.log(
  `mlprep bench · node ${process.version} · ${os.cpus().length} cpus · load ${os.loadavg()[0]!.toFixed(1)} · ${path.relative(REPO, source)}\n`,
);

// 1. Cold build.
const cache = await mkdtemp(path.join(os.tmpdir(), 'mlprep-bench-'));
const readMs = await timeAsync(async () => hashFiles(await readVaultFiles(source)));
const cold = await buildContent(source, cache);
const coldMs = Object.values(cold.times).reduce((a, b) => a + b, 0);
console.log(
  `cold build stages: ${Object.entries(cold.times)
    .map(([k, v]) => `${k} ${fmtMs(v)}`)
    .join(', ')}`,
);
report('cold content build', coldMs, { label: 'read+hash', value: readMs }, 'goal < 3 s');

// 2. Warm start as a process: cache hit, UI already built, until the URL is printed.
await ensureWebBuilt();
process.env.MLPREP_CACHE_DIR = cache;
const bareStart = performance.now();
spawnSync(process.execPath, ['-e', "require('http').createServer().listen(0,()=>process.exit(0))"]);
const bareMs = performance.now() - bareStart;
const warmStart = performance.now();
const server = await startServe(source);
const warmMs = performance.now() - warmStart;
const ready = /ready in .*\((.*)\)/.exec(server.output())?.[1] ?? '';
await server.stop();
console.log(`warm start stages: ${ready}`);
report('warm start to listening (process)', warmMs, { label: 'bare node http', value: bareMs }, 'goal < 1.5 s');
await rm(cache, { recursive: true, force: true });
console.log('');

// 3. Search.
searchFigures('search, collection', cold.content.searchDocs, 'goal p99 < 2 ms');
searchFigures(`search, ${FACTOR}x collection`, multiplyDocs(cold.content.searchDocs, FACTOR), 'goal p99 < 20 ms');
console.log('');

// 4. Topic-page JavaScript.
const html = await readFile(path.join(WEB_DIST, 'index.html'), 'utf8');
const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
let jsGzip = 0;
for (const src of scripts) jsGzip += gzipSync(await readFile(path.join(WEB_DIST, src.replace(/^\//, '')))).length;
const biggest = [...cold.content.topics].sort((a, b) => b.parts.length - a.parts.length)[0];
const topicJson = gzipSync(JSON.stringify(biggest ?? {})).length;
report(
  'topic-page JS (gzip)',
  jsGzip,
  { label: `topic ${biggest?.id} JSON gzip`, value: topicJson },
  `${scripts.length} scripts`,
  (n) => `${(n / 1024).toFixed(1)} KiB`,
);

// 5. Study engine: a separate process, so its 100k-card store does not share a heap with the figures above.
console.log('');
spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO, 'bench/study-store.bench.ts')], { stdio: 'inherit' });
