// End-to-end for the coding exercises: the real server (its request guard on, as always) on the exercise-valid
// fixture vault, driven by Debian Chromium. The user opens the list, opens the exercise, replaces the starter in
// the CodeMirror editor, runs the visible tests with Ctrl-Enter, submits, and sees every test pass and the
// exercise marked solved; the draft survives a reload. A cross-site request to the run route is refused.

import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ServerProcess } from './harness.js';
import { useBrowserSuite } from './browser-suite.js';

let server: ServerProcess;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: string[] = [];

useBrowserSuite('test/fixtures/vaults/exercise-valid', (s) => ({ server, browser, context, page, problems } = s));

const SOLUTION = 'def gradient_step(a, x, lr):\n    return float(x - lr * a * x)\n';

describe('solving an exercise in the browser', { timeout: 180_000 }, () => {
  it('types a solution, runs it, submits it and sees every test pass', async () => {
    await page.goto(`${server.url}/exercises`);
    await page.getByRole('link', { name: 'One gradient-descent step on a quadratic' }).click();
    await page.locator('.cm-content').waitFor();
    expect(await page.locator('.cm-content').innerText()).toContain('raise NotImplementedError');
    // Replace the starter: select all, then type (CodeMirror auto-indents, so insert the text as one paste).
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(SOLUTION);
    await page.keyboard.press('Control+Enter');
    await page.getByRole('heading', { name: 'Visible tests: 1/1 passed' }).waitFor({ timeout: 120_000 });
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByRole('heading', { name: 'Hidden tests: 2/2 passed' }).waitFor({ timeout: 120_000 });
    expect(await page.locator('.results .test-passed').count()).toBe(2);
    await page.getByText('Solved: every hidden test passed.').waitFor();
    expect(await page.getByTestId('exercise-status').innerText()).toBe('solved');
    expect(await page.locator('.solution').innerText()).toContain('return float(x - lr * a * x)');
    // The draft was autosaved: a reload shows the typed code, not the starter.
    await page.getByText('Draft saved').waitFor();
    await page.reload();
    await page.locator('.cm-content').waitFor();
    expect(await page.locator('.cm-content').innerText()).toContain('return float(x - lr * a * x)');
    // The list shows it solved.
    await page.goto(`${server.url}/exercises`);
    await page.locator('.status-solved').waitFor();
    // CodeMirror writes one inline style attribute while it takes keyboard input (its hidden input helper); the
    // app's CSP (style-src 'self', no 'unsafe-inline') blocks it, which is the policy working, and editing is
    // unaffected, as this test shows. Drop exactly that report; any other console error still fails the test.
    const blocked = /^console: Applying inline style violates the following Content Security Policy directive 'style-src 'self''/;
    const kept = problems.filter((p) => !blocked.test(p));
    expect(problems.length - kept.length).toBeLessThanOrEqual(2);
    problems.splice(0, problems.length, ...kept);
  });

  it('refuses a run requested by another site', async () => {
    const res = await fetch(`${server.url}/api/exercises/01-gradient-step/run`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' },
      body: JSON.stringify({ code: SOLUTION }),
    });
    expect(res.status).toBe(403);
  });
});
