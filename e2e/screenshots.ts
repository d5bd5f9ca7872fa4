// Screenshot review: `npx tsx e2e/screenshots.ts [vault]` serves a vault (default: the web-demo fixture) and
// saves home, a topic page, a revealed answer (math and code; a diagram and a figure with
// `test/fixtures/vaults/pictures-valid`), search, and dark mode at 1280 px and 375 px into
// test-results/screenshots/. Not a test: look at the images.

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium, REPO, startServe } from './harness.js';

const vault = process.argv[2] ?? 'test/fixtures/vaults/web-demo';
const out = path.join(REPO, 'test-results', 'screenshots');
await mkdir(out, { recursive: true });
const server = await startServe(vault);
const browser = await launchChromium();
try {
  for (const width of [1280, 375]) {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({
        viewport: { width, height: width > 500 ? 900 : 812 },
        colorScheme: scheme,
        deviceScaleFactor: 1,
      });
      const page = await context.newPage();
      const shot = async (name: string, fullPage = false) => {
        await page.waitForTimeout(150);
        await page.screenshot({ path: path.join(out, `${name}-${width}-${scheme}.png`), fullPage });
      };
      await page.goto(`${server.url}/`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await shot('home', true);
      await page.goto(`${server.url}/t/01`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await shot('topic');
      await page.locator('.question .reveal').first().click();
      await page.locator('.answer :is(.katex, svg, img)').first().waitFor();
      await page
        .locator('.question .answer')
        .first()
        .evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await shot('answer');
      await page.mouse.wheel(0, 700);
      await shot('answer-more');
      await page.goto(`${server.url}/search?q=gradeint`);
      await page.waitForLoadState('networkidle');
      await shot('search');
      await page.goto(`${server.url}/about`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await shot('about', true);
      await context.close();
    }
  }
  console.log(`screenshots in ${path.relative(REPO, out)}`);
} finally {
  await browser.close();
  await server.stop();
}
