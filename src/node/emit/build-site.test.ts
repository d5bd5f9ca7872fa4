// `mlprep build-site` over a fixture vault (web-prep, plus a figures/ folder): the pages exist, answers are
// folded in <details> and hold the app's own rendered HTML (KaTeX, Shiki), every internal link lands, the
// figures and KaTeX's fonts are copied, the search data answers a query with typos through the app's engine,
// and the topic page's JavaScript stays within its budget.

import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relinkHtml } from '../../core/emit/site-links.js';
import { SEARCH_GLOBAL, type SiteSearchData } from '../../core/emit/site-search.js';
import { SearchEngine } from '../../core/search/index.js';
import { crawlSite, linksOf } from '../../../test/helpers/crawl-site.js';
import { VAULTS } from '../../../test/helpers/build-test-app.js';
import { buildContent, type BuiltContent } from '../content-cache.js';
import { unpackIndex } from '../search-index.js';
import { buildSiteFiles, type SiteFile } from './build-site.js';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>\n';
let tmp: string;
let files: Map<string, SiteFile['content']>;
let content: BuiltContent;
const html = (p: string) => files.get(p) as string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'mlprep-site-'));
  const vault = path.join(tmp, 'vault');
  await cp(path.join(VAULTS, 'web-prep'), vault, { recursive: true });
  await mkdir(path.join(vault, 'figures'));
  await writeFile(path.join(vault, 'figures', 'loss.svg'), SVG);
  const cache = path.join(tmp, 'cache');
  const steps: string[] = [];
  files = new Map(
    (await buildSiteFiles({ content: vault, cacheDir: cache, onStep: (s) => steps.push(s) })).map((f) => [f.path, f.content]),
  );
  expect(steps).toEqual(['building the collection (cached after the first run)', 'writing pages']);
  ({ content } = await buildContent(vault, cache));
}, 120_000);
afterAll(() => rm(tmp, { recursive: true, force: true }));

describe('build-site on a fixture vault', () => {
  it('writes home, search, tips, a page per topic and per question', () => {
    const pages = [...files.keys()].filter((p) => p.endsWith('.html')).sort();
    const questions = content.topics.flatMap((t) => t.parts.flatMap((p) => p.questions.map((q) => `q/${q.id}.html`)));
    expect(pages).toEqual(['index.html', 'search.html', 't/01.html', 't/02.html', 'tips.html', ...questions].sort());
  });

  it('folds each answer in <details> holding the rendered model’s HTML (KaTeX and Shiki), links made relative', () => {
    const q = content.topics[0]!.parts.flatMap((p) => p.questions).find((x) => x.id === 'gd-step-size')!;
    const page = html('t/01.html');
    expect(page).toContain('<details class="answer" id="a-gd-step-size"><summary class="reveal">Show answer</summary>');
    expect(page).toContain(relinkHtml(q.answerHtml, 't/01.html'));
    expect(q.answerHtml).toContain('class="katex');
    expect(q.answerHtml).toContain('class="shiki');
    expect(html('q/gd-step-size.html')).toContain(relinkHtml(q.answerHtml, 'q/gd-step-size.html'));
    expect(html('assets/content.css')).toBe(content.css);
  });

  it('links only to files of the site, and every #fragment to an id on its page', () => {
    expect(crawlSite(files)).toEqual([]);
    // The crawl must see the links: the topic page links to its questions and to KaTeX's stylesheet.
    expect(linksOf(html('t/01.html'))).toEqual(expect.arrayContaining(['../q/gd-step-size.html', '../katex/katex.min.css', '#part-1']));
  });

  it('copies the figures and KaTeX’s fonts byte for byte', async () => {
    expect(Buffer.from(files.get('figures/loss.svg') as Uint8Array).toString()).toBe(SVG);
    const font = [...files.keys()].find((p) => p.startsWith('katex/fonts/') && p.endsWith('.woff2'))!;
    expect(html('katex/katex.min.css')).toContain(`url(${font.slice('katex/'.length)})`);
  });

  it('ships the prebuilt index as a script setting a global, which the app’s engine searches with typos', () => {
    const sandbox: { window: Record<string, SiteSearchData> } = { window: {} };
    vm.runInNewContext(html('assets/search-data.js'), sandbox);
    const data = sandbox.window[SEARCH_GLOBAL]!;
    expect(data.docs.map((d) => d[0])).toEqual(content.searchDocs.map((d) => d.id));
    const engine = new SearchEngine(unpackIndex(data.index));
    const r = engine.search({ q: 'gradiant desent', limit: 5, offset: 0 });
    expect(data.docs[r.hits[0]!.doc]![0]).toBe('gd-step-size');
    expect(r.corrected).toEqual(expect.arrayContaining(['gradient']));
    expect(html('search.html')).toContain('<script src="assets/search-data.js"></script>');
  });

  it('keeps the topic page’s JavaScript within 50 KiB gzip (the search bundle loads on the search page only)', () => {
    const scripts = [...html('t/01.html').matchAll(/<script src="([^"]+)"/g)].map((m) => path.posix.join('t', m[1]!));
    expect(scripts).toEqual(['assets/page.js']);
    const gz = scripts.reduce((n, s) => n + gzipSync(Buffer.from(html(s))).length, 0);
    expect(gz).toBeGreaterThan(0);
    expect(gz).toBeLessThanOrEqual(50 * 1024);
    // The search page too, with its engine (the data file is the collection, not code, and is counted apart).
    expect(gzipSync(Buffer.from(html('assets/search.js'))).length).toBeLessThanOrEqual(50 * 1024);
  });
});

describe('build-site output folder', () => {
  it('is readable from disk as written (the figures file)', async () => {
    const { writeExport } = await import('./write-files.js');
    const out = path.join(tmp, 'site');
    await writeExport(
      out,
      [...files].map(([p, c]) => ({ path: p, content: c })),
    );
    expect(await readFile(path.join(out, 'figures', 'loss.svg'), 'utf8')).toBe(SVG);
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe(html('index.html'));
  });
});
