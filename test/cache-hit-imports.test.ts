// A start, `stats` and `check` from a warm cache must not load the markdown stack (issue 15): the parser, KaTeX
// and Shiki are most of a cold process's import time, and only a cache miss needs them. The child processes run
// with a loader hook that logs every module they load, so this sees what really loads, dynamic imports included.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, startServe } from '../e2e/harness.js';
import { buildContent } from '../src/node/content-cache.js';
import { ensureWebBuilt } from '../src/node/web-build.js';

const VAULT = path.join(REPO, 'test/fixtures/vaults/web-demo');
/** Modules that belong to parsing and rendering only. */
const RENDER_STACK = [
  /\/node_modules\/(remark-[^/]+|unified|micromark[^/]*|mdast-util-[^/]+|katex|shiki|@shikijs\/[^/]+|rehype-[^/]+|yaml)\//,
  /\/src\/core\/(parse\/markdown|parse\/parse-vault|validate\/index|render\/index|render\/create-highlighter)\.ts$/,
];

let tmp: string;
const env = () => ({ ...process.env, MLPREP_CACHE_DIR: path.join(tmp, 'cache'), NO_COLOR: '1' });

function loaded(log: string): string[] {
  return readFileSync(log, 'utf8').split('\n').filter(Boolean);
}

function renderModules(urls: string[]): string[] {
  return urls.filter((u) => RENDER_STACK.some((re) => re.test(u)));
}

/** Runs the CLI with the import log on, and returns its output and every module it loaded. */
function cli(args: string[], name: string) {
  const log = path.join(tmp, `${name}.log`);
  const r = spawnSync(process.execPath, ['--import', './test/helpers/record-imports.mjs', 'bin/mlprep.js', ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...env(), MLPREP_IMPORT_LOG: log },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, modules: loaded(log) };
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'mlprep-imports-'));
  await ensureWebBuilt();
}, 300_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a warm cache does not load the parser', () => {
  it('stats and check: the first run parses, the second answers from the cache with the same output', () => {
    const cold = cli(['stats', '--json', '--content', VAULT], 'stats-cold');
    expect(cold.status).toBe(0);
    // The hook sees the parser when it is loaded: without this the test below could pass on a broken hook.
    expect(renderModules(cold.modules).length).toBeGreaterThan(5);
    const warm = cli(['stats', '--json', '--content', VAULT], 'stats-warm');
    expect(warm.status).toBe(0);
    expect(warm.stdout).toBe(cold.stdout);
    expect(renderModules(warm.modules)).toEqual([]);
    expect(warm.modules.some((u) => u.endsWith('/src/node/content-cache.ts'))).toBe(true);

    const check = cli(['check', '--content', VAULT], 'check-warm');
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/^checked \d+ files in \d+ ms: /m);
    expect(check.stdout).toContain('check passed');
    expect(renderModules(check.modules)).toEqual([]);
  });

  it('serve: a start from a built cache loads no parser, KaTeX or Shiki, and serves the content', async () => {
    await buildContent(VAULT, path.join(tmp, 'cache'));
    const log = path.join(tmp, 'serve.log');
    const server = await startServe(VAULT, 120_000, mkdtempSync(path.join(tmp, 'data-')), {
      ...env(),
      NODE_OPTIONS: '--import ./test/helpers/record-imports.mjs',
      MLPREP_IMPORT_LOG: log,
    });
    try {
      expect(server.output()).toMatch(/from cache|cache hit/);
      const health = await fetch(`${server.url}/api/health`);
      expect(health.status).toBe(200);
      const { topics } = (await (await fetch(`${server.url}/api/topics`)).json()) as { topics: { id: string }[] };
      expect(topics.length).toBeGreaterThan(0);
      const page = await fetch(`${server.url}/api/topics/${topics[0]!.id}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<p>');
      const modules = loaded(log);
      expect(modules.some((u) => u.includes('/node_modules/hono/'))).toBe(true);
      expect(renderModules(modules)).toEqual([]);
    } finally {
      await server.stop();
    }
  }, 180_000);
});
