// End-to-end for "study from where you are" and the computed related questions, on the web-prep fixture vault:
// a topic page's "Review this topic" / "Review this part" open a review of that scope, a question page's "Add to
// review now" puts a never-studied question first in the queue (and Undo takes it back), and "More like this"
// lists computed neighbours with their topic under a revealed answer.

import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ServerProcess } from './harness.js';
import { useBrowserSuite } from './browser-suite.js';

let server: ServerProcess;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: string[] = [];

useBrowserSuite('test/fixtures/vaults/web-prep', (s) => ({ server, browser, context, page, problems } = s));

describe('studying from a topic or a question page', { timeout: 90_000 }, () => {
  it('opens a review of the topic or of one part from the topic page', async () => {
    await page.goto(`${server.url}/t/02`);
    await page.getByRole('link', { name: 'Review this topic' }).click();
    await page.waitForURL(/\/review\?scope=topics(:|%3A)02$/);
    await page.locator('.review-card').waitFor();
    expect(await page.locator('.review-crumb').innerText()).toMatch(/^Probability/);
    await page.goto(`${server.url}/t/01`);
    await page.getByRole('link', { name: /^Review this part ?: Part 1$/ }).click();
    await page.waitForURL(/\/review\?scope=part(:|%3A)01(:|%3A)1$/);
    await page.locator('.review-card').waitFor();
    expect(await page.locator('.review-crumb').innerText()).toContain('Part 1');
  });

  it('adds a never-studied question to the front of the review, and undoes it', async () => {
    await page.goto(`${server.url}/q/bias-variance`);
    await page.getByRole('button', { name: 'Add to review now' }).click();
    await page.getByRole('status').filter({ hasText: 'it comes first in your next review' }).waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('status').filter({ hasText: 'Taken back' }).waitFor();
    const exported = (await (await fetch(`${server.url}/api/progress/export`)).json()) as { cards: unknown[] };
    expect(exported.cards).toEqual([]);
    await page.getByRole('button', { name: 'Add to review now' }).click();
    await page.getByRole('link', { name: 'Review now' }).click();
    await page.locator('.review-card').waitFor();
    expect(await page.locator('.review-card').getAttribute('data-question')).toBe('bias-variance');
  });

  it('lists computed related questions with their topic under the revealed answer', async () => {
    await page.goto(`${server.url}/q/gd-step-size`);
    await page.getByRole('button', { name: /Show answer/ }).click();
    const similar = page.locator('#answer .section-similar');
    await similar.getByRole('heading', { name: 'More like this' }).waitFor();
    const items = await similar.locator('li').allInnerTexts();
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((t) => / · \S/.test(t))).toBe(true);
  });
});
