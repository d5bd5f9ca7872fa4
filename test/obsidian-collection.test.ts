// The Obsidian export of the whole collection: every link resolves. Kept out of src/ so that mutation testing
// (vitest.mutate.config.ts) does not parse the whole collection for every mutant of the parser.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitObsidian } from '../src/core/emit/obsidian.js';
import { listWikiLinks } from '../src/core/emit/markdown-links.js';
import { loadVault } from '../src/node/load-vault.js';
import { unresolved } from './helpers/obsidian-links.js';

describe('emitObsidian over content/', () => {
  it('resolves every link of the whole collection to a note of the exported vault', async () => {
    const { vault } = await loadVault(path.join(import.meta.dirname, '..', 'content'));
    const files = emitObsidian(vault);
    const questions = vault.topics.reduce((n, t) => n + t.parts.reduce((m, p) => m + p.questions.length, 0), 0);
    expect(files.filter((f) => /^\d\d_[^/]+\/[a-z0-9-]+\.md$/.test(f.path))).toHaveLength(questions);
    expect(unresolved(files)).toEqual([]);
    expect(files.reduce((n, f) => n + listWikiLinks(f.content).length, 0)).toBeGreaterThan(3000);
  }, 300_000);
});
