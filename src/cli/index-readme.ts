// `mlprep index`: regenerates the statistics block of the vault's README.md between its markers.

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { regenerateReadme } from '../core/stats/index.js';
import { CliError } from './errors.js';
import { contentDir } from './options.js';

export function registerIndex(program: Command): void {
  program
    .command('index')
    .description('regenerate the statistics and study-plan blocks of the vault README.md')
    .option('--content <dir>', 'vault folder (default: the bundled content/)')
    .action(async (opts: { content?: string }) => {
      const dir = contentDir(opts.content);
      const { loadVault } = await import('../node/load-vault.js'); // the parser, only for the command that needs it
      const { vault } = await loadVault(dir);
      const file = path.join(dir, 'README.md');
      const readme = await readFile(file, 'utf8').catch(() => {
        throw new CliError(`${file} not found: the index needs a README.md in the vault`);
      });
      const next = regenerateReadme(readme, vault);
      if (typeof next !== 'string')
        throw new CliError(
          `${file} has no ${next.missing} markers. Add a line "<!-- ${next.missing}:start -->" and a line "<!-- ${next.missing}:end -->" where the block belongs.`,
        );
      if (next === readme) process.stdout.write('README.md generated blocks are up to date\n');
      else {
        await writeFile(file, next);
        process.stdout.write('README.md generated blocks updated\n');
      }
    });
}
