// Shared e2e plumbing: start the real `mlprep serve` as a child process on a free port, and launch Debian's
// Chromium through playwright-core (never a downloaded browser). A missing /usr/bin/chromium is an error with
// instructions, not a skip: CI installs it, so a silent skip would hide a broken pipeline.

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CHROMIUM = process.env.MLPREP_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  url: string;
  data: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** Runs `node bin/mlprep.js serve` and resolves once it prints its URL (the UI build may run first). */
export async function startServe(
  content: string,
  timeoutMs = 150_000,
  data = mkdtempSync(path.join(os.tmpdir(), 'mlprep-e2e-data-')),
  env: Readonly<Record<string, string>> = {},
): Promise<ServerProcess> {
  const port = await freePort();
  // Progress goes to a fresh folder per server (or the one given, to restart on the same data), never the user's.
  const child: ChildProcess = spawn(
    process.execPath,
    ['bin/mlprep.js', 'serve', '--port', String(port), '--content', content, '--data', data],
    { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } },
  );
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`mlprep serve did not start within ${timeoutMs} ms:\n${out}`)), timeoutMs);
    const check = () => {
      if (out.includes(`${url}/`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`mlprep serve exited with ${code}:\n${out}`));
    });
  });
  return {
    url,
    data,
    output: () => out,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** `extraArgs` adds Chromium switches, e.g. `--host-resolver-rules` to point a made-up name at 127.0.0.1. */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `The e2e tests need Chromium at ${CHROMIUM} (Debian: apt-get install chromium), or MLPREP_CHROMIUM=/path/to/chromium. Never run "npx playwright install".`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: [...ARGS, ...extraArgs] });
}

/** Evaluate a browser-side expression given as a string: this tsconfig has no DOM types, on purpose. */
export function evalIn<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate(expression) as Promise<T>;
}

/** A fresh context (light theme, 1280x900 unless overridden) and page that records console and page errors. */
export async function openPage(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ colorScheme: 'light', viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return { context, page, problems };
}
