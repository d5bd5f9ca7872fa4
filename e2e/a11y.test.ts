// Accessibility audit: axe-core (devDependency) over every page of the web app (src/web/app.svelte's routes),
// in the light and the dark theme, on the real server with seeded progress and a fixed browser clock. Fails on
// any `serious` or `critical` violation and lists each one (theme, page, rule, the elements). Pages with a
// second state are audited in both: a question and a topic with the answers shown, a review card revealed, a
// mock interview in progress. axe runs through page.evaluate (the DevTools protocol), so the app's strict CSP
// (no inline script) stays exactly as it ships.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, REPO, startServe, type ServerProcess } from './harness.js';
import { demoHistory } from './study-demo-history.js';

const AXE = readFileSync(path.join(REPO, 'node_modules/axe-core/axe.min.js'), 'utf8');
/** One instant for the seeded history and the browser clock, so "today" is the same for both. */
const NOW = Math.floor(Date.now() / 3_600_000) * 3_600_000;
const IDS = ['gd-step-size', 'eigen-decomposition', 'hessian-critical-point', 'bayes-rule', 'bias-variance'];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

let prep: ServerProcess;
let exercises: ServerProcess;
let browser: Browser;
let mockId = '';

const post = async (server: ServerProcess, url: string, body: unknown) => {
  const res = await fetch(`${server.url}${url}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, any>;
};

beforeAll(async () => {
  // One after the other: the first start may build the UI, which the second then reuses.
  prep = await startServe('test/fixtures/vaults/web-prep');
  exercises = await startServe('test/fixtures/vaults/exercise-valid');
  browser = await launchChromium();
  await post(prep, '/api/progress/import', demoHistory(IDS, NOW, 40));
  mockId = (await post(prep, '/api/mock', { format: 'fundamentals', focus: 'research-labs', questions: 2, seed: 1 })).id as string;
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([prep?.stop(), exercises?.stop()]);
});

/** Each page, how to reach its state, and an element that shows it has rendered. */
const PAGES: { name: string; server: () => ServerProcess; url: string; ready: string; then?: (page: Page) => Promise<void> }[] = [
  { name: 'home', server: () => prep, url: '/', ready: '.dashboard .stat-grid' },
  { name: 'topic', server: () => prep, url: '/t/01', ready: '#topic-title' },
  {
    name: 'topic, all answers shown',
    server: () => prep,
    url: '/t/01',
    ready: '#topic-title',
    then: async (page) => {
      await page.keyboard.press('a');
      await page.locator('.answer-section').first().waitFor();
    },
  },
  { name: 'question', server: () => prep, url: '/q/gd-step-size', ready: '#q-title' },
  {
    name: 'question, answer shown',
    server: () => prep,
    url: '/q/gd-step-size',
    ready: '#q-title',
    then: async (page) => {
      await page.keyboard.press('r');
      await page.locator('#answer .answer-section').first().waitFor();
    },
  },
  { name: 'search', server: () => prep, url: '/search?q=gradient', ready: '.search-page' },
  { name: 'about', server: () => prep, url: '/about', ready: 'main h1' },
  { name: 'paths', server: () => prep, url: '/paths', ready: 'main h1' },
  { name: 'path', server: () => prep, url: '/paths/ml-engineer', ready: 'main h1' },
  { name: 'checklists', server: () => prep, url: '/checklists', ready: 'main h1' },
  { name: 'mock, new', server: () => prep, url: '/mock', ready: 'main h1' },
  { name: 'mock, in progress', server: () => prep, url: '/mock/{mock}', ready: 'main h1' },
  { name: 'night before', server: () => prep, url: '/night-before', ready: 'main h1' },
  { name: 'tips', server: () => prep, url: '/tips', ready: 'main h1' },
  { name: 'must-know', server: () => prep, url: '/must-know', ready: 'main h1' },
  { name: 'references', server: () => prep, url: '/references', ready: 'main h1' },
  { name: 'review', server: () => prep, url: '/review', ready: '#review-q-title' },
  {
    name: 'review, revealed',
    server: () => prep,
    url: '/review',
    ready: '#review-q-title',
    then: async (page) => {
      await page.keyboard.press('Space');
      await page.locator('.grade-bar').waitFor();
    },
  },
  { name: 'cards', server: () => prep, url: '/cards', ready: '.card-table tbody tr' },
  { name: 'settings', server: () => prep, url: '/settings', ready: '.settings-form' },
  { name: 'not found', server: () => prep, url: '/no/such/page', ready: 'main h1' },
  { name: 'exercises', server: () => exercises, url: '/exercises', ready: 'main h1' },
  { name: 'exercise', server: () => exercises, url: '/exercises/01-gradient-step', ready: '.cm-content' },
];

async function audit(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(AXE);
  const result = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] })`)) as { violations: Violation[] };
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

describe('accessibility (axe-core)', { timeout: 600_000 }, () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`has no serious or critical violation on any page, ${theme} theme`, async () => {
      const context = await browser.newContext({ colorScheme: theme, viewport: { width: 1280, height: 900 } });
      // The stored theme choice (what the toggle saves), as well as the system setting.
      await context.addInitScript(`try { localStorage.setItem('mlprep.theme', '${theme}') } catch (e) {}`);
      await context.clock.setFixedTime(NOW);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const found: string[] = [];
      try {
        for (const p of PAGES) {
          await page.goto(`${p.server().url}${p.url.replace('{mock}', mockId)}`);
          await page.locator(p.ready).first().waitFor({ timeout: 30_000 });
          expect(await page.evaluate('document.documentElement.dataset.theme')).toBe(theme);
          await p.then?.(page);
          for (const v of await audit(page))
            found.push(`${theme} · ${p.name}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        }
      } finally {
        await context.close();
      }
      expect(errors).toEqual([]);
      expect(found).toEqual([]);
    });
  }
});
