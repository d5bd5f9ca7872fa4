// Progress lines: stage names and n/N counts on a terminal, throttled, and nothing at all when not a terminal.

import { describe, expect, it } from 'vitest';
import { createProgress } from './progress-line.js';

function sink(isTTY: boolean) {
  const out: string[] = [];
  return { out, s: { isTTY, write: (t: string) => out.push(t) } };
}

describe('createProgress', () => {
  it('on a terminal: the stage, then its count on one line, at most every 100 ms, always the last one', () => {
    const { out, s } = sink(true);
    let t = 0;
    const p = createProgress(s, () => t);
    p.step('writing pages');
    p.count(1, 3);
    t = 50;
    p.count(2, 3); // within 100 ms: skipped
    p.count(3, 3); // the last one: always written, ends the line
    expect(out).toEqual(['writing pages…\n', '\rwriting pages 1/3', '\rwriting pages 3/3\n']);
  });

  it('not on a terminal: writes nothing', () => {
    const { out, s } = sink(false);
    const p = createProgress(s, () => 0);
    p.step('writing pages');
    p.count(1, 1);
    expect(out).toEqual([]);
  });
});
