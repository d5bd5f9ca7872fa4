// `mlprep export pdf`: a topic printed to PDF by Chromium with the app's print stylesheet (styles/print.css). It
// starts the app server in-process on a free loopback port with a throwaway progress folder (printing must not
// touch the user's progress), opens the topic page with every answer shown, and prints with print media.
// Chromium is Debian's (/usr/bin/chromium, or MLPREP_CHROMIUM) through playwright-core: never a downloaded one.

import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../server/start-server.js';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export class PrintError extends Error {
  override name = 'PrintError';
}

export interface PrintOptions {
  content: string;
  topicId: string;
  chromium?: string;
  /** Each stage as it starts: its name, its number (1-based) and the number of stages. */
  onStep?: (step: string, n: number, total: number) => void;
}

export async function printTopicPdf({ content, topicId, chromium: exe, onStep }: PrintOptions): Promise<Uint8Array> {
  const executable = exe ?? process.env.MLPREP_CHROMIUM ?? DEFAULT_CHROMIUM;
  if (!existsSync(executable))
    throw new PrintError(`Chromium not found at ${executable}: install it (apt install chromium) or set MLPREP_CHROMIUM.`);
  const data = await mkdtemp(path.join(os.tmpdir(), 'mlprep-print-'));
  onStep?.('starting the app', 1, 4);
  const server = await startServer({ content, host: '127.0.0.1', port: 0, data, log: () => {} });
  try {
    if (!server.build.content.topics.some((t) => t.id === topicId))
      throw new PrintError(`--topic: no topic ${topicId} (topics: ${server.build.content.topics.map((t) => t.id).join(', ')})`);
    onStep?.('starting Chromium', 2, 4);
    const browser = await chromium.launch({ executablePath: executable, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage();
      // Every answer open from the first render, without relying on `beforeprint` reaching the page in time.
      await page.addInitScript({ content: "localStorage.setItem('mlprep.showAll', 'true')" });
      onStep?.('rendering the topic', 3, 4);
      await page.goto(new URL(`t/${encodeURIComponent(topicId)}`, server.url).href, { waitUntil: 'networkidle' });
      await page.waitForSelector('article.topic');
      await page.evaluate('document.fonts.ready.then(() => true)');
      await page.emulateMedia({ media: 'print' });
      onStep?.('printing', 4, 4);
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        margin: { top: '16mm', bottom: '16mm', left: '14mm', right: '14mm' },
        outline: true,
        tagged: true,
      });
      return new Uint8Array(pdf);
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
    await rm(data, { recursive: true, force: true });
  }
}
