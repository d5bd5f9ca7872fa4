// `npm run bench`: the figures of issue 3, each printed with a baseline measured in the same run.
//   1. cold content build (cache miss) with per-stage times   baseline: reading + hashing the files
//   2. warm start (cache hit) to listening, as a real process  baseline: a bare Node HTTP server starting
//   3. search (bench/search.bench.ts, its own process): mlprep's index vs MiniSearch and FlexSearch at 1x and
//      100x: build time, memory, p50/p99, top-1/top-3 on the relevance set   baseline: the peers, same run
//   4. topic-page JavaScript, gzip bytes                       baseline: the gzipped topic JSON it displays
//   5. the study engine on 100k cards and 1M review rows (bench/study-store.bench.ts, its own process)
//   6. a day's interview plan over 100k cards vs the due-queue build (bench/plan.bench.ts, its own process)
//   7. `mlprep build-site` cold and warm vs the app's cold content build (bench/build-site.bench.ts, its own process)
//   8. the startup table of issue 15 (bench/startup.bench.ts, its own process)
// Uses content/ when it has topic files, else the web-demo fixture (say which). Never asserts.

import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { buildContent } from '../src/node/content-cache.js';
import { hashFiles, readVaultFiles } from '../src/node/read-vault.js';
import { ensureWebBuilt, WEB_DIST } from '../src/node/web-build.js';
import { REPO, startServe } from '../e2e/harness.js';
import { fmtMs, report, timeAsync } from './measure.js';

async function pickSource(): Promise<string> {
  const content = path.join(REPO, 'content');
  const names = await readdir(content).catch(() => [] as string[]);
  if (names.some((n) => /^\d{2}_.+\.md$/.test(n))) return content;
  console.log('note: content/ has no topic files yet; measuring the web-demo fixture instead');
  return path.join(REPO, 'test/fixtures/vaults/web-demo');
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
console.log('');

// 3. Search against its peers: a separate process with --expose-gc (memory figures), reading the cache above.
spawnSync(
  process.execPath,
  ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', path.join(REPO, 'bench/search.bench.ts'), source, cache],
  {
    stdio: 'inherit',
  },
);
await rm(cache, { recursive: true, force: true });
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
spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO, 'bench/plan.bench.ts')], { stdio: 'inherit' });
console.log('');
spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO, 'bench/build-site.bench.ts'), source], { stdio: 'inherit' });
console.log('');
// 8. Issue 15's table: cold build vs markdown-it+KaTeX+Shiki, one-edit rebuild, warm start and RSS vs bare Hono,
// stats/check on a warm cache (its own process, each measurement in a fresh child).
spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO, 'bench/startup.bench.ts'), source], { stdio: 'inherit' });
