// Crash-safety check for the progress store: `npx tsx scripts/crash-safety.ts [sessions]` (100 by default, on the
// real collection); a short run on a fixture vault is test/crash-safety.test.ts, part of `npm test`.
// Starts the real `mlprep serve`, drives review sessions through the HTTP API, and SIGKILLs the server at a random
// moment in each session (often while requests are in flight). After every restart it checks that every review
// the server answered with 2xx is in the database (by its client uid) and that `PRAGMA integrity_check` returns
// ok. It also fails when the server is not doing its job: any HTTP error answer, or a session that ends before
// it reached its number of acknowledged grades (a server answering every request with a 500 stores nothing and
// so loses nothing: that must not pass). Prints the counts; exits 1 on any problem.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { freePort, REPO } from '../e2e/harness.js';
import { pathToFileURL } from 'node:url';
import { seededRandom } from '../src/core/schedule/index.js';

export interface CrashSafetyOptions {
  sessions: number;
  /** Vault to serve (the real collection by default). */
  vault?: string;
  /** Most acknowledged grades before the kill, per session (30 by default). */
  maxAcks?: number;
  log?: (line: string) => void;
}

export interface CrashSafetyResult {
  sessions: number;
  kills: number;
  attempted: number;
  acknowledged: number;
  stored: number;
  lost: number;
  integrity: string;
  /** Everything that went wrong; empty when the run passed. */
  problems: string[];
  summary: string;
}

export async function runCrashSafety(opts: CrashSafetyOptions): Promise<CrashSafetyResult> {
  const SESSIONS = opts.sessions;
  const VAULT = opts.vault ?? path.join(REPO, 'content');
  const log = opts.log ?? (() => {});
  const data = mkdtempSync(path.join(os.tmpdir(), 'mlprep-crash-'));
  const rnd = seededRandom(20261129);
  const problems: string[] = [];

  async function start(): Promise<{ child: ChildProcess; url: string }> {
    const port = await freePort();
    const child = spawn(process.execPath, ['bin/mlprep.js', 'serve', '--port', String(port), '--content', VAULT, '--data', data], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const url = `http://127.0.0.1:${port}`;
    let out = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 120_000);
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes(`${url}/`)) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
      child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
    });
    return { child, url };
  }

  const acknowledged = new Set<string>();
  let attempted = 0;
  let failedRequests = 0;
  /** A non-2xx answer from a live server is an error (a refused connection after the kill is not). */
  const httpError = (what: string, res: Response) => problems.push(`${what} answered ${res.status}`);

  /** Grades continuously until the server dies; resolves with how many grades it sent. */
  async function session(url: string, state: { acks: number; dead: boolean; ended: boolean }): Promise<void> {
    // Enough new cards per day that the queue never runs dry during the run.
    const settings = await fetch(`${url}/api/settings`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ newLimit: 1000 }),
    });
    if (!settings.ok) httpError('PUT /api/settings', settings);
    while (!state.dead) {
      const nextRes = await fetch(`${url}/api/review/next`);
      if (!nextRes.ok) return void httpError('GET /api/review/next', nextRes);
      const next = (await nextRes.json()) as { card: { questionId: string } | null };
      if (!next.card) return void problems.push('the review queue ran dry: use a bigger vault or fewer grades per session');
      const uid = `s${attempted}-${Math.floor(rnd() * 1e9)}`;
      attempted++;
      const res = await fetch(`${url}/api/review`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ questionId: next.card.questionId, rating: 1 + Math.floor(rnd() * 4), durationMs: 1000, uid }),
      });
      if (res.status >= 200 && res.status < 300) {
        acknowledged.add(uid);
        state.acks++;
      } else return void httpError('POST /api/review', res);
    }
  }

  function verify(): { reviews: number; missing: string[]; integrity: string } {
    const db = new Database(path.join(data, 'progress.sqlite'), { readonly: true });
    try {
      const uids = new Set(db.prepare('SELECT uid FROM review_log').pluck().all() as string[]);
      return {
        reviews: uids.size,
        missing: [...acknowledged].filter((u) => !uids.has(u)),
        integrity: String(db.pragma('integrity_check', { simple: true })),
      };
    } finally {
      db.close();
    }
  }

  let kills = 0;
  for (let s = 0; s < SESSIONS; s++) {
    const { child, url } = await start();
    // Kill after a random number of acknowledged grades (1–30), then a random 0–15 ms more, so that the kill often
    // lands while a grade is being written or answered.
    const state = { acks: 0, dead: false, ended: false };
    const target = 1 + Math.floor(rnd() * (opts.maxAcks ?? 30));
    const running = session(url, state)
      .catch(() => {
        failedRequests++;
      })
      .finally(() => (state.ended = true));
    while (state.acks < target && !state.ended && child.exitCode === null) await new Promise((r) => setTimeout(r, 1));
    await new Promise((r) => setTimeout(r, Math.floor(rnd() * 15)));
    child.kill('SIGKILL');
    kills++;
    await running;
    state.dead = true;
    if (child.exitCode === null && child.signalCode === null) await new Promise((r) => child.once('exit', r));
    if (state.acks < target) problems.push(`session ${s}: only ${state.acks} of ${target} grades acknowledged before the kill`);
    const v = verify();
    if (v.missing.length > 0 || v.integrity !== 'ok') {
      problems.push(`session ${s}: ${v.missing.length} acknowledged reviews missing, integrity_check: ${v.integrity}`);
      break;
    }
    if (problems.length > 0) break;
    if ((s + 1) % 10 === 0)
      log(`after ${s + 1} sessions: ${acknowledged.size} acknowledged reviews, ${v.reviews} stored, 0 missing, integrity ok`);
  }
  const final = verify();
  if (acknowledged.size === 0) problems.push('no grade was acknowledged');
  const summary = `crash-safety: ${SESSIONS} sessions, ${kills} SIGKILLs, ${attempted} grades sent, ${acknowledged.size} acknowledged (2xx), ${final.reviews} stored, ${final.missing.length} lost, integrity_check ${final.integrity}; ${failedRequests} sessions cut off by the kill; ${problems.length} problems`;
  rmSync(data, { recursive: true, force: true });
  return {
    sessions: SESSIONS,
    kills,
    attempted,
    acknowledged: acknowledged.size,
    stored: final.reviews,
    lost: final.missing.length,
    integrity: final.integrity,
    problems,
    summary,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runCrashSafety({ sessions: Number(process.argv[2] ?? 100), log: (l) => console.log(l) });
  console.log(result.summary);
  for (const p of result.problems.slice(0, 10)) console.error(p);
  process.exit(result.problems.length === 0 ? 0 : 1);
}
