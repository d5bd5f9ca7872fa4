// End-to-end for `mlprep build-site`: the real CLI writes a fixture vault's site, and Debian's Chromium opens it
// from file:// with no server. Answers are hidden until revealed (also with JavaScript off: <details>), math is
// typeset by KaTeX's stylesheet and fonts, every file the pages load is found, and the search page finds the
// gradient-descent question from a query with two typos.

import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, REPO } from './harness.js';

const run = promisify(execFile);
const VAULT = path.join(REPO, 'test', 'fixtures', 'vaults', 'web-prep');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'mlprep-site-e2e-'));
const SITE = path.join(tmp, 'site');
const url = (p: string) => pathToFileURL(path.join(SITE, p)).href;
let browser: Browser;

beforeAll(async () => {
  await run(process.execPath, ['bin/mlprep.js', 'build-site', '-o', SITE, '--content', VAULT], {
    cwd: REPO,
    env: { ...process.env, MLPREP_CACHE_DIR: path.join(tmp, 'cache') },
  });
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** A page that records every load that failed and every script error. */
async function open(p: string, javaScriptEnabled = true): Promise<{ page: Page; failures: string[] }> {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  const failures: string[] = [];
  page.on('requestfailed', (r) => failures.push(`${r.url()}: ${r.failure()?.errorText}`));
  page.on('pageerror', (e) => failures.push(e.message));
  await page.goto(url(p));
  await page.evaluate('document.fonts.ready.then(() => true)');
  return { page, failures };
}

describe('the static site from file://', () => {
  it('hides an answer until it is revealed, with KaTeX typeset and every file found', async () => {
    const { page, failures } = await open('t/01.html');
    const answer = page.locator('#a-gd-step-size .katex-display').first();
    expect(await answer.isVisible()).toBe(false);
    await page.locator('#a-gd-step-size > summary').click();
    expect(await answer.isVisible()).toBe(true);
    // KaTeX's fonts came from the site's katex/fonts folder (a missing stylesheet leaves the font unused).
    expect(await page.evaluate(`document.fonts.check('16px KaTeX_Main')`)).toBe(true);
    // The page script added the toggle: every answer opens.
    await page.getByRole('button', { name: 'Show all answers' }).click();
    expect(await page.locator('details.answer:not([open])').count()).toBe(0);
    expect(failures).toEqual([]);
    await page.context().close();
  });

  it('opens an answer without JavaScript', async () => {
    const { page } = await open('q/gd-step-size.html', false);
    const text = page.locator('#a-gd-step-size .answer-section').first();
    expect(await text.isVisible()).toBe(false);
    await page.locator('#a-gd-step-size > summary').click();
    expect(await text.isVisible()).toBe(true);
    await page.context().close();
  });

  it('searches with typos from the header box and links to the question page', async () => {
    const { page, failures } = await open('index.html');
    await page.locator('.search-box input[name="q"]').fill('gradiant desent');
    await page.locator('.search-box button').click();
    await page.waitForURL(/search\.html\?q=gradiant/);
    const first = page.locator('#search-results li a').first();
    await first.waitFor();
    expect(await first.textContent()).toContain('step size');
    expect(await page.locator('#search-status').textContent()).toContain('also searched');
    await first.click();
    await page.waitForURL(/q\/gd-step-size\.html$/);
    expect(await page.locator('h1').textContent()).toContain('step size');
    expect(failures).toEqual([]);
    await page.context().close();
  });
});
