// The Obsidian export carries the figures folder: each listed figure as a file with the committed bytes.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadVault } from '../load-vault.js';
import { readFigureFiles } from './figure-files.js';

const VAULT = path.join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'vaults', 'pictures-valid');

describe('readFigureFiles', () => {
  it('returns every figure of the vault under figures/ with its text', async () => {
    const { vault } = await loadVault(VAULT);
    const files = await readFigureFiles(VAULT, vault.figures);
    expect(files.map((f) => f.path)).toEqual(['figures/01-line.svg']);
    expect(files[0]!.content).toBe(await readFile(path.join(VAULT, 'figures', '01-line.svg'), 'utf8'));
  });
});
