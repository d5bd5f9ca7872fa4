// A vault whose notes attack the parser (a 20,000-deep block quote, 50,000 emphasis markers in one paragraph,
// a 2,000-level list, a 5 MB note, a line of 200,000 characters) or the file system (a symlink out of the vault,
// a FIFO): each is reported at its file:line and skipped, and the valid topic beside them is still checked and
// built. Outcomes only; no timing is asserted.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContent } from '../src/node/content-cache.js';
import { loadVault } from '../src/node/load-vault.js';
import { writeHostileVault } from './helpers/hostile-vault.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'mlprep-hostile-vault-'));
  writeHostileVault(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a hostile vault', { timeout: 60_000 }, () => {
  it('reports each hostile file at file:line and keeps the valid topic', async () => {
    const loaded = await loadVault(dir);
    const byFile = new Map(loaded.diagnostics.map((d) => [d.file, d]));
    expect(byFile.get('deep-quote.md')).toMatchObject({ line: 3, code: 'file/too-complex', severity: 'error' });
    expect(byFile.get('emphasis.md')).toMatchObject({ line: 3, code: 'file/too-complex' });
    expect(byFile.get('deep-list.md')).toMatchObject({ line: 5, code: 'file/too-complex' });
    expect(byFile.get('huge.md')).toMatchObject({ line: 1, code: 'file/too-large' });
    expect(byFile.get('long-line.md')).toMatchObject({ line: 3, code: 'file/too-complex' });
    expect(byFile.get('passwd.md')).toMatchObject({ code: 'file/skipped', severity: 'warning' });
    expect(byFile.get('pipe.md')).toMatchObject({ code: 'file/skipped', severity: 'warning' });
    expect(loaded.vault.topics.map((t) => t.id)).toEqual(['01']);
    expect(loaded.vault.notes.map((n) => n.file)).toEqual([]);
    expect(loaded.diagnostics.filter((d) => d.file === '01_Math_Foundations.md')).toEqual([]);
  });

  it('builds the servable content with the same diagnostics', async () => {
    const cache = mkdtempSync(path.join(os.tmpdir(), 'mlprep-hostile-cache-'));
    try {
      const built = await buildContent(dir, cache);
      expect(built.content.topics.map((t) => t.id)).toEqual(['01']);
      expect(built.content.diagnostics.map((d) => d.file)).toEqual(
        expect.arrayContaining(['deep-quote.md', 'emphasis.md', 'deep-list.md', 'huge.md', 'passwd.md', 'pipe.md']),
      );
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});
