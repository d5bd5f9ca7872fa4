// The static site's scripts and stylesheet: src/web/site/page.ts and search.ts bundled by esbuild (the search
// one carries core/search, the app's engine), and the app's reading styles with the site's own rules. Bundled
// on each build (about 0.1 s): the sources are small and a stale prebuilt copy could drift from the engine.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SiteScripts } from '../../core/emit/site.js';
import { REPO_ROOT } from '../web-build.js';

const WEB = path.join(REPO_ROOT, 'src', 'web');
const STYLES = ['styles/base.css', 'styles/content.css', 'styles/print.css', 'site/site.css'];

async function bundle(entry: string): Promise<string> {
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: [path.join(WEB, 'site', entry)],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

export async function buildSiteScripts(): Promise<SiteScripts> {
  const [page, search, ...styles] = await Promise.all([
    bundle('page.ts'),
    bundle('search.ts'),
    ...STYLES.map((f) => readFile(path.join(WEB, f), 'utf8')),
  ]);
  return { page: page!, search: search!, styles: styles.join('\n') };
}
