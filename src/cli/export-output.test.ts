// What the export commands print, through the real CLI entry: on a pipe (not a terminal) only the one result
// line on stdout and nothing on stderr, so scripts can read it; on a terminal the stages and their n/N counts.

import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { VAULTS } from '../../test/helpers/build-test-app.js';

const VAULT = path.join(VAULTS, 'web-prep');
let tmp: string;
let main: (argv: string[]) => Promise<number>;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'mlprep-cli-export-'));
  // A throwaway content cache for build-site: set before the CLI (and content-cache.ts) is first imported.
  process.env.MLPREP_CACHE_DIR = path.join(tmp, 'cache');
  ({ main } = await import('./main.js'));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));
const ttyBefore = Object.getOwnPropertyDescriptor(process.stderr, 'isTTY');
afterEach(() => {
  vi.restoreAllMocks();
  if (ttyBefore) Object.defineProperty(process.stderr, 'isTTY', ttyBefore);
  else delete (process.stderr as { isTTY?: boolean }).isTTY;
  process.exitCode = undefined;
});

function capture(tty: boolean) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  // A piped stderr has no isTTY property at all (a terminal's is true): define it for this test, restore after.
  Object.defineProperty(process.stderr, 'isTTY', { value: tty, configurable: true, writable: true });
  return { out, err };
}

describe('export output', () => {
  it.each([
    ['build-site', ['build-site', '-o', 'site'], /^wrote 10 pages \(\d+ files\) to .*site; open .*index\.html\n$/],
    ['export obsidian', ['export', 'obsidian', '-o', 'vault'], /^wrote \d+ notes to .*vault\n$/],
    ['export anki-text', ['export', 'anki-text', '-o', 'a.txt'], /^wrote 5 notes to .*a\.txt\n$/],
    ['export anki', ['export', 'anki', '-o', 'a.apkg'], /^wrote 5 notes to .*a\.apkg \(import it in Anki: File > Import\)\n$/],
  ])(
    '%s on a pipe: one result line, an empty stderr',
    async (_name, argv, line) => {
      const { out, err } = capture(false);
      const code = await main([...argv.slice(0, -1), path.join(tmp, argv.at(-1)!), '--content', VAULT]);
      expect(err).toEqual([]);
      expect(code).toBe(0);
      expect(out).toHaveLength(1);
      expect(out[0]).toMatch(line);
    },
    60_000,
  );

  it('build-site on a terminal: each stage, then its n/N count ending at N/N', async () => {
    const { out, err } = capture(true);
    expect(await main(['build-site', '-o', path.join(tmp, 'site-tty'), '--content', VAULT])).toBe(0);
    const text = err.join('');
    expect(text).toContain('building the collection (cached after the first run)…\n');
    expect(text).toMatch(/\rwriting pages 10\/10\n/);
    expect(text).toMatch(/writing files…\n(?:\rwriting files \d+\/\d+)*\rwriting files (\d+)\/\1\n/);
    expect(out).toHaveLength(1);
  }, 60_000);
});
