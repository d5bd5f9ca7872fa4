import { launchChromium, startServe } from '/work/wt/cards/e2e/harness.js';
const server = await startServe('content', 580_000);
const browser = await launchChromium();
try {
  for (const [w, h] of [[1280, 800], [375, 812]] as const) {
    const ctx = await browser.newContext({ viewport: { width: w, height: h } });
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const t0 = Date.now();
    await page.goto(`${server.url}/cards`);
    await page.locator('.card-table tbody tr:not(.spacer)').first().waitFor();
    const loadMs = Date.now() - t0;
    const n = await page.locator('.card-table tbody tr:not(.spacer)').count();
    const total = await page.evaluate(() => document.querySelector('.card-table')?.getAttribute('aria-rowcount'));
    await page.screenshot({ path: `/tmp/cards-${w}.png` });
    const t1 = Date.now();
    await page.getByLabel('Text', { exact: true }).fill('gradient');
    await page.waitForTimeout(50);
    const filterMs = Date.now() - t1;
    await page.goto(`${server.url}/review`);
    await page.locator('.review-card').waitFor();
    await page.screenshot({ path: `/tmp/review-${w}.png` });
    console.log(JSON.stringify({ w, loadMs, renderedRows: n, ariaRowcount: total, filterMs, errors }));
    await ctx.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
