// Runs Stryker one folder at a time (`npm run mutate:folders [tag ...]`), each with its own incremental file and
// report (MLPREP_MUTATE_TAG, see stryker.config.mjs) and with only the tests that can reach it. A whole run over
// every folder takes hours on two cores, and Stryker writes its incremental file only when a run completes: split
// by folder, every finished folder keeps its result, an interrupted series resumes where it stopped, and a later
// run re-tests only what changed. `npx tsx scripts/mutation-score.ts` then prints the score of every report.
// Usage: npm run mutate:folders                  every folder, in the order below
//        npm run mutate:folders core-search server   only these tags
//        npm run mutate:folders -- core-search --force   without the incremental file (after adding tests)

import { spawnSync } from 'node:child_process';
import path from 'node:path';

interface Folder {
  tag: string;
  mutate: string[];
  tests: string[];
  /** Whether the folder's tests may keep fixture-vault builds between runs (test/helpers/build-test-app.ts). */
  reuseBuilds?: boolean;
  /** Stryker's fixed timeout allowance per mutant run, in ms, when the config's generous 30 s is not needed. */
  timeoutMS?: number;
}

const CORE_TESTS = ['src/core/**/*.test.ts'];
const NODE_TESTS = ['src/node/**/*.test.ts', 'test/crash-safety.test.ts', 'test/concurrency.test.ts'];
const SERVER_TESTS = ['src/server/**/*.test.ts'];

// The core tests are pure and take milliseconds, so a mutant that makes them loop is cut off after 5 s instead of
// 30 s (an endless loop is a common mutant of a search or a scan: at 30 s each they cost more than the rest).
const core = (name: string): Folder => ({
  tag: `core-${name}`,
  mutate: [`src/core/${name}/**/*.ts`],
  tests: CORE_TESTS,
  timeoutMS: 5000,
});

// The core folders first (small, fast tests: most of the mutants at a fraction of the cost), then the server and
// the node adapters, whose tests build an app or a store per run; a series cut short has still scored the most.
const FOLDERS: Folder[] = [
  core('search'),
  core('progress'),
  core('schedule'),
  core('validate'),
  core('plan'),
  core('stats'),
  core('related'),
  core('references'),
  core('exercise'),
  core('diagram'),
  { tag: 'core-api', mutate: ['src/core/api/**/*.ts', '!src/core/api/types.ts'], tests: CORE_TESTS, timeoutMS: 5000 },
  core('model'),
  core('parse'),
  core('render'),
  core('emit'),
  { tag: 'server', mutate: ['src/server/**/*.ts'], tests: SERVER_TESTS, reuseBuilds: true },
  { tag: 'node-runner', mutate: ['src/node/runner/**/*.ts', 'src/node/python/**/*.ts'], tests: NODE_TESTS, reuseBuilds: true },
  { tag: 'node-study', mutate: ['src/node/study/**/*.ts'], tests: NODE_TESTS, reuseBuilds: true },
  { tag: 'node-store', mutate: ['src/node/store/**/*.ts'], tests: NODE_TESTS, reuseBuilds: true },
];

// Arguments starting with -- go to Stryker (`npm run mutate:folders -- core-search --force`).
const passed = process.argv.slice(2).filter((a) => a.startsWith('--'));
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
  const timeout = folder.timeoutMS ? ['--timeoutMS', String(folder.timeoutMS)] : [];
  const run = spawnSync('npx', ['stryker', 'run', '--mutate', mutate, ...timeout, ...passed], {
    stdio: 'inherit',
    env: {
      ...process.env,
      TZ: 'UTC',
      MLPREP_MUTATE_TAG: folder.tag,
      MLPREP_MUTATE_TESTS: folder.tests.join(','),
      // The mutated code never builds content in these folders, so a build made once serves every mutant.
      ...(folder.reuseBuilds ? { MLPREP_TEST_BUILD_CACHE: path.resolve('.cache/stryker/test-builds') } : {}),
    },
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`== ${folder.tag}: exit ${run.status ?? run.signal} after ${seconds} s`);
  if (run.status !== 0) failed += 1;
}
process.exit(failed > 0 ? 1 : 0);
