// Vite builds the browser UI (src/web, Svelte 5) into dist/web. `mlprep serve` runs this build through Vite's
// JS API when the bundle is missing or stale (src/node/web-build.ts), so no manual build step is needed.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: path.join(here, 'src/web'),
  publicDir: path.join(here, 'src/web/public'),
  plugins: [svelte()],
  build: {
    outDir: path.join(here, 'dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    // One small bundle: the app is tiny and a single request beats a waterfall on first paint.
    modulePreload: false,
    assetsInlineLimit: 0,
    // The build runs inside `mlprep serve`: keep its output to real warnings.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  logLevel: 'warn',
});
