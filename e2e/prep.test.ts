// End-to-end for study paths, role checklists, mock interviews and tips: the real server on the web-prep fixture
// vault (fresh data folder) driven by Debian Chromium. Every test also fails on a console or page error, which is
// how a CSP violation (an inline style, say) would show up.

import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ServerProcess } from './harness.js';
import { useBrowserSuite } from './browser-suite.js';

let server: ServerProcess;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: string[] = [];

async function api<T>(method: string, url: string, body?: unknown): Promise<T> {
  const res = await fetch(server.url + url, {
    method,
    headers: { 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`${method} ${url} -> ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

useBrowserSuite('test/fixtures/vaults/web-prep', (s) => ({ server, browser, context, page, problems } = s));

describe('study paths, checklists, mocks and tips in the browser', { timeout: 60_000 }, () => {
  it('pin a path, study its first step, and see the step progress move', async () => {
    await page.goto(`${server.url}/paths`);
    await page.getByRole('button', { name: 'Pin Theory-Heavy' }).click();
    await page.getByRole('button', { name: 'Unpin Theory-Heavy' }).waitFor();
    expect(await page.locator('.pinned .pinned-badge').count()).toBe(1);
    await page.getByRole('button', { name: 'Pin ML Engineer Interview Prep' }).click();
    await page.getByRole('button', { name: 'Unpin ML Engineer Interview Prep' }).waitFor();
    expect(await page.getByRole('button', { name: 'Pin Theory-Heavy' }).isVisible()).toBe(true); // one pin at a time
    expect(await page.locator('.pinned h2').innerText()).toBe('ML Engineer Interview Prep'); // the pinned card is marked
    expect(await page.locator('.pinned-badge').count()).toBe(1);

    await page.getByRole('link', { name: 'ML Engineer Interview Prep', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'ML Engineer Interview Prep' }).waitFor();
    const step1 = page.locator('.step').nth(0);
    expect(await step1.locator('.bar-caption').innerText()).toContain('0% studied');
    expect(await step1.getAttribute('aria-current')).toBe('step');
    expect(await step1.getByRole('link', { name: /Study this step/ }).getAttribute('href')).toBe('/review?scope=path:ml-engineer:1');
    expect(await page.locator('.step-soon').innerText()).toContain('Coming soon');

    // Study the step the way the review page does: ask for the next card in the step's scope and grade it Good.
    const next = await api<{ card: { questionId: string } }>('GET', '/api/review/next?scope=path:ml-engineer:1');
    await api('POST', '/api/review', { questionId: next.card.questionId, rating: 3 });

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'ML Engineer Interview Prep' }).waitFor();
    expect(await page.locator('.step').nth(0).locator('.bar-caption').innerText()).toContain('50% studied');
    expect(await page.getByRole('button', { name: 'Unpin ML Engineer Interview Prep' }).isVisible()).toBe(true);
    expect((await api<{ id: string; active: boolean }[]>('GET', '/api/paths')).filter((p) => p.active).map((p) => p.id)).toEqual([
      'ml-engineer',
    ]);
  });

  it('tick a checklist item, reload, and find it still ticked', async () => {
    await page.goto(`${server.url}/checklists`);
    const box = page.getByRole('checkbox', { name: 'Explain the gradient-descent step size' });
    expect(await box.isChecked()).toBe(false);
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/checklists/items/mle-gd') && r.request().method() === 'PUT');
    await box.check();
    expect((await saved).status()).toBe(200);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Role checklists' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Explain the gradient-descent step size' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: "State Bayes' rule from memory" }).isChecked()).toBe(false);
    expect(await page.locator('.checklist-count').first().innerText()).toContain('1 of 2 ticked');
  });

  it('runs a 3-question mock to its report (surviving a reload) and makes the missed questions due', async () => {
    await page.goto(`${server.url}/mock`);
    await page.getByRole('radio', { name: /Fundamentals/ }).check();
    await page.getByRole('radio', { name: /Research Labs/ }).check();
    await page.getByRole('spinbutton', { name: 'Number of questions' }).fill('3');
    await page.getByRole('radio', { name: 'Questions:' }).check();
    await page.getByRole('spinbutton', { name: /Seed/ }).fill('42');
    await page.getByRole('button', { name: 'Start the interview' }).click();
    await page.waitForURL(/\/mock\/m-/);
    const id = new URL(page.url()).pathname.split('/').pop()!;

    // Question 1: every key point covered. Questions 2 and 3: none, so both are missed.
    for (let i = 0; i < 3; i++) {
      await page.getByText(`Question ${i + 1} of 3`).waitFor();
      expect(await page.getByText('Think aloud.').isVisible()).toBe(true);
      await page.getByRole('textbox', { name: /Notes/ }).fill(`outline ${i + 1}`);
      await page.getByRole('button', { name: 'Reveal the answer' }).click();
      const boxes = page.locator('.key-points input[type=checkbox]');
      expect(await boxes.count()).toBeGreaterThan(0);
      if (i === 0) for (const b of await boxes.all()) await b.check();
      await page.getByRole('button', { name: /^Save and/ }).click();
      if (i === 0) {
        await page.getByText('Question 2 of 3').waitFor();
        await page.reload(); // the answer is stored: the mock resumes at question 2
      }
    }
    await page.getByRole('heading', { level: 1, name: 'Mock report' }).waitFor();
    expect(await page.locator('.stats tbody tr').count()).toBe(3);
    expect(await page.locator('.stats .chip-hard').count()).toBe(2);
    // The notes typed during the interview are in the report, in question order, as typed.
    expect(await page.locator('.mock-notes .mock-note-text').allInnerTexts()).toEqual(['outline 1', 'outline 2', 'outline 3']);

    const mock = await api<{ answers: { notes: string }[]; report: { missed: string[] } }>('GET', `/api/mock/${id}`);
    expect(mock.answers.map((a) => a.notes)).toEqual(['outline 1', 'outline 2', 'outline 3']);
    expect(mock.report.missed).toHaveLength(2);
    await page.getByRole('button', { name: 'Add these to review' }).click();
    await page.getByRole('status').filter({ hasText: 'Added 2 to your review' }).waitFor();

    const next = await api<{ card: { questionId: string; isNew: boolean } | null }>(
      'GET',
      `/api/review/next?scope=questions:${mock.report.missed.join(',')}`,
    );
    expect(mock.report.missed).toContain(next.card?.questionId);
    expect(next.card?.isNew).toBe(false);

    await page.goto(`${server.url}/mock`);
    await page.locator('.score-chart svg').waitFor();
    expect(await page.locator('.score-chart figcaption').innerText()).toMatch(/Scores over time, oldest first: .*\d+%/);
  });

  it('renders the interview tips note at /tips, with resolved links and no raw HTML', async () => {
    await page.goto(`${server.url}/tips`);
    await page.getByRole('heading', { level: 1, name: 'Interview tips' }).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'During the interview' }).isVisible()).toBe(true);
    expect(await page.locator('.note-body a.wikilink[href="/t/01#part-0"]').count()).toBe(1);
    expect(await page.locator('.note-body .katex').count()).toBeGreaterThan(0);
    expect(await page.locator('.note-body script').count()).toBe(0);
  });
});
