// The static file table: KaTeX's stylesheet and fonts always, the UI build's files when given, index.html and
// dot-files never, content-hashed names (assets/, fonts) immutable, unknown types left out, and bytes read once.

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KATEX_CSS_URL, StaticFiles, katexDistDir } from './static-files.js';

let web = '';
beforeAll(async () => {
  web = await mkdtemp(path.join(os.tmpdir(), 'mlprep-web-'));
  await mkdir(path.join(web, 'assets', 'deep'), { recursive: true });
  await mkdir(path.join(web, '.hidden'), { recursive: true });
  await writeFile(path.join(web, 'index.html'), '<!doctype html>');
  await writeFile(path.join(web, 'favicon.ico'), 'ico');
  await writeFile(path.join(web, 'robots.txt'), 'User-agent: *');
  await writeFile(path.join(web, 'LOGO.SVG'), '<svg/>');
  await writeFile(path.join(web, 'notes.md'), '# not served');
  await writeFile(path.join(web, '.env'), 'SECRET=1');
  await writeFile(path.join(web, '.hidden', 'x.js'), 'x');
  await writeFile(path.join(web, 'assets', 'app-1a2b.js'), 'console.log(1)');
  await writeFile(path.join(web, 'assets', 'deep', 'style-9f.css'), 'body{}');
});
afterAll(() => rm(web, { recursive: true, force: true }));

describe('StaticFiles', () => {
  it('always serves KaTeX: the stylesheet revalidated, the fonts cached forever', async () => {
    const files = await StaticFiles.collect(null);
    const css = await files.read(KATEX_CSS_URL);
    expect(css?.meta).toEqual({ file: path.join(katexDistDir(), 'katex.min.css'), type: 'text/css; charset=utf-8', immutable: false });
    expect(Buffer.from(css!.body).toString('utf8')).toContain('.katex');
    const font = await files.read('/vendor/katex/fonts/KaTeX_Main-Regular.woff2');
    expect(font?.meta.type).toBe('font/woff2');
    expect(font?.meta.immutable).toBe(true);
    expect(files.has('/favicon.ico')).toBe(false);
  });

  it('adds the UI build by URL, without index.html, dot-files or unknown types', async () => {
    const files = await StaticFiles.collect(web);
    for (const url of ['/favicon.ico', '/robots.txt', '/LOGO.SVG', '/assets/app-1a2b.js', '/assets/deep/style-9f.css'])
      expect(files.has(url), url).toBe(true);
    for (const url of ['/index.html', '/notes.md', '/.env', '/.hidden/x.js', '/assets', 'favicon.ico', '/FAVICON.ICO'])
      expect(files.has(url), url).toBe(false);
  });

  it('types files by extension, whatever its case, and marks only assets/ as immutable', async () => {
    const files = await StaticFiles.collect(web);
    const meta = async (url: string) => (await files.read(url))!.meta;
    expect(await meta('/LOGO.SVG')).toEqual({ file: path.join(web, 'LOGO.SVG'), type: 'image/svg+xml', immutable: false });
    expect((await meta('/robots.txt')).type).toBe('text/plain; charset=utf-8');
    expect((await meta('/favicon.ico')).type).toBe('image/x-icon');
    expect(await meta('/assets/app-1a2b.js')).toMatchObject({ type: 'text/javascript; charset=utf-8', immutable: true });
    expect(await meta('/assets/deep/style-9f.css')).toMatchObject({ type: 'text/css; charset=utf-8', immutable: true });
  });

  it('reads a file once and serves its bytes from memory after', async () => {
    const files = await StaticFiles.collect(web);
    const first = await files.read('/robots.txt');
    expect(Buffer.from(first!.body).toString('utf8')).toBe('User-agent: *');
    await writeFile(path.join(web, 'robots.txt'), 'changed on disk');
    const second = await files.read('/robots.txt');
    expect(second!.body).toBe(first!.body);
    expect(await files.read('/missing.js')).toBeNull();
  });

  it('treats a missing UI folder as empty', async () => {
    const files = await StaticFiles.collect(path.join(web, 'no-such-dir'));
    expect(files.has(KATEX_CSS_URL)).toBe(true);
    expect(files.has('/favicon.ico')).toBe(false);
  });
});
