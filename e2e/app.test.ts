// End-to-end: the real server (`mlprep serve` on the web-demo fixture vault) driven by Debian Chromium.
// Every test also fails on any console error or page error, which is how a CSP violation would show up.

import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { evalIn, type ServerProcess } from './harness.js';
import { useBrowserSuite } from './browser-suite.js';

let server: ServerProcess;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: string[] = [];

useBrowserSuite('test/fixtures/vaults/web-demo', (s) => ({ server, browser, context, page, problems } = s));

describe('mlprep in the browser', { timeout: 60_000 }, () => {
  it('home -> topic -> reveal an answer: KaTeX renders, code has a copy button', async () => {
    await page.goto(`${server.url}/`);
    await page
      .getByRole('link', { name: /Math Foundations/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Math Foundations' }).waitFor();
    const answer = page.locator('#a-gd-step-size');
    expect(await answer.isHidden()).toBe(true);
    await page
      .locator('#q-gd-step-size')
      .getByRole('button', { name: /Show answer/ })
      .click();
    await answer.locator('.katex').first().waitFor();
    expect(await answer.locator('.katex').count()).toBeGreaterThan(0);
    expect(await page.locator('.katex-error').count()).toBe(0);
    expect(await answer.locator('pre.shiki').count()).toBe(1);
    expect(await answer.getByRole('button', { name: /Copy code/ }).count()).toBe(1);
  });

  it('search with a misspelt word finds the right question, with highlighted matches', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('/');
    expect(await evalIn<string>(page, 'document.activeElement?.id')).toBe('site-search');
    await page.keyboard.type('eigendecompositon');
    const first = page.locator('#search-results a.result-link').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toBe('/q/eigen-decomposition');
    expect(await page.locator('#search-results mark').count()).toBeGreaterThan(0);
    await page.keyboard.press('ArrowDown');
    expect(await evalIn<string>(page, "document.activeElement?.getAttribute('href')")).toBe('/q/eigen-decomposition');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /eigendecomposition/ }).waitFor();
  });

  it('a deep link /q/:id works and shows sections after reveal', async () => {
    const res = await page.goto(`${server.url}/q/bayes-rule`);
    expect(res?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: /Bayes/ }).waitFor();
    await page.getByRole('button', { name: /Show answer/ }).click();
    await page.getByRole('heading', { name: 'Key points' }).waitFor();
    expect(await page.locator('a[rel="next"]').getAttribute('href')).toBe('/q/bias-variance');
    const missing = await page.goto(`${server.url}/q/no-such-question`);
    expect(missing?.status()).toBe(404);
    await page.getByRole('heading', { name: 'Not found' }).waitFor();
    // The two expected 404s (the page and its API call) are logged by the browser; nothing else may be.
    problems.splice(0, problems.length, ...problems.filter((p) => !p.includes('status of 404')));
  });

  it('dark mode toggles and persists across a reload', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.reload();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.getByRole('button', { name: 'Switch to light theme' }).waitFor();
    const bg = await evalIn<string>(page, 'getComputedStyle(document.body).backgroundColor');
    expect(bg).toBe('rgb(15, 17, 23)');
  });

  it('keyboard only: Tab reaches a reveal button, Enter reveals; j and r work', async () => {
    await page.goto(`${server.url}/t/01`);
    await page.getByRole('heading', { level: 1, name: 'Math Foundations' }).waitFor();
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await evalIn<boolean>(page, "document.activeElement?.classList.contains('reveal') ?? false");
    }
    expect(reached).toBe(true);
    const controls = await evalIn<string>(page, "document.activeElement?.getAttribute('aria-controls')");
    await page.keyboard.press('Enter');
    expect(await page.locator(`#${controls}`).isVisible()).toBe(true);
    expect(await evalIn<string>(page, 'getComputedStyle(document.activeElement).outlineStyle')).not.toBe('none');
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('j');
    const focused = await evalIn<string>(page, 'document.activeElement?.id');
    expect(focused).toMatch(/^q-/);
    await page.keyboard.press('r');
    expect(await page.locator(`#${focused!.replace(/^q-/, 'a-')}`).isVisible()).toBe(true);
  });
});
