// A short run of scripts/crash-safety.ts in `npm test`: two sessions against the real server on a fixture vault,
// each SIGKILLed after a few acknowledged grades. It fails on a lost acknowledged review, a damaged database,
// any HTTP error answer, or too few acknowledged grades. The full run (100 sessions on content/) stays a script.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../e2e/harness.js';
import { runCrashSafety } from '../scripts/crash-safety.js';

describe('crash safety (short run)', () => {
  it('keeps every acknowledged review across SIGKILLs, with errors and too few acknowledgements counted as failures', async () => {
    const r = await runCrashSafety({ sessions: 2, maxAcks: 4, vault: path.join(REPO, 'test/fixtures/vaults/web-study') });
    expect(r.problems).toEqual([]);
    expect(r.kills).toBe(2);
    expect(r.acknowledged).toBeGreaterThanOrEqual(2);
    expect(r.lost).toBe(0);
    expect(r.integrity).toBe('ok');
    expect(r.stored).toBeGreaterThanOrEqual(r.acknowledged);
  }, 120_000);
});
