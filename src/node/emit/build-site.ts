// `mlprep build-site`: the static site's files in memory, ready to write to a folder or zip. The rendered model
// comes from the content build (node/content-cache.ts, cached by content hash: the HTML is the app's own, not
// a second rendering); the pages from the pure emitter (core/emit/site.ts); then the binary files the pages
// need: KaTeX's stylesheet and fonts, and the vault's figures/ folder (images the answers reference as
// `figures/<name>.svg`), copied as they are.

import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { emitSite } from '../../core/emit/site.js';
import { buildContent, DEFAULT_CACHE_DIR, type BuiltContent } from '../content-cache.js';
import { buildSiteScripts } from './site-scripts.js';

export interface SiteFile {
  path: string;
  content: string | Uint8Array;
}

export interface BuildSiteOptions {
  content: string;
  cacheDir?: string;
  /** A stage name as it starts ("rendering the collection", "writing pages"). */
  onStep?: (step: string) => void;
  onProgress?: (done: number, total: number) => void;
}

function katexDistDir(): string {
  return path.dirname(createRequire(import.meta.url).resolve('katex/dist/katex.min.css'));
}

async function listTree(dir: string, base = dir): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listTree(full, base)));
    else if (e.isFile()) out.push(path.relative(base, full).split(path.sep).join('/'));
  }
  return out;
}

/** Every file under `dir` as site files under `prefix/`. */
async function copyTree(dir: string, prefix: string): Promise<SiteFile[]> {
  const rels = await listTree(dir);
  return Promise.all(rels.map(async (rel) => ({ path: `${prefix}/${rel}`, content: new Uint8Array(await readFile(path.join(dir, rel))) })));
}

/** The site of an already built collection (the server's, or one just built): pages, scripts, KaTeX, figures. */
export async function siteFilesOf(built: BuiltContent, content: string, onProgress?: BuildSiteOptions['onProgress']): Promise<SiteFile[]> {
  const pages = emitSite(built, await buildSiteScripts(), onProgress);
  const katex = katexDistDir();
  const [fonts, figures, katexCss] = await Promise.all([
    copyTree(path.join(katex, 'fonts'), 'katex/fonts'),
    copyTree(path.join(content, 'figures'), 'figures'),
    readFile(path.join(katex, 'katex.min.css'), 'utf8'),
  ]);
  return [...pages, { path: 'katex/katex.min.css', content: katexCss }, ...fonts, ...figures];
}

export async function buildSiteFiles({ content, cacheDir = DEFAULT_CACHE_DIR, onStep, onProgress }: BuildSiteOptions): Promise<SiteFile[]> {
  onStep?.('building the collection (cached after the first run)');
  const { content: built } = await buildContent(content, cacheDir);
  onStep?.('writing pages');
  return siteFilesOf(built, content, onProgress);
}
