// Runs Stryker one folder at a time (`npm run mutate:folders [tag ...]`), each with its own incremental file and
// report (MLPREP_MUTATE_TAG, see stryker.config.mjs) and with only the tests that can reach it. A whole run over
// every folder takes hours on two cores, and Stryker writes its incremental file only when a run completes: split
// by folder, every finished folder keeps its result, an interrupted series resumes where it stopped, and a later
// run re-tests only what changed. `npx tsx scripts/mutation-score.ts` then prints the score of every report.
// Usage: npm run mutate:folders                  every folder, in the order below
//        npm run mutate:folders core-search server   only these tags
//        npm run mutate:folders -- core-search --force   without the incremental file (after adding tests)
//        npm run mutate:folders -- core-plan --timeoutMS=15000   a Stryker option with a value

import { spawnSync } from 'node:child_process';
import { FOLDERS, folderEnv } from './mutation-folders.js';

// Arguments starting with -- go to Stryker (`npm run mutate:folders -- core-search --force`); give a value with =
// (`--timeoutMS=15000`), which is split into the two arguments Stryker's command line reads (it takes `=` as NaN).
const passed = process.argv
  .slice(2)
  .filter((a) => a.startsWith('--'))
  .flatMap((a) => (a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a]));
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const unknown = wanted.filter((t) => !FOLDERS.some((f) => f.tag === t));
if (unknown.length > 0) {
  console.error(`Unknown folder tag: ${unknown.join(', ')}. Known: ${FOLDERS.map((f) => f.tag).join(', ')}`);
  process.exit(2);
}
let failed = 0;
for (const folder of FOLDERS.filter((f) => wanted.length === 0 || wanted.includes(f.tag))) {
  const mutate = [...folder.mutate, '!src/**/*.test.ts', '!src/**/test-*.ts'].join(',');
  const started = Date.now();
  console.log(`\n== ${folder.tag}: ${mutate}`);
  // Stryker reads a repeated --timeoutMS as NaN (each value parsed with the previous one as radix): a timeout
  // given on the command line replaces the folder's own.
  const timeout = folder.timeoutMS && !passed.includes('--timeoutMS') ? ['--timeoutMS', String(folder.timeoutMS)] : [];
  const run = spawnSync('npx', ['stryker', 'run', '--mutate', mutate, ...timeout, ...passed], {
    stdio: 'inherit',
    env: folderEnv(folder),
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`== ${folder.tag}: exit ${run.status ?? run.signal} after ${seconds} s`);
  if (run.status !== 0) failed += 1;
}
process.exit(failed > 0 ? 1 : 0);
