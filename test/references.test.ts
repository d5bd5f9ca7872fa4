// The references index over the real collection: every question's reference lines are indexed (none left
// unparsed), known citations map to the questions that make them, and each of the seed's must-read papers is
// cited somewhere, so the references page can mark it.

import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Vault } from '../src/core/model/index.js';
import { buildReferenceIndex, MUST_READ, type ReferenceIndex } from '../src/core/references/index.js';
import { loadVault } from '../src/node/load-vault.js';

let vault: Vault;
let index: ReferenceIndex;

beforeAll(async () => {
  ({ vault } = await loadVault(path.join(import.meta.dirname, '..', 'content')));
  index = buildReferenceIndex(vault);
}, 120_000);

const citers = (key: string) => index.works.find((w) => w.key === key)?.citedBy.map((q) => q.id) ?? [];

describe('references index (collection)', () => {
  it('indexes every reference line of every question', () => {
    const lines = vault.topics.flatMap((t) => t.parts.flatMap((p) => p.questions.flatMap((q) => q.references))).length;
    expect(lines).toBeGreaterThan(2000);
    expect(index.unparsed).toBe(0);
    const cited = index.works.reduce((n, w) => n + w.citedBy.length, 0);
    expect(cited).toBeGreaterThan(lines * 0.9); // a question citing one work twice counts once
  });

  it.each([
    ['vaswani-2017-attention', ['attn-qkv-soft-lookup', 'attn-sqrt-dk-scaling', 'attn-mha-shapes-params']],
    ['lundberg-2017-unified', ['eth-shap-shapley', 'eth-kernel-shap']],
    ['kingma-2015-adam', ['opt-adam-overview', 'opt-adam-bias-correction']],
    ['mnih-2013-playing', ['dqn-loss-replay-target']],
    ['selbst-2019-fairness', ['eth-fairness-definitions-overview']],
  ])('%s is cited by the questions that discuss it', (key, ids) => {
    expect(citers(key)).toEqual(expect.arrayContaining(ids));
  });

  it('ranks Sutton & Barto, the most cited book, first', () => {
    expect(index.works[0]).toMatchObject({ key: 'sutton-2018-reinforcement', label: 'Sutton & Barto (2018)' });
    expect(index.works[0]!.topics).toContain('10');
  });

  it.each(MUST_READ.map((m) => [m.key, m.why]))('marks the must-read paper %s (%s)', (key) => {
    const work = index.works.find((w) => w.key === key);
    expect(work?.mustRead).toBeTruthy();
    expect(work!.citedBy.length).toBeGreaterThan(0);
  });
});
