// `mlprep export obsidian -o <dir>`: the collection in the formats people take elsewhere. Each subcommand loads
// the vault, runs one pure emitter (core/emit) and writes its files (node/emit), printing progress on a terminal
// and where it wrote at the end.

import path from 'node:path';
import type { Command } from 'commander';
import { emitObsidian } from '../core/emit/index.js';
import { ExportFolderError, writeExport } from '../node/emit/write-files.js';
import { loadVault } from '../node/load-vault.js';
import { CliError } from './errors.js';
import { contentDir } from './options.js';

/** "written 120/1140" on one self-overwriting line, at most every 100 ms; nothing when stderr is not a terminal. */
function progressLine(label: string) {
  let last = 0;
  return (done: number, total: number) => {
    if (!process.stderr.isTTY) return;
    const now = Date.now();
    if (done !== total && now - last < 100) return;
    last = now;
    process.stderr.write(`\r${label} ${done}/${total}${done === total ? '\n' : ''}`);
  };
}

export function registerExport(program: Command): void {
  const cmd = program.command('export').description('export the collection: obsidian');
  cmd
    .command('obsidian')
    .description('write an Obsidian vault: one note per question (answer folded), index notes per topic and part, links rewritten')
    .requiredOption('-o, --out <dir>', 'output folder (new, empty, or an earlier export)')
    .option('--content <dir>', 'vault folder (default: the bundled content/)')
    .action(async (opts: { out: string; content?: string }) => {
      if (process.stderr.isTTY) process.stderr.write('loading the collection…\n');
      const { vault } = await loadVault(contentDir(opts.content));
      const files = emitObsidian(vault);
      const out = path.resolve(opts.out);
      try {
        await writeExport(out, files, progressLine('writing notes'));
      } catch (err) {
        if (err instanceof ExportFolderError) throw new CliError(err.message);
        throw err;
      }
      process.stdout.write(`wrote ${files.length} notes to ${out}\n`);
    });
}
