// Vitest runs from the repository root (vite.config.ts sets root to src/web for the UI build, so tests need their
// own config). Unit tests sit beside the code; fixture vaults and integration tests live in test/, browser
// tests in e2e/.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: '.',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
