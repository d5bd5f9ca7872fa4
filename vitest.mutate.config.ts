// Vitest config for mutation testing only (stryker.config.mjs points at it). It runs the unit tests beside the
// code and the fast integration tests in test/, and leaves out what cannot kill a mutant of src/core, src/server
// or src/node cheaply: the browser tests in e2e/ (a real server and Chromium per run), the web UI's own tests,
// and the whole-collection or hostile-vault tests (they load content/ or generate large vaults: seconds per run,
// covering the same code as the unit tests).
//
// MLPREP_MUTATE_TESTS (comma-separated globs) narrows the test files further for a per-folder run, e.g.
// `MLPREP_MUTATE_TESTS='src/core/**/*.test.ts' npm run mutate -- --mutate 'src/core/**/*.ts'`: the route tests
// rebuild a whole app in their beforeAll, which every mutant they cover pays again.
import { defineConfig } from 'vitest/config';

const DEFAULT_TESTS = [
  'src/core/**/*.test.ts',
  'src/server/**/*.test.ts',
  'src/node/**/*.test.ts',
  'test/vault-fixtures.test.ts',
  'test/crash-safety.test.ts',
  'test/concurrency.test.ts',
];

export default defineConfig({
  test: {
    root: '.',
    include: process.env.MLPREP_MUTATE_TESTS ? process.env.MLPREP_MUTATE_TESTS.split(',') : DEFAULT_TESTS,
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
