// `mlprep stats [--json]`: per-topic counts. The JSON shape is the stable ContentStats schema.

import { requireTopics } from './errors.js';
import type { Command } from 'commander';
import type { Counts } from '../core/stats/index.js';
import { contentSummary } from '../node/content-cache.js';
import { createProgress } from './progress-line.js';
import { contentDir } from './options.js';

const COLUMNS: [keyof Counts, string][] = [
  ['parts', 'parts'],
  ['questions', 'questions'],
  ['easy', 'easy'],
  ['medium', 'medium'],
  ['hard', 'hard'],
  ['codeExamples', 'code'],
  ['displayEquations', 'display eq'],
  ['inlineMath', 'inline math'],
  ['keyPoints', 'key points'],
  ['words', 'words'],
  ['diagrams', 'diagrams'],
  ['figures', 'figures'],
];

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('print content statistics per topic')
    .option('--content <dir>', 'vault folder (default: the bundled content/)')
    .option('--json', 'print the stable JSON object instead of a table')
    .action(async (opts: { content?: string; json?: boolean }) => {
      const dir = contentDir(opts.content);
      // From the cache when the vault is unchanged since the last start, check or stats.
      const { stats } = (await contentSummary(dir, undefined, createProgress())).summary;
      requireTopics(dir, stats);
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
        return;
      }
      const header = ['topic', ...COLUMNS.map(([, h]) => h)];
      const rows = [
        ...stats.topics.map((t) => [`${t.id} ${t.title}`, ...COLUMNS.map(([k]) => String(t[k]))]),
        ['total', ...COLUMNS.map(([k]) => String(stats.totals[k]))],
      ];
      const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
      const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
      process.stdout.write(`${[line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')}\n`);
    });
}
