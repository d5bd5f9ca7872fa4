// Screenshot review of the study views: `npx tsx e2e/study-screenshots.ts` serves the web-study fixture, seeds
// a demo history (e2e/study-demo-history.ts) and saves the dashboard, the review flow (question with a
// scratch answer, revealed with key points and grade buttons, the session summary) and settings, light and
// dark, at 1280 px and 375 px, into test-results/screenshots/study-*. Not a test: look at the images.

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium, REPO, startServe } from './harness.js';
import { demoHistory } from './study-demo-history.js';

const vault = 'test/fixtures/vaults/web-study';
const out = path.join(REPO, 'test-results', 'screenshots');
await mkdir(out, { recursive: true });
const server = await startServe(vault);
const browser = await launchChromium();
const post = (url: string, body: unknown) =>
  fetch(`${server.url}${url}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
const ids = ['eigenvector', 'matrix-rank', 'svd-low-rank', 'chain-rule', 'bayes-rule', 'bias-variance', 'hessian-critical', 'p-value'];
const history = demoHistory(ids, Date.now());
try {
  for (const width of [1280, 375]) {
    for (const scheme of ['light', 'dark'] as const) {
      await post('/api/progress/reset', { confirm: true });
      const context = await browser.newContext({
        viewport: { width, height: width > 500 ? 900 : 812 },
        colorScheme: scheme,
        deviceScaleFactor: 1,
      });
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error(`pageerror: ${e.message}`));
      page.on('console', (m) => m.type() === 'error' && console.error(`console: ${m.text()}`));
      const shot = async (name: string, fullPage = false) => {
        await page.waitForTimeout(150);
        await page.screenshot({ path: path.join(out, `study-${name}-${width}-${scheme}.png`), fullPage });
      };
      // First a new user's dashboard, then the same after the demo history is imported.
      await page.goto(`${server.url}/`);
      await page.locator('.dashboard .stat-grid').waitFor();
      await page.locator('.dashboard').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await shot('dashboard-empty');
      const res = await post('/api/progress/import', history);
      if (!res.ok) throw new Error(`import failed: ${await res.text()}`);
      await page.goto(`${server.url}/`);
      await page.locator('.dashboard .stat-grid').waitFor();
      await page.locator('.dashboard').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await shot('dashboard');
      await page.locator('.mastery-table .disclosure').first().click();
      await shot('home-full', true);
      await page.goto(`${server.url}/review`);
      await page.locator('#review-q-title').waitFor();
      await page.locator('.scope-picker summary').click();
      await page.getByLabel('A study path').check();
      await page.locator('.scope-form select').selectOption('ml-engineer');
      await shot('review-scope');
      await page.goto(`${server.url}/review?scope=${encodeURIComponent('questions:p-value,hessian-critical')}`);
      await page.locator('#review-q-title').waitFor();
      await page.locator('#scratch').fill('The chance of data this extreme if the null hypothesis were true.');
      await shot('review-question');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Space');
      await page.locator('.key-points').waitFor();
      await page.locator('.key-point input').nth(0).check();
      await page.locator('.key-point input').nth(2).check();
      await page.evaluate('window.scrollTo(0, 0)');
      await shot('review-revealed', true);
      // Hard brings the new card back within minutes (a learning step); Easy sends a card away for days.
      await page.keyboard.press('2');
      for (let i = 0; i < 4 && !(await page.locator('#summary-title').isVisible()); i++) {
        await page.waitForTimeout(200);
        await page.keyboard.press('Space');
        await page.keyboard.press('4');
      }
      await page.locator('#summary-title').waitFor({ timeout: 5000 });
      await shot('review-summary');
      await page.goto(`${server.url}/settings`);
      await page.locator('.settings-form').waitFor();
      await shot('settings', true);
      await page.getByRole('button', { name: 'Reset progress…' }).click();
      await shot('reset-dialog');
      await context.close();
    }
  }
  console.log(`screenshots in ${path.relative(REPO, out)}/study-*`);
} finally {
  await browser.close();
  await server.stop();
}
