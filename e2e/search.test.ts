// End-to-end: search results on a vault whose titles and answers are full of markup (<img onerror>, <script>,
// event handlers, quotes, &), and queries made of markup, in Debian Chromium against the real server. The
// injected markup must stay text: no element from it appears and none of its handlers runs.

import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { evalIn, type ServerProcess } from './harness.js';
import { useBrowserSuite } from './browser-suite.js';

let server: ServerProcess;
let page: Page;

// The suite also fails a test that leaves a console or page error (a CSP violation from injected script would).
useBrowserSuite('test/fixtures/vaults/web-search-hostile', (s) => ({ server, page } = s));

/** Elements inside the result list that are not the page's own (links, chips, <mark>, formula spans…). */
const INJECTED = `[...document.querySelectorAll('#search-results img, #search-results script, #search-results b, #search-results [onerror], #search-results [onmouseover]')].length`;

describe('search with hostile titles and queries', { timeout: 90_000 }, () => {
  it.each(['gradient', '<img src=x onerror=window.pwned=9>', '<script>window.pwned=8</script> gradient', '"quotes" & image'])(
    'shows %j results as text, never as markup',
    async (q) => {
      await page.goto(`${server.url}/search?q=${encodeURIComponent(q)}`);
      await page.locator('#search-results li').first().waitFor();
      expect(await evalIn<number>(page, INJECTED)).toBe(0);
      expect(await evalIn<unknown>(page, 'window.pwned')).toBeUndefined();
      const text = await page.locator('#search-results').innerText();
      expect(text).toMatch(/<img src=x onerror=|<script>window\.pwned=4<\/script>/);
      // The only markup in a result is the app's own: highlighted words.
      expect(await page.locator('#search-results mark').count()).toBeGreaterThan(0);
    },
  );
});
