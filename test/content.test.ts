// The real collection: it must validate with no diagnostic at all, and the generated blocks of content/README.md
// must be current (run `npx mlprep index` after changing content). Executing the python examples is the last
// stage of `npm test` (`mlprep check --run-examples`), not part of vitest.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/core/model/index.js';
import { regenerateReadme } from '../src/core/stats/index.js';
import { loadVault, type LoadedVault } from '../src/node/load-vault.js';

const CONTENT = path.join(import.meta.dirname, '..', 'content');
let loaded: LoadedVault;

beforeAll(async () => {
  loaded = await loadVault(CONTENT);
});

describe('content/', () => {
  it('has no diagnostics', () => {
    expect(loaded.diagnostics.map(formatDiagnostic)).toEqual([]);
  });

  it('has the generated README blocks up to date', () => {
    const readme = readFileSync(path.join(CONTENT, 'README.md'), 'utf8');
    expect(regenerateReadme(readme, loaded.vault), 'content/README.md is stale: run `npx mlprep index`').toBe(readme);
  });

  it('plans all 13 topics, 8 study paths and 4 role checklists', () => {
    const plan = loaded.vault.plan!;
    expect(plan.topics.map((t) => t.id)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13']);
    expect(plan.paths.map((p) => p.id)).toEqual([
      'ml-engineer',
      'research-scientist',
      'applied-rl',
      'systems-mlops',
      'responsible-ai',
      'theory-heavy',
      'generative-models',
      'complete',
    ]);
    expect(plan.checklists.map((c) => c.id)).toEqual(['ml-engineer', 'research-scientist', 'ml-infra', 'ai-ethics-safety']);
  });

  it('names every topic file as the plan does', () => {
    for (const t of loaded.vault.topics) expect(plan().topics.find((p) => p.id === t.id)?.file).toBe(t.slug);
  });
});

const plan = () => loaded.vault.plan!;
