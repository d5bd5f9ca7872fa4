// The review screen fits: after reveal, on a laptop (1280x800) and a phone (375x812), the key-point checklist
// and the grade buttons are on screen without scrolling, even for an answer several screens long (the
// web-review-fit vault), and the grade bar stays on screen while the answer is scrolled. On a phone the header
// is one row and its Menu button opens every navigation item on screen.

import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { evalIn, type ServerProcess } from './harness.js';
import { useBrowserSuite } from './browser-suite.js';

let server: ServerProcess;
let page: Page;
let problems: string[] = [];
let _browser: Browser;
let _context: BrowserContext;

useBrowserSuite('test/fixtures/vaults/web-review-fit', (s) => ({ server, browser: _browser, context: _context, page, problems } = s));

interface Box {
  top: number;
  bottom: number;
}
/** Viewport-relative boxes of the key points, the grade dock, the answer and the viewport height. */
const layout = () =>
  evalIn<{ keyPoints: Box; dock: Box; answer: Box; height: number }>(
    page,
    `(() => {
      const box = (sel) => { const r = document.querySelector(sel).getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; };
      return { keyPoints: box('.key-points'), dock: box('.grade-dock'), answer: box('#review-answer'), height: window.innerHeight };
    })()`,
  );

describe('the review screen fits', { timeout: 60_000 }, () => {
  for (const [name, width, height] of [
    ['laptop', 1280, 800],
    ['phone', 375, 812],
  ] as const) {
    it(`on a ${name} (${width}x${height}) the key points and grade buttons show after reveal without scrolling`, async () => {
      await page.setViewportSize({ width, height });
      await page.goto(`${server.url}/review?scope=questions:long-backprop`);
      await page.locator('.review-card').waitFor();
      expect(await page.locator('.review-card').getAttribute('data-question')).toBe('long-backprop');
      await page.keyboard.press('Space');
      await page.locator('.key-points').waitFor();

      const at = await layout();
      // The answer really is long: taller than the screen, else this test proves nothing.
      expect(at.answer.bottom - at.answer.top).toBeGreaterThan(at.height);
      expect(at.keyPoints.top).toBeGreaterThanOrEqual(0);
      expect(at.keyPoints.bottom).toBeLessThanOrEqual(at.dock.top + 1);
      expect(at.dock.top).toBeGreaterThanOrEqual(0);
      expect(at.dock.bottom).toBeLessThanOrEqual(at.height + 1);
      for (const label of ['Again', 'Hard', 'Good', 'Easy']) {
        await expect.poll(() => page.getByRole('button', { name: new RegExp(`^${label} ?, next review in`) }).isVisible()).toBe(true);
      }
      expect(await page.locator('.key-point').count()).toBe(5);

      // Scrolled to the middle of the answer, the grade bar is still on screen at the bottom.
      await evalIn(page, `window.scrollTo(0, document.querySelector('#review-answer').offsetTop + 800)`);
      const scrolled = await layout();
      expect(scrolled.keyPoints.bottom).toBeLessThan(0);
      expect(scrolled.dock.top).toBeGreaterThanOrEqual(0);
      expect(scrolled.dock.bottom).toBeLessThanOrEqual(scrolled.height + 1);
      expect(Math.abs(scrolled.dock.bottom - scrolled.height)).toBeLessThan(2);

      await page.keyboard.press('3');
      await page.locator('.review-scope', { hasText: '· 1 reviewed' }).waitFor();
      expect(problems).toEqual([]);
    });
  }

  it('on a phone the header is one row and the Menu button shows all eleven nav items on screen; Esc closes it', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`${server.url}/`);
    const menu = page.getByRole('button', { name: 'Menu' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#main-nav a').first().isVisible()).toBe(false);
    const headerHeight = await evalIn<number>(page, `document.querySelector('.site-header').getBoundingClientRect().height`);
    expect(headerHeight).toBeLessThan(812 * 0.09);

    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    const boxes = await evalIn<{ left: number; right: number; top: number; bottom: number }[]>(
      page,
      `[...document.querySelectorAll('#main-nav a')].map((a) => { const r = a.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, bottom: r.bottom }; })`,
    );
    expect(boxes).toHaveLength(11);
    for (const b of boxes) {
      expect(b.left).toBeGreaterThanOrEqual(0);
      expect(b.right).toBeLessThanOrEqual(375);
      expect(b.top).toBeGreaterThanOrEqual(0);
      expect(b.bottom).toBeLessThanOrEqual(812);
    }
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');

    await menu.click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.waitForURL(`${server.url}/settings`);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(problems).toEqual([]);
  });
});
