// Builds the real app (content build, search index, routes) for a fixture vault, with a throwaway cache folder
// and a stand-in page shell, so route tests run through `app.request()` without a socket or a UI build.

import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildContent, type BuildResult } from '../../src/node/content-cache.js';
import { SearchIndex } from '../../src/node/search-index.js';
import { createContentStore } from '../../src/server/content-store.js';
import { createApp, type AppOptions } from '../../src/server/create-app.js';
import { StaticFiles } from '../../src/server/static-files.js';
import { ProgressStore } from '../../src/node/store/progress-store.js';
import { PrepService } from '../../src/node/study/prep-service.js';
import { StudyService } from '../../src/node/study/study-service.js';
import { PlanService } from '../../src/node/plan/plan-service.js';

export const VAULTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/vaults');
export const TEST_SHELL = '<!doctype html><html><head><title>mlprep</title></head><body><div id="app"></div></body></html>';

export async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mlprep-test-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** With `study`, the app also serves the study API over a fresh progress store, a fixed clock and no fuzz. */
let planIds = 0;

export async function buildTestApp(vault: string, study?: { now: () => number; exercises?: AppOptions['exercises'] }) {
  // MLPREP_TEST_BUILD_CACHE (set by scripts/mutate-folders.ts for the server and node folders) keeps each vault's
  // build in a cache that outlives the test run, so the thousand mutant runs of a route test do not rebuild the
  // same fixture vault each time. The cache is keyed by the vault's bytes and the renderer's code, as in the app.
  const shared = process.env.MLPREP_TEST_BUILD_CACHE;
  const cache = shared ? path.join(shared, vault) : await mkdtemp(path.join(os.tmpdir(), 'mlprep-cache-'));
  const build: BuildResult = await buildContent(path.join(VAULTS, vault), cache);
  if (!shared) await rm(cache, { recursive: true, force: true });
  const store = createContentStore(build.content);
  const search = SearchIndex.load(build.content.searchDocs, build.content.searchIndex);
  let progress: ProgressStore | null = null;
  let services: { service: StudyService; prep: PrepService; plans: PlanService } | undefined;
  if (study) {
    progress = ProgressStore.inDir(await mkdtemp(path.join(os.tmpdir(), 'mlprep-progress-')));
    const service = new StudyService({
      store: progress,
      topics: build.content.catalog,
      plan: build.content.studyPlan,
      now: study.now,
      fuzz: false,
      tzOffsetMs: () => 0,
    });
    services = { service, prep: new PrepService(service), plans: new PlanService(service, () => `plan-${++planIds}`) };
  }
  const app = createApp({
    store,
    search,
    files: await StaticFiles.collect(null),
    indexHtml: TEST_SHELL,
    contentDir: path.join(VAULTS, vault),
    ...(services ? { study: services } : {}),
    ...(study?.exercises ? { exercises: study.exercises } : {}),
  });
  return { app, build, store, search, progress };
}
