// `mlprep build-site` against the app's cold content build, in one run (its own process; part of `npm run bench`):
//   baseline   the app's cold content build (parse, validate, render, index; cache miss) into a fresh cache
//   cold       build-site on another fresh cache: the same content build, then pages, scripts and files written
//   warm       build-site again on the first cache: what it costs beyond the build the app already made
// Also the static site's size and its topic-page and search JavaScript, gzip. Never asserts.
// Usage: tsx bench/build-site.bench.ts [vault]

import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildContent } from '../src/node/content-cache.js';
import { buildSiteFiles, type SiteFile } from '../src/node/emit/build-site.js';
import { writeExport } from '../src/node/emit/write-files.js';
import { REPO } from '../e2e/harness.js';
import { report, timeAsync } from './measure.js';

const source = path.resolve(process.argv[2] ?? path.join(REPO, 'content'));
const tmp = await mkdtemp(path.join(os.tmpdir(), 'mlprep-bench-site-'));
const [cacheA, cacheB] = [path.join(tmp, 'cache-a'), path.join(tmp, 'cache-b')];
console.log(`build-site · ${path.relative(REPO, source) || source} · load ${os.loadavg()[0]!.toFixed(1)}`);

const coldBuildMs = await timeAsync(() => buildContent(source, cacheA));
const buildSite = async (cache: string, out: string) => {
  let files: SiteFile[] = [];
  const ms = await timeAsync(async () => {
    files = await buildSiteFiles({ content: source, cacheDir: cache });
    await writeExport(path.join(tmp, out), files);
  });
  return { ms, files };
};
const cold = await buildSite(cacheB, 'site-cold');
const warm = await buildSite(cacheA, 'site-warm');

const baseline = { label: 'app cold content build', value: coldBuildMs };
report('build-site, cold cache', cold.ms, baseline, 'renders once, then writes the site');
report('build-site, warm cache', warm.ms, baseline, 'after the app has built once');
console.log(`ratios to the cold build: cold ${(cold.ms / coldBuildMs).toFixed(3)}, warm ${(warm.ms / coldBuildMs).toFixed(3)}`);
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const size = (f: SiteFile) => (typeof f.content === 'string' ? Buffer.byteLength(f.content) : f.content.byteLength);
const gz = (p: string) => {
  const f = warm.files.find((x) => x.path === p)!;
  return gzipSync(typeof f.content === 'string' ? Buffer.from(f.content) : f.content).length;
};
const pages = warm.files.filter((f) => f.path.endsWith('.html'));
console.log(
  `site: ${pages.length} pages, ${warm.files.length} files, ${(warm.files.reduce((n, f) => n + size(f), 0) / 2 ** 20).toFixed(1)} MiB` +
    ` · topic-page JS ${kib(gz('assets/page.js'))} gzip · search.js ${kib(gz('assets/search.js'))} gzip` +
    ` · search data ${kib(gz('assets/search-data.js'))} gzip (search page only)`,
);
await rm(tmp, { recursive: true, force: true });
