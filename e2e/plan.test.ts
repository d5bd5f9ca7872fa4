// End-to-end for the interview plan (issue 30): the real server on the web-study fixture vault (8 questions,
// fresh progress folder) and Debian Chromium. Set an interview date two weeks out on the home page, study the
// day's plan from "Study today's plan", and see the forecast on the home page move. Fails on any console error.

import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ServerProcess } from './harness.js';
import { useBrowserSuite } from './browser-suite.js';

let server: ServerProcess;
let page: Page;
let problems: string[] = [];
let browser: Browser;
let context: BrowserContext;

useBrowserSuite('test/fixtures/vaults/web-study', (s) => ({ server, browser, context, page, problems } = s));

/** The local date `days` from now, YYYY-MM-DD (the server runs in the same zone as this test). */
function dateIn(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const percentOf = async (testId: string) => Number((await page.getByTestId(testId).innerText()).replace(/\s*%$/, ''));

describe('planning to an interview date', { timeout: 120_000 }, () => {
  it('sets a date, studies the day, and the forecast moves', async () => {
    await page.goto(`${server.url}/`);
    const form = page.locator('.interview-plan form');
    await form.waitFor();
    await form.getByLabel('Interview date').fill(dateIn(14));
    await form.getByLabel('Scope').fill('all');
    await form.getByLabel('Minutes a day').fill('15');
    await form.getByRole('button', { name: 'Save plan' }).click();
    await page.getByTestId('days-left').waitFor();
    expect(await page.getByTestId('days-left').innerText()).toBe('14 days');
    expect(await percentOf('recall-if-stopped')).toBe(0);
    const followed = await percentOf('recall-on-day');
    expect(followed).toBeGreaterThan(0);
    await page.getByRole('img', { name: /^Expected recall on the day rises from 0 % today to \d+ % with 14 days of the plan/ }).waitFor();
    const plan = (await (await fetch(`${server.url}/api/plan`)).json()) as { today: { newCount: number } };
    expect(plan.today.newCount).toBeGreaterThan(0);

    // Study the day's new questions through the planned queue.
    await page.getByRole('link', { name: "Study today's plan" }).click();
    await page.waitForURL(/\/review\?scope=plan$/);
    for (let i = 1; i <= plan.today.newCount; i++) {
      await page.locator('.review-card').waitFor();
      await page.keyboard.press('Space');
      await page.locator('.grade-bar').waitFor();
      await page.keyboard.press('3');
      await page.locator('.review-scope', { hasText: `· ${i} reviewed` }).waitFor();
    }

    await page.goto(`${server.url}/`);
    await page.getByTestId('days-left').waitFor();
    expect(await percentOf('recall-if-stopped')).toBeGreaterThan(0);
    const after = (await (await fetch(`${server.url}/api/plan`)).json()) as {
      today: { newCount: number; studied: number };
      expectedRecallIfStopped: number;
    };
    expect(after.today.studied).toBe(plan.today.newCount);
    expect(after.today.newCount).toBeLessThan(plan.today.newCount);
    expect(after.expectedRecallIfStopped).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
