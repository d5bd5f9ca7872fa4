// End-to-end: pictures in answers, on the pictures-valid vault in Debian Chromium. The mermaid diagram is inline
// SVG whose text takes the theme's text colour in light and in dark (the variables come from our stylesheet, the
// strict CSP forbids the diagram's own styles); the figure loads from /figures/ on a white card and links to the
// full-size SVG; Enlarge opens the diagram in a modal dialog that Escape closes; at phone width nothing makes
// the page scroll sideways. Any console error (a CSP violation included) fails the test (browser-suite.ts).

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSuite } from './browser-suite.js';
import { evalIn, type ServerProcess } from './harness.js';

let server: ServerProcess;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: string[] = [];

useBrowserSuite('test/fixtures/vaults/pictures-valid', (s) => ({ server, browser, context, page, problems } = s));

async function openAnswer(): Promise<void> {
  await page.goto(`${server.url}/q/residual-block`);
  await page.getByRole('button', { name: /Show answer/ }).click();
  await page.locator('figure.diagram svg').waitFor();
}

const textColour = () => evalIn<string>(page, "getComputedStyle(document.querySelector('figure.diagram text')).fill");
const themeText = () => evalIn<string>(page, 'getComputedStyle(document.body).color');

describe('pictures in the browser', { timeout: 90_000 }, () => {
  it('shows the diagram in the theme colours and the figure from /figures/, with alt text', async () => {
    await openAnswer();
    const svg = page.getByRole('img', { name: 'A residual block adds its input to the output of two layers' });
    expect((await svg.boundingBox())!.width).toBeGreaterThan(200);
    expect(await textColour()).toBe(await themeText());
    const img = page.getByRole('img', { name: 'A straight line rising from 1 to 3' });
    await expect.poll(() => img.evaluate((el) => (el as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(100);
    expect(await page.locator('a.figure-link').getAttribute('href')).toBe('/figures/01-line.svg');
    const light = await textColour();
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await textColour()).toBe(await themeText());
    expect(await textColour()).not.toBe(light);
    expect(await evalIn<string>(page, "getComputedStyle(document.querySelector('a.figure-link')).backgroundColor")).toBe(
      'rgb(255, 255, 255)',
    );
    expect(problems).toEqual([]);
  });

  it('Enlarge opens the diagram full size in a dialog that Escape closes', async () => {
    await openAnswer();
    await page.getByRole('button', { name: /^Enlarge diagram: A residual block/ }).click();
    const dialog = page.getByRole('dialog', { name: 'A residual block adds its input to the output of two layers' });
    await dialog.waitFor();
    expect((await dialog.locator('svg').boundingBox())!.width).toBeGreaterThan(800);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('fits a 375 px screen without sideways scrolling', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await openAnswer();
    expect(await evalIn<number>(page, 'document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    expect((await page.locator('img.figure-img').boundingBox())!.width).toBeLessThanOrEqual(375);
  });
});
