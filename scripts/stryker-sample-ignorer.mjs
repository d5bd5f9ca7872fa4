// A Stryker ignorer for scripts/mutate-sample.ts. A sampled mutant is selected with a mutate range equal to its own
// source range, and a range selects every mutant inside it too: `a && b` brings the mutants of `a` and of `b`, a
// drawn block statement its whole function. This ignorer skips every node strictly inside a drawn range unless it
// holds another drawn range (an ignored node hides everything under it), so a run tests the drawn mutants, the
// other mutants of those very nodes, and the few nodes on the way down to a drawn node nested in another. The ranges come from the file named
// by MLPREP_MUTATE_SAMPLE: [{ start: { line, column }, end: { line, column } }], lines 1-based and columns 0-based,
// as Babel gives a node's location. Ranges are matched without their file name (Babel's path does not carry it
// here); a node of one file inside a range drawn in another is skipped only when it also lies in that file's own
// mutate ranges, which mutate-sample reports as a drawn mutant that was not run.

import { readFileSync } from 'node:fs';
import { declareValuePlugin, PluginKind } from '@stryker-mutator/api/plugin';

const file = process.env.MLPREP_MUTATE_SAMPLE;
const ranges = file ? JSON.parse(readFileSync(file, 'utf8')) : [];

const atOrBefore = (a, b) => a.line < b.line || (a.line === b.line && a.column <= b.column);
const same = (a, b) => a.line === b.line && a.column === b.column;

function strictlyInside(loc, range) {
  if (!atOrBefore(range.start, loc.start) || !atOrBefore(loc.end, range.end)) return false;
  return !(same(range.start, loc.start) && same(range.end, loc.end));
}

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'sample', {
    shouldIgnore(path) {
      const loc = path.node.loc;
      if (!loc || !ranges.some((r) => strictlyInside(loc, r))) return undefined;
      if (ranges.some((r) => atOrBefore(loc.start, r.start) && atOrBefore(r.end, loc.end))) return undefined;
      return 'Inside a sampled mutant (scripts/mutate-sample.ts): not drawn.';
    },
  }),
];
