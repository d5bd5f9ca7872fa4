// End-to-end for card management: the real server on the web-study fixture vault (8 questions in topics 01 and
// 02, fresh progress folder), driven by Debian Chromium. In order on one server: flag and suspend a card from
// review, find it on the card browser, filter, shift-click a range, bulk-suspend a filtered selection and undo it.
// Every test also fails on any console or page error (a CSP violation, e.g. an inline style, would show there).

import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { CardListResponse } from '../src/core/api/card-types.js';
import { type ServerProcess } from './harness.js';
import { useBrowserSuite } from './browser-suite.js';

let server: ServerProcess;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: string[] = [];

useBrowserSuite('test/fixtures/vaults/web-study', (s) => ({ server, browser, context, page, problems } = s));

const cardsApi = async () => ((await (await fetch(`${server.url}/api/cards`)).json()) as CardListResponse).cards;
const shownId = () => page.locator('.review-card').getAttribute('data-question');
const rows = () => page.locator('.card-table tbody tr:not(.spacer)');
let first = '';

describe('managing cards in the browser', { timeout: 90_000 }, () => {
  it('flags and suspends a card from review: it leaves the queue', async () => {
    await page.goto(`${server.url}/review`);
    await page.locator('.review-card').waitFor();
    first = (await shownId())!;
    const bar = page.getByRole('group', { name: 'Manage this card' });
    await bar.getByRole('button', { name: '☆ Flag' }).click();
    await bar.getByRole('button', { name: '★ Flagged' }).waitFor();
    expect(await bar.getByRole('button', { name: '★ Flagged' }).getAttribute('aria-pressed')).toBe('true');
    await bar.getByRole('button', { name: 'Suspend' }).click();
    // A locator, not a string predicate: when its first check fails, Playwright polls a string through eval(),
    // which the app's CSP (no unsafe-eval) rightly refuses.
    await page.locator(`.review-card:not([data-question=${JSON.stringify(first)}])`).waitFor();
    expect(await shownId()).not.toBe(first);
    const row = (await cardsApi()).find((c) => c.id === first)!;
    expect(row).toMatchObject({ flagged: true, suspended: true });
    // The flagged scope holds only the suspended card, so it has nothing to show.
    await page.goto(`${server.url}/review?scope=flagged`);
    await page.locator('.review-summary, [id="summary-title"]').first().waitFor();
    expect(await page.locator('.review-card').count()).toBe(0);
  });

  it('lists every card on the browser page, filters, selects a range, bulk-suspends and undoes', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cards' }).click();
    await page.waitForURL(`${server.url}/cards`);
    await rows().first().waitFor();
    expect(await rows().count()).toBe(8);
    const flaggedRow = page.locator('.card-table tbody tr', { has: page.locator(`a[href="/q/${first}"]`) });
    expect(await flaggedRow.locator('.flags-col').innerText()).toMatch(/Suspended[\s\S]*Flagged/);

    // Filter by state (kept in the URL), then by topic.
    await page.getByLabel('State', { exact: true }).selectOption('flagged');
    await page.waitForURL(`${server.url}/cards?state=flagged`);
    expect(await rows().count()).toBe(1);
    await page.getByLabel('State', { exact: true }).selectOption('');
    await page.getByLabel('Topic', { exact: true }).selectOption('02');
    expect(await rows().count()).toBe(3);
    await page.getByLabel('Text', { exact: true }).fill('p-value');
    expect(await rows().count()).toBe(1);
    await page.getByLabel('Text', { exact: true }).fill('');

    // Shift-click selects the range between two clicks.
    await rows().nth(0).locator('input[type=checkbox]').click();
    await rows()
      .nth(2)
      .locator('input[type=checkbox]')
      .click({ modifiers: ['Shift'] });
    const toolbar = page.getByRole('toolbar', { name: 'Act on the selected cards' });
    expect(await toolbar.innerText()).toContain('3 of 3 shown selected');
    await toolbar.getByRole('button', { name: 'Clear' }).click();
    expect(await toolbar.innerText()).toContain('0 of 3 shown selected');

    // Select all filtered (topic 02) and suspend them in one action.
    await toolbar.getByRole('button', { name: 'Select all 3' }).click();
    await toolbar.getByRole('button', { name: 'Suspend', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Suspended: 3 cards' }).waitFor();
    let api = await cardsApi();
    const firstIn02 = api.find((c) => c.id === first)!.topicId === '02';
    expect(api.filter((c) => c.topicId === '02').every((c) => c.suspended)).toBe(true);
    expect(api.filter((c) => c.suspended)).toHaveLength(firstIn02 ? 3 : 4);
    expect(await rows().locator('.flags-col', { hasText: 'Suspended' }).count()).toBe(3);

    // Undo takes back the whole bulk action, and only it: the card suspended from review stays suspended.
    await toolbar.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('status').filter({ hasText: 'Undid suspend of 3 cards' }).waitFor();
    api = await cardsApi();
    expect(api.filter((c) => c.suspended).map((c) => c.id)).toEqual([first]);
    expect(await rows().locator('.flags-col', { hasText: 'Suspended' }).count()).toBe(firstIn02 ? 1 : 0);
  });

  it('sorts by a column and shows the leech list from the dashboard link', async () => {
    await page.goto(`${server.url}/cards?topic=01`);
    await rows().first().waitFor();
    const header = page.getByRole('columnheader', { name: /Flags/ });
    await header.getByRole('button').click();
    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const firstTopic = (await cardsApi()).find((c) => c.id === first)!.topicId;
    if (firstTopic === '01') expect(await rows().first().locator('a').getAttribute('href')).toBe(`/q/${first}`);
    await page.goto(`${server.url}/cards?state=leech`);
    await page.getByText('No card matches these filters.').waitFor();
    expect(await page.getByLabel('State', { exact: true }).inputValue()).toBe('leech');
  });

  it('keeps a 1,000-card list light: only the rows in view are in the page, and select-all takes every one', async () => {
    // The fixture has 8 questions; the collection's ~1,000 are stood in for by a generated list of the same shape.
    const cards = Array.from({ length: 1000 }, (_, i) => ({
      id: `q-${i}`,
      topicId: String(1 + (i % 13)).padStart(2, '0'),
      topicTitle: 'Topic',
      partNumber: 1,
      title: `Generated question ${i}`,
      difficulty: ['easy', 'medium', 'hard'][i % 3],
      state: 'new',
      due: null,
      stability: null,
      lapses: i % 9,
      reps: 0,
      lastRating: null,
      flagged: false,
      suspended: false,
      buriedUntil: null,
      leech: false,
      states: ['new'],
    }));
    await page.route('**/api/cards', (r) => r.fulfill({ json: { now: Date.now(), cards } }));
    await page.goto(`${server.url}/cards`);
    await rows().first().waitFor();
    expect(await page.locator('.card-table').getAttribute('aria-rowcount')).toBe('1001');
    expect(await rows().count()).toBeLessThan(80);
    await page.getByRole('button', { name: 'Select all 1000' }).click();
    expect(await page.getByRole('toolbar', { name: 'Act on the selected cards' }).innerText()).toContain('1000 of 1000 shown selected');
    await page.locator('.card-table-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    // The last row (in the default topic order) is rendered once scrolled to.
    await page.locator('.card-table tbody tr[aria-rowindex="1001"]').waitFor();
    expect(await rows().count()).toBeLessThan(80);
  });
});
