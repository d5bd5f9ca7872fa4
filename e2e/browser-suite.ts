// The shared set-up of the browser test files, kept apart from harness.ts so that scripts and benchmarks can use
// the harness without importing vitest.

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { launchChromium, openPage, startServe, type ServerProcess } from './harness.js';

export interface SuiteState {
  server: ServerProcess;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  problems: string[];
}

/**
 * Registers one browser suite's hooks: the real server on `vault` and Chromium for the whole file, a fresh page
 * per test, and a failure when a test leaves console or page errors. `assign` receives the state each time it
 * changes, so test files keep plain variables (`page`, `server`, …).
 */
export function useBrowserSuite(
  vault: string,
  assign: (state: SuiteState) => void,
  pageOptions: Parameters<Browser['newContext']>[0] = {},
  serverEnv: Readonly<Record<string, string>> = {},
): void {
  const state = {} as SuiteState;
  beforeAll(async () => {
    state.server = await startServe(vault, undefined, undefined, serverEnv);
    state.browser = await launchChromium();
    assign(state);
  }, 180_000);
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.stop();
  });
  beforeEach(async () => {
    Object.assign(state, await openPage(state.browser, pageOptions));
    assign(state);
  });
  afterEach(async () => {
    await state.context.close();
    expect(state.problems).toEqual([]);
  });
}
