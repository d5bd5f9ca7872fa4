// Each fixture vault under test/fixtures/vaults/ shows one case and lists its exact expected diagnostics in
// expected.json as "file:line code" strings. A vault must yield exactly those, in order, and must not throw.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadVault } from '../src/node/load-vault.js';

const VAULTS = path.join(import.meta.dirname, 'fixtures', 'vaults');
const names = readdirSync(VAULTS)
  .filter((n) => !n.startsWith('web-') && !n.startsWith('malicious'))
  .sort();

describe('fixture vaults', () => {
  it('include every case the foundation issue asks for', () => {
    for (const required of [
      'minimal-valid',
      'duplicate-ids',
      'bad-math',
      'broken-links',
      'missing-metadata',
      'malformed-front-matter',
      'wrong-heading-structure',
      'empty-file',
      'binary-garbage',
      'duplicate-sections', // question/section
      'plan-yaml', // plan/yaml
    ]) {
      expect(names).toContain(required);
    }
  });

  for (const name of names) {
    it(`${name} yields exactly its expected diagnostics`, async () => {
      const expected = JSON.parse(readFileSync(path.join(VAULTS, name, 'expected.json'), 'utf8')) as string[];
      const { diagnostics } = await loadVault(path.join(VAULTS, name));
      expect(diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`)).toEqual(expected);
      for (const d of diagnostics) expect(d.message.length).toBeGreaterThan(20);
    });
  }
});
