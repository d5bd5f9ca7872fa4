// Builds the browser UI with Vite's JS API when dist/web is missing or stale, so `npm ci && npm start` works
// without a separate build step. "Stale" is decided by a fingerprint of every input of the bundle stored next
// to the output in dist/web/.fingerprint. The UI takes only *types* from src/core (erased at build time), so
// core edits do not rebuild it; if src/web ever imports runtime code from core, add that folder to INPUTS.

import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB_DIST = path.join(REPO_ROOT, 'dist', 'web');
const STAMP = '.fingerprint';
const INPUTS = ['src/web', 'vite.config.ts', 'package-lock.json'];

async function listFiles(p: string): Promise<string[]> {
  const entries = await readdir(p, { withFileTypes: true }).catch(() => null);
  if (!entries) return [p];
  const out: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.endsWith('.test.ts') || e.name === '__snapshots__') continue;
    const full = path.join(p, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(full)));
    else out.push(full);
  }
  return out;
}

export async function webFingerprint(): Promise<string> {
  const h = createHash('sha256');
  for (const input of INPUTS) {
    for (const file of await listFiles(path.join(REPO_ROOT, input))) {
      h.update(path.relative(REPO_ROOT, file)).update('\0');
      h.update(await readFile(file).catch(() => Buffer.alloc(0))).update('\0');
    }
  }
  return h.digest('hex').slice(0, 24);
}

export interface WebBuildResult {
  built: boolean;
  ms: number;
}

const LOCK = path.join(REPO_ROOT, 'dist', '.web-build.lock');
/** A lock older than this belongs to a process that died mid-build. */
const STALE_LOCK_MS = 5 * 60_000;

async function isFresh(want: string): Promise<boolean> {
  const have = await readFile(path.join(WEB_DIST, STAMP), 'utf8').catch(() => '');
  const index = await stat(path.join(WEB_DIST, 'index.html')).catch(() => null);
  return have.trim() === want && index !== null;
}

/**
 * Several servers may start at once (the e2e files run in parallel): `mkdir` of the lock folder is atomic, so
 * one process builds while the others wait, then find the bundle fresh and skip their own build.
 */
async function withBuildLock<T>(fn: () => Promise<T>): Promise<T> {
  await mkdir(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      await mkdir(LOCK);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const held = await stat(LOCK).catch(() => null);
      if (held && Date.now() - held.mtimeMs > STALE_LOCK_MS) await rm(LOCK, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    return await fn();
  } finally {
    await rm(LOCK, { recursive: true, force: true });
  }
}

/** Build dist/web unless its fingerprint matches the sources. */
export async function ensureWebBuilt(log: (line: string) => void = () => {}): Promise<WebBuildResult> {
  const start = performance.now();
  const want = await webFingerprint();
  if (await isFresh(want)) return { built: false, ms: performance.now() - start };
  const built = await withBuildLock(async () => {
    if (await isFresh(want)) return false; // another process built it while we waited
    log('building the web UI (first start or changed sources)…');
    const { build } = await import('vite');
    await build({ configFile: path.join(REPO_ROOT, 'vite.config.ts'), logLevel: 'warn' });
    await writeFile(path.join(WEB_DIST, STAMP), want);
    return true;
  });
  return { built, ms: performance.now() - start };
}
