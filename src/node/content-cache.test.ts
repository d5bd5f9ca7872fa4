// The content build is cached by content hash: a second build of the same files is a cache hit with the same
// result, and any edit to a file misses.

import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VAULTS, withTempDir } from '../../test/helpers/build-test-app.js';
import { buildContent } from './content-cache.js';

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
