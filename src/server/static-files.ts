// The fixed table of files the server may send: the built UI (dist/web) and KaTeX's CSS and fonts from
// node_modules/katex/dist. It is listed once at start; a request can only pick an entry of this table by its
// exact URL, so no path is ever built from request input. Files are read on first use and kept in memory.

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';

export interface StaticFile {
  file: string;
  type: string;
  /** Content-hashed names (Vite's /assets/*, KaTeX fonts) may be cached forever. */
  immutable: boolean;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export const KATEX_CSS_URL = '/vendor/katex/katex.min.css';

export function katexDistDir(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve('katex/dist/katex.min.css'));
}

async function walk(dir: string, base = dir): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full, base)));
    else if (e.isFile()) out.push(path.relative(base, full).split(path.sep).join('/'));
  }
  return out;
}

export class StaticFiles {
  private readonly table = new Map<string, StaticFile>();
  private readonly bytes = new Map<string, Uint8Array>();

  static async collect(webDir: string | null): Promise<StaticFiles> {
    const files = new StaticFiles();
    const katex = katexDistDir();
    files.add(KATEX_CSS_URL, path.join(katex, 'katex.min.css'), false);
    for (const font of await walk(path.join(katex, 'fonts')))
      files.add(`/vendor/katex/fonts/${font}`, path.join(katex, 'fonts', font), true);
    if (webDir) {
      for (const rel of await walk(webDir)) {
        if (rel === 'index.html' || rel.startsWith('.')) continue;
        files.add(`/${rel}`, path.join(webDir, rel), rel.startsWith('assets/'));
      }
    }
    return files;
  }

  private add(url: string, file: string, immutable: boolean): void {
    const type = TYPES[path.extname(file).toLowerCase()];
    if (type) this.table.set(url, { file, type, immutable });
  }

  has(url: string): boolean {
    return this.table.has(url);
  }

  async read(url: string): Promise<{ body: Uint8Array; meta: StaticFile } | null> {
    const meta = this.table.get(url);
    if (!meta) return null;
    let body = this.bytes.get(url);
    if (!body) {
      body = new Uint8Array(await readFile(meta.file));
      this.bytes.set(url, body);
    }
    return { body, meta };
  }
}
