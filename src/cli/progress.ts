// `mlprep progress export|import|reset|where`: the user's progress database from the command line. Works next to
// a running server: SQLite serializes the writers, and the server's cached cards follow data_version.

import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { resolveDataDir } from '../node/store/data-dir.js';
import { StoreError } from '../node/store/open-db.js';
import { exportProgress, importProgress, ImportError, resetProgress } from '../node/store/progress-io.js';
import { ProgressStore } from '../node/store/progress-store.js';
import { CliError } from './errors.js';
import { writeOrExplain } from './write-output.js';

function openStore(data: string | undefined): ProgressStore {
  try {
    return ProgressStore.inDir(resolveDataDir(data));
  } catch (err) {
    if (err instanceof StoreError) throw new CliError(err.message);
    throw err;
  }
}

export function registerProgress(program: Command): void {
  const cmd = program.command('progress').description('export, import or reset your study progress');
  cmd
    .command('where')
    .description('print the progress database path')
    .option('--data <dir>', 'data folder (default: $MLPREP_DATA, $XDG_DATA_HOME/mlprep or ~/.local/share/mlprep)')
    .action((opts: { data?: string }) => {
      const store = openStore(opts.data);
      process.stdout.write(`${store.file}\n`);
      store.close();
    });
  cmd
    .command('export')
    .description('write all progress (cards, review log, settings, ticks, mocks) as one JSON file')
    .option('--data <dir>', 'data folder')
    .option('-o, --out <file>', 'output file (default: standard output)')
    .action(async (opts: { data?: string; out?: string }) => {
      const store = openStore(opts.data);
      try {
        const text = `${JSON.stringify(exportProgress(store, Date.now()), null, 2)}\n`;
        if (opts.out) {
          const out = await writeOrExplain(opts.out, text);
          process.stdout.write(`wrote progress to ${out}\n`);
        } else process.stdout.write(text);
      } finally {
        store.close();
      }
    });
  cmd
    .command('import <file>')
    .description('merge a progress export into the database (safe to repeat)')
    .option('--data <dir>', 'data folder')
    .action(async (file: string, opts: { data?: string }) => {
      const text = await readFile(file, 'utf8').catch(() => {
        throw new CliError(`cannot read ${file}`);
      });
      let data: unknown;
      try {
        // A byte-order mark (some editors on Windows write one) is not JSON; the API's decoder drops it too.
        data = JSON.parse(text.replace(/^\uFEFF/, ''));
      } catch (err) {
        throw new CliError(`${file} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
      }
      const store = openStore(opts.data);
      try {
        const s = importProgress(store, data);
        process.stdout.write(
          `imported: ${s.reviewsAdded} reviews (${s.reviewsSkipped} already present), ${s.cardsAdded} new cards, ${s.cardsUpdated} updated, ${s.settingsAdded} settings, ${s.ticksAdded} ticks, ${s.mocksAdded} mocks, ${s.plansAdded} interview plans, ${s.typedAnswersAdded} typed answers, ${s.notesUpdated} notes\n`,
        );
      } catch (err) {
        if (err instanceof ImportError) throw new CliError(`${file} cannot be imported: ${err.message}`);
        throw err;
      } finally {
        store.close();
      }
    });
  cmd
    .command('reset')
    .description('delete all progress after writing a backup copy')
    .option('--data <dir>', 'data folder')
    .option('--yes', 'confirm: without it nothing is deleted')
    .action(async (opts: { data?: string; yes?: boolean }) => {
      if (!opts.yes) throw new CliError('reset deletes all progress; run again with --yes to confirm (a backup file is kept)');
      const store = openStore(opts.data);
      try {
        process.stdout.write(`progress reset; backup kept at ${await resetProgress(store, Date.now())}\n`);
      } finally {
        store.close();
      }
    });
}
