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

  it('shows a note after the count and pads a shorter line over a longer one', () => {
    const { out, s } = sink(true);
    let t = 0;
    const p = createProgress(s, () => t);
    p.step('running examples');
    p.count(1, 20, 'slowest so far a.md:10 12.5 s');
    t = 200;
    p.count(2, 20, 'slowest so far a.md:9 1.0 s'); // two characters shorter: padded with two spaces
    t = 400;
    p.count(20, 20);
    expect(out).toEqual([
      'running examples…\n',
      '\rrunning examples 1/20 · slowest so far a.md:10 12.5 s',
      '\rrunning examples 2/20 · slowest so far a.md:9 1.0 s  ',
      `\r${'running examples 20/20'.padEnd('running examples 1/20 · slowest so far a.md:10 12.5 s'.length)}\n`,
    ]);
  });
});
