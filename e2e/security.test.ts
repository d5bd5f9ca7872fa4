// End-to-end for the request guard in Debian Chromium against the real server: a page on a second origin tries
// every cheap way to grade, undo and reset (no-cors fetches with text/plain, a form post, a JSON fetch that needs
// a preflight), and a rebinding host name (evil.example mapped to 127.0.0.1) tries to read and reset. Nothing
// changes, and the app itself still grades from its own page.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPage, startServe, type ServerProcess } from './harness.js';

let server: ServerProcess;
let browser: Browser;
let evil: Server;
let evilUrl = '';

interface ExportDoc {
  reviewLog: { questionId: string; undone: boolean }[];
  settings: Record<string, unknown>;
}
const exportDoc = async () => (await (await fetch(`${server.url}/api/progress/export`)).json()) as ExportDoc;
const live = async () => (await exportDoc()).reviewLog.filter((r) => !r.undone).length;

/** The attacker's page: it fires every request it can at the app and reports what it could observe. */
const attackPage = (target: string) => `<!doctype html><html><body>
<form id="f" method="POST" action="${target}/api/review/undo" target="sink"><input name="x" value="1"></form>
<iframe name="sink"></iframe>
<script>
(async () => {
  const t = '${target}';
  const results = [];
  const tryFetch = async (name, url, init) => {
    try { const r = await fetch(url, init); results.push(name + ':' + r.type + ':' + r.status); }
    catch (e) { results.push(name + ':blocked'); }
  };
  await tryFetch('grade', t + '/api/review', { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain; application/json' }, body: JSON.stringify({ questionId: 'q-one', rating: 1, uid: 'evil-1' }) });
  await tryFetch('reset', t + '/api/progress/reset', { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body: '{"confirm":true}' });
  await tryFetch('settings', t + '/api/settings', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: '{"newPerDay":99}' });
  await tryFetch('json-reset', t + '/api/progress/reset', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"confirm":true}' });
  document.getElementById('f').submit();
  setTimeout(() => { document.title = 'done:' + results.join(','); }, 500);
})();
</script></body></html>`;

beforeAll(async () => {
  server = await startServe('test/fixtures/vaults/web-study');
  const port = Number(new URL(server.url).port);
  browser = await launchChromium(['--host-resolver-rules=MAP evil.example 127.0.0.1, MAP attacker.example 127.0.0.1']);
  evil = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(attackPage(`http://127.0.0.1:${port}`));
  });
  await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', () => resolve()));
  evilUrl = `http://attacker.example:${(evil.address() as AddressInfo).port}/`;
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await new Promise((resolve) => evil?.close(resolve));
});

describe('another origin and a rebinding host name', { timeout: 60_000 }, () => {
  it('a page on another origin changes nothing', async () => {
    const next = (await (await fetch(`${server.url}/api/review/next`)).json()) as { card: { questionId: string } };
    const graded = await fetch(`${server.url}/api/review`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ questionId: next.card.questionId, rating: 3, uid: 'own-1' }),
    });
    expect(graded.status).toBe(201);
    const before = await exportDoc();
    const { context, page } = await openPage(browser);
    await page.goto(evilUrl);
    await page.waitForFunction('document.title.startsWith("done:")', undefined, { timeout: 20_000 });
    const title = await page.title();
    // The no-cors requests leave opaque responses the page cannot read; the JSON ones fail their preflight.
    expect(title).toContain('json-reset:blocked');
    expect(title).toContain('settings:blocked');
    await page.waitForTimeout(300);
    await context.close();
    const after = await exportDoc();
    expect(after.reviewLog).toEqual(before.reviewLog);
    expect(after.settings).toEqual(before.settings);
    expect(await live()).toBe(1);
  });

  it('a rebinding host name reads nothing and resets nothing', async () => {
    const port = new URL(server.url).port;
    const { context, page } = await openPage(browser);
    const res = await page.goto(`http://evil.example:${port}/`);
    expect(res?.status()).toBe(421);
    const status = await page.evaluate(
      `fetch('/api/progress/reset', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"confirm":true}' }).then((r) => r.status)`,
    );
    expect(status).toBe(421);
    const read = await page.evaluate(`fetch('/api/progress/export').then((r) => r.status)`);
    expect(read).toBe(421);
    await context.close();
    expect(await live()).toBe(1);
  });

  it('the app itself still grades from its own page', async () => {
    const { context, page, problems } = await openPage(browser);
    await page.goto(`${server.url}/review`);
    await page.locator('.review-card').waitFor();
    await page.keyboard.press('Space');
    await page.locator('.grade-bar').waitFor();
    await page.keyboard.press('3');
    await page.locator('.review-scope', { hasText: '· 1 reviewed' }).waitFor();
    await context.close();
    expect(problems).toEqual([]);
    expect(await live()).toBe(2);
  });
});
