// Screenshot review for the prep pages: `npx tsx e2e/prep-screenshots.ts [vault]` serves a vault (default: the
// real content/) on a fresh data folder, seeds some progress through the API (a pinned path, a few grades,
// ticks, one finished mock), then saves paths, a path, checklists, the mock set-up, a running and a revealed
// question, the report and tips in light and dark at 1280 px and 375 px into test-results/screenshots/prep/.
// Not a test: look at the images.

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium, REPO, startServe } from './harness.js';

const vault = process.argv[2] ?? 'content';
const out = path.join(REPO, 'test-results', 'screenshots', 'prep');
await mkdir(out, { recursive: true });
const server = await startServe(vault);
const api = async <T>(method: string, url: string, body?: unknown): Promise<T> => {
  const res = await fetch(server.url + url, {
    method,
    headers: { 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
};

// Seed: pin the first path, study part of its first step, tick two items, and finish one 3-question mock.
const paths = await api<{ id: string }[]>('GET', '/api/paths');
await api('PUT', '/api/paths/active', { pathId: paths[0]!.id });
for (let i = 0; i < 6; i++) {
  const next = await api<{ card: { questionId: string } | null }>('GET', `/api/review/next?scope=path:${paths[0]!.id}:1`);
  if (!next.card) break;
  await api('POST', '/api/review', { questionId: next.card.questionId, rating: i % 3 === 0 ? 1 : 3 });
}
const lists = await api<{ items: { id: string }[] }[]>('GET', '/api/checklists');
for (const item of lists[0]!.items.slice(0, 2)) await api('PUT', `/api/checklists/items/${item.id}`, { ticked: true });
const opts = await api<{ options: { formats: { id: string }[]; focuses: { id: string }[] } }>('GET', '/api/mock');
for (const seed of [1, 2]) {
  const m = await api<{ id: string; questions: { keyPoints: string[] }[] }>('POST', '/api/mock', {
    format: opts.options.formats[0]!.id,
    focus: opts.options.focuses[0]!.id,
    questions: 3,
    seed,
  });
  for (const [index, q] of m.questions.entries()) {
    const checked = q.keyPoints.map((_, k) => k).filter((k) => (k + index + seed) % 3 !== 0);
    await api('POST', `/api/mock/${m.id}/answers`, {
      index,
      durationMs: 60_000 * (index + 2),
      keyPointsChecked: index === 1 ? [] : checked,
    });
  }
  await api('POST', `/api/mock/${m.id}/finish`);
}
const finished = (await api<{ history: { id: string }[] }>('GET', '/api/mock')).history[0]!.id;
const running = await api<{ id: string }>('POST', '/api/mock', {
  format: opts.options.formats[0]!.id,
  focus: opts.options.focuses[0]!.id,
  minutes: 30,
  seed: 7,
});

const browser = await launchChromium();
try {
  for (const width of [1280, 375]) {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({
        viewport: { width, height: width > 500 ? 900 : 812 },
        colorScheme: scheme,
        deviceScaleFactor: 1,
      });
      const page = await context.newPage();
      page.on('console', (m) => m.type() === 'error' && console.error(`console (${width} ${scheme}): ${m.text()}`));
      const shot = async (name: string, url: string | null, fullPage = true) => {
        if (url) {
          await page.goto(server.url + url);
          await page.getByRole('heading', { level: 1 }).first().waitFor();
        }
        await page.waitForTimeout(200);
        await page.screenshot({ path: path.join(out, `${name}-${width}-${scheme}.png`), fullPage });
      };
      await shot('home', '/');
      await shot('paths', '/paths');
      await shot('path', `/paths/${paths[0]!.id}`);
      await shot('checklists', '/checklists');
      await shot('mock-setup', '/mock');
      await shot('mock-running', `/mock/${running.id}`, false);
      await page.getByRole('button', { name: 'Reveal the answer' }).click();
      await page.locator('.key-points').scrollIntoViewIfNeeded();
      await shot('mock-revealed', null, false);
      await shot('mock-report', `/mock/${finished}`);
      await shot('tips', '/tips');
      await context.close();
    }
  }
  console.log(`screenshots in ${path.relative(REPO, out)}`);
} finally {
  await browser.close();
  await server.stop();
}
