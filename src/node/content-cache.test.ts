// The content build is cached by content hash: a second build of the same files is a cache hit with the same
// result, and any edit to a file misses.

import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VAULTS, withTempDir } from '../../test/helpers/build-test-app.js';
import { loadVault } from './load-vault.js';
import { buildContent, contentSummary, summarizeVault } from './content-cache.js';

describe('buildContent', () => {
  it('hits the cache for unchanged files and misses after an edit', async () => {
    await withTempDir(async (dir) => {
      const vault = path.join(dir, 'vault');
      await cp(path.join(VAULTS, 'web-demo'), vault, { recursive: true });
      const cache = path.join(dir, 'cache');
      const first = await buildContent(vault, cache);
      expect(first.fromCache).toBe(false);
      expect(first.times).toHaveProperty('render');
      const second = await buildContent(vault, cache);
      expect(second.fromCache).toBe(true);
      expect(second.times).not.toHaveProperty('render');
      expect(second.content).toEqual(first.content);
      const file = path.join(vault, '02_Probability_Statistics.md');
      await writeFile(file, (await readFile(file, 'utf8')).replace('Bayes, estimators', 'Bayes and estimators'));
      const third = await buildContent(vault, cache);
      expect(third.fromCache).toBe(false);
      expect(third.content.hash).not.toBe(first.content.hash);
    });
  });

  it('reports the stages and the count of rendered questions on a cold build, and nothing on a cache hit', async () => {
    await withTempDir(async (dir) => {
      const events: string[] = [];
      const progress = { step: (name: string) => events.push(name), count: (d: number, n: number) => events.push(`${d}/${n}`) };
      const cache = path.join(dir, 'cache');
      const cold = await buildContent(path.join(VAULTS, 'web-demo'), cache, () => {}, progress);
      const n = cold.content.searchDocs.length;
      expect(n).toBeGreaterThan(1);
      expect(events).toEqual([
        'parsing',
        'validating',
        'rendering questions',
        ...Array.from({ length: n }, (_, i) => `${i + 1}/${n}`),
        'building the search index',
      ]);
      events.length = 0;
      expect((await buildContent(path.join(VAULTS, 'web-demo'), cache, () => {}, progress)).fromCache).toBe(true);
      expect(events).toEqual([]);
    });
  });
});

describe('contentSummary', () => {
  it('equals the summary of the parsed vault, is cached by a build or by itself, and follows an edit', async () => {
    await withTempDir(async (dir) => {
      const vault = path.join(dir, 'vault');
      await cp(path.join(VAULTS, 'bad-math'), vault, { recursive: true });
      const cache = path.join(dir, 'cache');
      const loaded = await loadVault(vault);
      const expected = summarizeVault(loaded.files.length, loaded.vault, loaded.diagnostics);
      expect(expected.diagnostics.length).toBeGreaterThan(0);

      const steps: string[] = [];
      const cold = await contentSummary(vault, cache, { step: (s) => steps.push(s) });
      expect(cold).toEqual({ summary: expected, fromCache: false });
      expect(steps).toEqual([`parsing ${loaded.files.length} files`, 'validating']);
      steps.length = 0;
      expect(await contentSummary(vault, cache, { step: (s) => steps.push(s) })).toEqual({ summary: expected, fromCache: true });
      expect(steps).toEqual([]);

      // A full build writes the summary too: after clearing the cache, a build alone makes the next call a hit.
      await rm(cache, { recursive: true });
      await buildContent(vault, cache);
      expect(await contentSummary(vault, cache)).toEqual({ summary: expected, fromCache: true });

      const file = (await readdir(vault)).find((n) => n.endsWith('.md') && /^\d\d_/.test(n))!;
      await writeFile(path.join(vault, file), `${await readFile(path.join(vault, file), 'utf8')}\n`);
      expect((await contentSummary(vault, cache)).fromCache).toBe(false);
    });
  });
});
