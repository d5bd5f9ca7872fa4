// `mlprep build-site -o site/`: the collection as a static site (node/emit/build-site.ts) written to a folder
// that an earlier build-site wrote, or a new or empty one. Progress on a terminal; one result line on stdout.

import path from 'node:path';
import type { Command } from 'commander';
import { buildSiteFiles } from '../node/emit/build-site.js';
import { ExportFolderError, writeExport } from '../node/emit/write-files.js';
import { CliError } from './errors.js';
import { contentDir } from './options.js';
import { createProgress } from './progress-line.js';

export function registerBuildSite(program: Command): void {
  program
    .command('build-site')
    .description('write the collection as a static site (works from any static host and from file://, search included)')
    .requiredOption('-o, --out <dir>', 'output folder (new, empty, or an earlier build-site)')
    .option('--content <dir>', 'vault folder (default: the bundled content/)')
    .action(async (opts: { out: string; content?: string }) => {
      const progress = createProgress();
      const files = await buildSiteFiles({
        content: contentDir(opts.content),
        onStep: (s) => progress.step(s),
        onProgress: (d, t) => progress.count(d, t),
      });
      const out = path.resolve(opts.out);
      progress.step('writing files');
      try {
        await writeExport(out, files, (d, t) => progress.count(d, t));
      } catch (err) {
        if (err instanceof ExportFolderError) throw new CliError(err.message);
        throw err;
      }
      const pages = files.filter((f) => f.path.endsWith('.html')).length;
      process.stdout.write(`wrote ${pages} pages (${files.length} files) to ${out}; open ${path.join(out, 'index.html')}\n`);
    });
}
