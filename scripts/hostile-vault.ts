// Hostile-vault run: builds a vault whose notes attack the parser (deep nesting, emphasis floods, a 5 MB note,
// a 200,000-character line, a symlink and a FIFO) and whose examples attack the runner (a child holding stderr,
// a setsid daemon, 6 GiB, a 200 MB stderr flood, a 1 GB file), then runs `check --run-examples` and `serve` on it
// as a user would. Both must finish within the budget with file:line diagnostics, and no example process may
// survive. Prints the figures; exits 1 when a budget is missed or a process is left behind.
//   npx tsx scripts/hostile-vault.ts [--budget-s 150]

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeHostileVault } from '../test/helpers/hostile-vault.js';
import { taggedPids } from '../src/node/runner/sweep.js';

const i = process.argv.indexOf('--budget-s');
const BUDGET_MS = (i > 0 ? Number(process.argv[i + 1]) : 150) * 1000;
const REPO = path.resolve(import.meta.dirname, '..');

interface Ran {
  code: number | null;
  out: string;
  ms: number;
  overBudget: boolean;
  /** Stops the process (a server still running after `until` matched). */
  stop: () => void;
}

/** Runs the CLI until it exits, or until its output matches `until` (the server is then left running). */
function run(args: string[], until?: RegExp): Promise<Ran> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['bin/mlprep.js', ...args], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let done = false;
    const stop = () => child.kill('SIGKILL');
    const finish = (code: number | null, overBudget = false, keep = false) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (!keep) stop();
      resolve({ code, out, ms: performance.now() - t0, overBudget, stop });
    };
    const timer = setTimeout(() => finish(null, true), BUDGET_MS);
    const onData = (d: Buffer) => {
      out += d.toString();
      if (until && until.test(out)) finish(0, false, true);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => finish(code));
  });
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'mlprep-hostile-'));
const data = mkdtempSync(path.join(os.tmpdir(), 'mlprep-hostile-data-'));
let failed = false;
try {
  writeHostileVault(dir, true);
  const check = await run(['check', '--run-examples', '--no-cache', '--content', dir]);
  const diagnostics = check.out.split('\n').filter((l) => /^\S+\.md:\d+\s/.test(l));
  const examples = /examples: (\d+) passed, (\d+) failed/.exec(check.out);
  await new Promise((r) => setTimeout(r, 500));
  // Processes of this user still carrying a runner tag: leftovers of an example.
  const left = (await taggedPids()).length;
  console.log(
    `check --run-examples: exit ${check.code} in ${(check.ms / 1000).toFixed(1)} s (budget ${BUDGET_MS / 1000} s); ` +
      `${diagnostics.length} file:line diagnostics; examples ${examples?.[1] ?? '?'} passed, ${examples?.[2] ?? '?'} failed; ` +
      `${left} example processes left`,
  );
  for (const d of diagnostics) console.log(`  ${d.slice(0, 160)}`);
  if (check.overBudget || left > 0 || check.code !== 1 || diagnostics.length < 7) failed = true;

  const serve = await run(['serve', '--port', '0', '--content', dir, '--data', data], /http:\/\/127\.0\.0\.1:\d+\//);
  const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(serve.out)?.[0];
  const health = url ? await fetch(`${url}api/health`).then((r) => r.json() as Promise<{ questions: number }>) : null;
  serve.stop();
  console.log(
    `serve: ${url ? `ready in ${(serve.ms / 1000).toFixed(1)} s` : 'did not start'}; /api/health questions=${health?.questions ?? '?'}; ` +
      `content errors reported: ${/(\d+) content errors/.exec(serve.out)?.[1] ?? 0}`,
  );
  if (!url || serve.overBudget || !health || health.questions < 1) failed = true;
} finally {
  rmSync(dir, { recursive: true, force: true });
  rmSync(data, { recursive: true, force: true });
}
console.log(failed ? 'hostile-vault run FAILED' : 'hostile-vault run passed');
process.exit(failed ? 1 : 0);
