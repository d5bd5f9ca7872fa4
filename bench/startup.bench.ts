// The build pipeline and the start at the speed of their parts (issue 15). Each figure is printed with the
// baseline it is judged against, measured in the same run, each measurement in a fresh process:
//   cold content build            vs a minimal pipeline: markdown-it + KaTeX (memoised) + Shiki, same files
//   rebuild after one edit        vs the cold build
//   warm start to /api/health 200 vs a bare Hono server answering a static JSON
//   RSS after start               vs the same bare server
//   `stats --json`, `check`       vs the warm start (a warm cache)
// Run: `npx tsx bench/startup.bench.ts [vault]` (also part of `npm run bench`). Never asserts.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort, REPO } from '../e2e/harness.js';
import { ensureWebBuilt } from '../src/node/web-build.js';
import { fmtMs, percentile, report } from './measure.js';

const RUNS = Number(process.env.MLPREP_BENCH_RUNS ?? 3);
const node = process.execPath;
const tsx = ['--import', 'tsx'];

/** Runs one of this file's child modes and returns the number it prints last. */
function child(mode: string, ...args: string[]): number {
  const r = spawnSync(node, [...tsx, path.join(REPO, 'bench/startup-child.ts'), mode, ...args], { encoding: 'utf8', cwd: REPO });
  const last = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !/^\d/.test(last)) throw new Error(`${mode} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return Number(last);
}

function median(values: number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

/** Spawns a server, polls /api/health until 200, returns the time from spawn and the RSS then. */
async function timeToHealth(cmd: string[], port: number, env: NodeJS.ProcessEnv): Promise<{ ms: number; rssKb: number }> {
  const t0 = performance.now();
  const proc: ChildProcess = spawn(node, cmd, { cwd: REPO, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  proc.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  try {
    for (;;) {
      if (proc.exitCode !== null) throw new Error(`server exited with ${proc.exitCode}: ${err}`);
      const ok = await fetch(`http://127.0.0.1:${port}/api/health`)
        .then((r) => r.status === 200)
        .catch(() => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    const ms = performance.now() - t0;
    // RSS once the start's garbage has had a moment to be collected, as a user would see it idle.
    await new Promise((r) => setTimeout(r, 1000));
    const status = await readFile(`/proc/${proc.pid}/status`, 'utf8');
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    return { ms, rssKb };
  } finally {
    proc.kill('SIGTERM');
    await new Promise((r) => (proc.exitCode !== null ? r(null) : proc.once('exit', r)));
  }
}

function timeCli(args: string[], env: NodeJS.ProcessEnv): number {
  const t0 = performance.now();
  const r = spawnSync(node, ['bin/mlprep.js', ...args], { cwd: REPO, env, stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`mlprep ${args.join(' ')} exited with ${r.status}`);
  return performance.now() - t0;
}

const source = path.resolve(process.argv[2] ?? path.join(REPO, 'content'));
console.log(`startup and build (issue 15): ${path.relative(REPO, source) || '.'}, median of ${RUNS} runs, each in a fresh process`);
await ensureWebBuilt();
const tmp = await mkdtemp(path.join(os.tmpdir(), 'mlprep-startup-'));
try {
  // 1. Cold build against the minimal pipeline.
  const base: number[] = [];
  const cold: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    base.push(child('baseline-build', source));
    cold.push(child('mlprep-build', source, path.join(tmp, `cold-${i}`)));
  }
  report('cold content build', median(cold), { label: 'markdown-it+KaTeX+Shiki', value: median(base) }, 'goal ≤ 1.2×');

  // 2. Rebuild after editing one question, in a copy of the vault.
  const copy = path.join(tmp, 'vault');
  await cp(source, copy, { recursive: true });
  const rebuild: number[] = [];
  for (let i = 0; i < RUNS; i++) rebuild.push(child('rebuild-one', copy, path.join(tmp, `edit-${i}`)));
  report('rebuild after one edited question', median(rebuild), { label: 'cold build', value: median(cold) }, 'goal ≤ 5 %');

  // 3-4. Warm start and RSS against a bare Hono server. The cache is warm from step 1's last build.
  const cache = path.join(tmp, `cold-${RUNS - 1}`);
  const data = path.join(tmp, 'data');
  const env = { ...process.env, MLPREP_CACHE_DIR: cache, MLPREP_DATA: data, NO_COLOR: '1' };
  const bareFile = path.join(tmp, 'bare-hono.mjs');
  await writeFile(
    bareFile,
    `import { Hono } from '${path.join(REPO, 'node_modules/hono/dist/index.js')}';\n` +
      `import { serve } from '${path.join(REPO, 'node_modules/@hono/node-server/dist/index.mjs')}';\n` +
      `const app = new Hono();\nconst body = { ok: true, questions: 0 };\napp.get('/api/health', (c) => c.json(body));\n` +
      `serve({ fetch: app.fetch, port: Number(process.argv[2]), hostname: '127.0.0.1' });\n`,
  );
  const bare: { ms: number; rssKb: number }[] = [];
  const warm: { ms: number; rssKb: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    const p1 = await freePort();
    bare.push(await timeToHealth([bareFile, String(p1)], p1, env));
    const p2 = await freePort();
    warm.push(await timeToHealth(['bin/mlprep.js', 'serve', '--content', source, '--port', String(p2), '--data', data], p2, env));
  }
  const warmMs = median(warm.map((w) => w.ms));
  report('warm start to /api/health 200', warmMs, { label: 'bare Hono', value: median(bare.map((b) => b.ms)) }, 'goal ≤ 2×');
  const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
  report(
    'RSS after start',
    median(warm.map((w) => w.rssKb)),
    { label: 'bare Hono', value: median(bare.map((b) => b.rssKb)) },
    'goal ≤ 1.5×',
    mb,
  );

  // 5. The CLI on the same warm cache (the first `stats` writes the summary `check` reads too).
  timeCli(['stats', '--json', '--content', source], env);
  const stats: number[] = [];
  const check: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    stats.push(timeCli(['stats', '--json', '--content', source], env));
    check.push(timeCli(['check', '--content', source], env));
  }
  report('mlprep stats --json (warm cache)', median(stats), { label: 'warm start', value: warmMs }, 'goal ≤ 1×');
  report('mlprep check (warm cache)', median(check), { label: 'warm start', value: warmMs }, 'goal ≤ 1×');
  console.log(
    `(all runs, ms: cold ${cold.map(fmtMs).join(' ')}; baseline ${base.map(fmtMs).join(' ')}; warm ${warm.map((w) => fmtMs(w.ms)).join(' ')})`,
  );
} finally {
  await rm(tmp, { recursive: true, force: true });
}
