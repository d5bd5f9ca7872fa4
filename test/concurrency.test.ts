// A short run of scripts/concurrency.ts in `npm test`: three HTTP clients sending every grade twice, and a second
// process writing the same database directly, against the real server. It fails on a lost or doubled review, a
// broken history chain, any HTTP error answer, a grade left unacknowledged, or a failing direct writer.

import { describe, expect, it } from 'vitest';
import { runConcurrency } from '../scripts/concurrency.js';

describe('concurrency (short run)', () => {
  it('stores every acknowledged grade exactly once with concurrent clients, retries and a direct writer', async () => {
    const r = await runConcurrency({ clients: 3, perClient: 8, cliGrades: 20 });
    expect(r.problems).toEqual([]);
    expect(r.acknowledged).toBe(24);
    expect(r.duplicatesSeen).toBe(24);
    expect(r.stored).toBe(24 + 20);
  }, 120_000);
});
