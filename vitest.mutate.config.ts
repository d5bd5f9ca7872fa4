// Vitest config for mutation testing only (stryker.config.json points at it). It runs the unit tests beside the
// code and the fast fixture-vault integration test, and leaves out what cannot kill a mutant of src/core,
// src/server or src/node cheaply: the browser tests in e2e/ (they start a real server and Chromium per run) and
// the whole-collection or hostile-vault tests in test/ (they load content/ or generate large vaults, seconds per
// run, and cover the same code as the unit tests). Keep it in step with vitest.config.ts otherwise.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: '.',
    include: ['src/**/*.test.ts', 'test/vault-fixtures.test.ts', 'test/check-command.test.ts'],
    exclude: ['src/web/**'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
