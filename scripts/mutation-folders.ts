// The folders `npm run mutate:folders` and `scripts/mutate-sample.ts` mutate, one Stryker run each: what each one
// mutates, which tests may kill its mutants, and the settings its run needs.

import path from 'node:path';

export interface Folder {
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
export const FOLDERS: Folder[] = [
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

/** The environment of one folder's Stryker run: its tag (report and incremental file), its tests, its build cache. */
export function folderEnv(folder: Folder, tag = folder.tag): NodeJS.ProcessEnv {
  return {
    ...process.env,
    TZ: 'UTC',
    MLPREP_MUTATE_TAG: tag,
    MLPREP_MUTATE_TESTS: folder.tests.join(','),
    // The mutated code never builds content in these folders, so a build made once serves every mutant.
    ...(folder.reuseBuilds ? { MLPREP_TEST_BUILD_CACHE: path.resolve('.cache/stryker/test-builds') } : {}),
  };
}
