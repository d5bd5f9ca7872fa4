// End-to-end for the study engine: the real server on the web-study fixture vault (8 questions, fresh progress
// folder), driven by Debian Chromium: review by keyboard, undo, the dashboard, a reload mid-session, scopes, and a
// round trip of progress through export, reset and import. One server serves the file, but each test starts from
// empty progress (reset through the API) and seeds what it needs, on a study clock that MLPREP_NOW starts at noon
// UTC: the tests pass in any order and at any hour, also when the real clock crosses midnight mid-run.
// Every test also fails on any console or page error (a CSP violation would show up there).

import { existsSync, readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { evalIn, type ServerProcess } from './harness.js';
import { useBrowserSuite } from './browser-suite.js';

let server: ServerProcess;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: string[] = [];

interface ExportDoc {
  cards: { questionId: string }[];
  reviewLog: { uid: string; questionId: string; durationMs: number | null; undone: boolean }[];
}
const exportDoc = async () => (await (await fetch(`${server.url}/api/progress/export`)).json()) as ExportDoc;
const stat = (name: string) => page.locator(`.dashboard [data-stat="${name}"]`).innerText();
const sessionText = () => page.locator('.review-scope').innerText();
const shownId = () => page.locator('.review-card').getAttribute('data-question');
/** Waits until the session line says `n reviewed`. */
const waitReviewed = (n: number) => page.locator('.review-scope', { hasText: `· ${n} reviewed` }).waitFor();

useBrowserSuite(
  'test/fixtures/vaults/web-study',
  (s) => ({ server, browser, context, page, problems } = s),
  { acceptDownloads: true },
  {
    MLPREP_NOW: '2026-03-01T12:00:00Z',
  },
);

const post = async (url: string, body: unknown) => {
  const res = await fetch(`${server.url}${url}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.ok, `${url}: ${res.status} ${await res.clone().text()}`).toBe(true);
  return res.json() as Promise<unknown>;
};

/** Grades the next `n` cards of the whole collection Good through the API, as a past session would have. */
async function seedReviews(n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const next = (await (await fetch(`${server.url}/api/review/next?scope=all`)).json()) as { card: { questionId: string } | null };
    expect(next.card).not.toBeNull();
    await post('/api/review', { questionId: next.card!.questionId, rating: 3, durationMs: 1000, uid: `seed-${i}` });
  }
}

beforeEach(async () => {
  await post('/api/progress/reset', { confirm: true });
  expect((await exportDoc()).cards).toEqual([]);
});

describe('studying in the browser', { timeout: 60_000 }, () => {
  it('reviews five cards by keyboard alone, undoes one with z, and the dashboard shows it', async () => {
    await page.goto(`${server.url}/`);
    expect(await stat('reviewed')).toBe('0');
    expect(await stat('studied')).toMatch(/^0 of 8/);

    await page.goto(`${server.url}/review`);
    await page.locator('.review-card').waitFor();
    const seen: string[] = [];
    for (let i = 1; i <= 5; i++) {
      const id = (await shownId())!;
      seen.push(id);
      await page.keyboard.press('Space');
      await page.locator('.grade-bar').waitFor();
      const good = page.getByRole('button', { name: /^Good ?, next review in \d+(m|h|d)$/ });
      expect(await good.innerText()).toMatch(/^Good\s*, next review in\s*·\s*\d+(m|h|d)\s*3$/);
      await page.keyboard.press('3');
      await waitReviewed(i);
    }
    expect(new Set(seen).size).toBe(5);
    const log = (await exportDoc()).reviewLog;
    expect(log.map((r) => r.questionId)).toEqual(seen);
    expect(log.every((r) => typeof r.durationMs === 'number' && r.uid.length > 0)).toBe(true);

    await page.keyboard.press('z');
    await waitReviewed(4);
    expect(await shownId()).toBe(seen[4]);
    expect((await exportDoc()).reviewLog.filter((r) => !r.undone)).toHaveLength(4);

    await page.goto(`${server.url}/`);
    await page.locator('.dashboard .stat-grid').waitFor();
    expect(await stat('reviewed')).toBe('4');
    expect(await stat('studied')).toMatch(/^4 of 8/);
    await page.getByRole('img', { name: 'Reviews per day, last 90 days: 4 reviews on 1 of 90 days.' }).waitFor();
  });

  it('an undo pressed while the next card is still loading is carried out once it has loaded', async () => {
    await page.goto(`${server.url}/review`);
    await page.locator('.review-card').waitFor();
    const first = await shownId();
    await page.keyboard.press('Space');
    await page.locator('.grade-bar').waitFor();
    // Hold the next card back, so that z comes after the grade is saved but before the next card is on screen.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/review/next?*', async (route) => {
      await held;
      await route.continue();
    });
    await page.keyboard.press('3');
    await waitReviewed(1);
    await page.keyboard.press('z');
    release();
    await waitReviewed(0);
    await page.locator(`.review-card[data-question="${first}"]`).waitFor();
    await page.unroute('**/api/review/next?*');
    const log = (await exportDoc()).reviewLog;
    expect(log).toHaveLength(1);
    expect(log[0]!.undone).toBe(true);
  });

  it('a reload mid-session keeps the card, the scratch answer, the ticks and the tally', async () => {
    await page.goto(`${server.url}/review`);
    await page.locator('.review-card').waitFor();
    await page.keyboard.press('Space');
    await page.keyboard.press('3');
    await waitReviewed(1);
    const id = await shownId();
    await page.locator('#scratch').fill('my draft answer');
    await page.reload();
    await page.locator('.review-card').waitFor();
    expect(await shownId()).toBe(id);
    expect(await page.locator('#scratch').inputValue()).toBe('my draft answer');
    expect(await sessionText()).toContain('1 reviewed');

    await page.locator('#review-q-title').focus();
    await page.keyboard.press('Space');
    await page.locator('.key-point input').first().check();
    await page.reload();
    await page.locator('.key-points').waitFor();
    expect(await shownId()).toBe(id);
    expect(await page.locator('.key-point input').first().isChecked()).toBe(true);
    expect(await page.locator('.own-answer-now').innerText()).toContain('my draft answer');
    await page.locator('.key-point input').first().focus();
    await page.keyboard.press('1'); // digits still grade while a key-point checkbox has focus
    await waitReviewed(2);
  });

  it('a scope from the URL limits the session, and a bad one says why', async () => {
    await page.goto(`${server.url}/review?scope=part:02:2`);
    await page.locator('.review-card').waitFor();
    expect(await shownId()).toBe('p-value');
    expect(await sessionText()).toContain('Probability & Statistics, Part 2');
    await page.goto(`${server.url}/review?scope=topics:99`);
    await page.getByRole('alert').filter({ hasText: 'Unknown topic "99"' }).waitFor();
    problems.splice(0, problems.length, ...problems.filter((p) => !p.includes('status of 400')));
  });

  it('settings save; export, reset (with a backup) and import round-trip through the UI', async () => {
    await seedReviews(6);
    await page.goto(`${server.url}/settings`);
    await page.getByLabel('New cards per day').fill('12');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    const before = await exportDoc();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Export progress/ }).click()]);
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, 'utf8')) as ExportDoc;
    expect(exported.reviewLog).toEqual(before.reviewLog);

    await page.getByRole('button', { name: 'Reset progress…' }).click();
    await page.getByRole('dialog').getByText('A backup copy').waitFor();
    await page.getByRole('button', { name: 'Reset and keep a backup' }).click();
    const backup = await page.locator('.backup-path').innerText();
    expect(existsSync(backup)).toBe(true);
    await page.keyboard.press('Escape');
    expect((await exportDoc()).cards).toEqual([]);
    expect(await page.getByLabel('New cards per day').inputValue()).toBe('20');

    await page.locator('input[type="file"]').setInputFiles(file);
    await page
      .getByRole('status')
      .filter({ hasText: `: ${before.cards.length} cards added` })
      .waitFor();
    expect(before.cards).toHaveLength(6);
    const after = await exportDoc();
    expect(after.cards).toEqual(before.cards);
    expect(after.reviewLog).toEqual(before.reviewLog);
    await page.locator('input[type="file"]').setInputFiles(file);
    await page
      .getByRole('status')
      .filter({ hasText: /0 cards added, 0 updated, 0 reviews added/ })
      .waitFor();

    await page.goto(`${server.url}/`);
    await page.locator('.dashboard .stat-grid').waitFor();
    expect(await stat('studied')).toMatch(/^6 of 8/);
    expect(await evalIn<number>(page, 'document.querySelectorAll(".mastery-table .topic-row").length')).toBe(2);
  });
});
