// One reveal key everywhere, the `?` shortcut sheet and a per-page "Show all answers", on the web-review-fit
// vault (one topic, two questions): Space and r reveal on the topic page, the question page and in review;
// `?` opens a dialog that Esc closes; "Show all answers" does not follow you to the next page. Hiding works too:
// "Hide answer", the reveal key pressed twice, and switching "Show all answers" off each hide what was shown.

import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ServerProcess } from './harness.js';
import { useBrowserSuite } from './browser-suite.js';

let server: ServerProcess;
let page: Page;
let problems: string[] = [];
let _browser: Browser;
let _context: BrowserContext;

useBrowserSuite('test/fixtures/vaults/web-review-fit', (s) => ({ server, browser: _browser, context: _context, page, problems } = s));

describe('keys and per-page answers', { timeout: 60_000 }, () => {
  it('? opens the shortcut sheet as a dialog and Esc closes it', async () => {
    await page.goto(`${server.url}/t/01`);
    await page.getByRole('heading', { level: 1, name: 'Long Answers' }).waitFor();
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(await sheet.isVisible()).toBe(false);
    await page.keyboard.press('?');
    await sheet.waitFor();
    expect(await sheet.getByText('Grade: Again, Hard, Good, Easy').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'hidden' });
    // Typing ? in a text field types it, and opens nothing.
    await page.locator('#site-search').fill('');
    await page.locator('#site-search').press('?');
    expect(await page.locator('#site-search').inputValue()).toBe('?');
    expect(await sheet.isVisible()).toBe(false);
    expect(problems).toEqual([]);
  });

  it('Space reveals on the topic page and the question page, and r reveals in review', async () => {
    await page.goto(`${server.url}/t/01`);
    await page.locator('#q-long-backprop').waitFor();
    expect(await page.locator('#a-long-backprop').isVisible()).toBe(false);
    await page.locator('#q-long-backprop').focus();
    await page.keyboard.press('Space');
    await page.locator('#a-long-backprop').waitFor();

    await page.goto(`${server.url}/q/short-lr`);
    await page.getByRole('heading', { level: 1, name: /learning rate/ }).waitFor();
    expect(await page.getByText('The step size of gradient descent.').isVisible()).toBe(false);
    await page.keyboard.press('Space');
    await page.getByText('The step size of gradient descent.').waitFor();

    await page.goto(`${server.url}/review?scope=questions:short-lr`);
    await page.locator('.review-card').waitFor();
    await page.locator('#review-q-title').focus();
    await page.keyboard.press('r');
    await page.locator('.key-points').waitFor();
    expect(problems).toEqual([]);
  });

  it('"Show all answers" holds for its page only: the next page and a reload open with answers hidden', async () => {
    await page.goto(`${server.url}/t/01`);
    const toggle = page.getByRole('button', { name: /Show all answers/ });
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await page.locator('#a-short-lr').waitFor();

    await page.goto(`${server.url}/q/short-lr`);
    await page.getByRole('heading', { level: 1, name: /learning rate/ }).waitFor();
    expect(await page.getByText('The step size of gradient descent.').isVisible()).toBe(false);

    await page.goto(`${server.url}/t/01`);
    await page.locator('#q-short-lr').waitFor();
    expect(await page.getByRole('button', { name: /Show all answers/ }).getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('#a-short-lr').isVisible()).toBe(false);
    expect(problems).toEqual([]);
  });

  it('an answer hides again: "Hide answer", r pressed twice, and switching "Show all answers" off', async () => {
    await page.goto(`${server.url}/t/01`);
    const answer = page.locator('#a-short-lr');
    await page
      .locator('#q-short-lr')
      .getByRole('button', { name: /Show answer/ })
      .click();
    await answer.waitFor();
    await page
      .locator('#q-short-lr')
      .getByRole('button', { name: /Hide answer/ })
      .click();
    await answer.waitFor({ state: 'hidden' });
    expect(await page.locator('#q-short-lr .reveal').getAttribute('aria-expanded')).toBe('false');

    await page.goto(`${server.url}/q/short-lr`);
    const text = page.getByText('The step size of gradient descent.');
    await page.getByRole('heading', { level: 1, name: /learning rate/ }).waitFor();
    await page.keyboard.press('r');
    await text.waitFor();
    await page.keyboard.press('r');
    await text.waitFor({ state: 'hidden' });
    expect(await page.getByRole('button', { name: /Show answer/ }).getAttribute('aria-expanded')).toBe('false');

    await page.goto(`${server.url}/t/01`);
    const toggle = page.getByRole('button', { name: /Show all answers/ });
    await toggle.click();
    await page.locator('#a-long-backprop').waitFor();
    await answer.waitFor();
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await answer.waitFor({ state: 'hidden' });
    await page.locator('#a-long-backprop').waitFor({ state: 'hidden' });
    expect(problems).toEqual([]);
  });
});
