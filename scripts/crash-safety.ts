// Crash-safety check for the progress store (run by hand: `npx tsx scripts/crash-safety.ts [sessions]`).
// Starts the real `mlprep serve` on a small vault, drives review sessions through the HTTP API, and SIGKILLs the
// server at a random moment in each session (often while requests are in flight). After every restart it checks
// that every review the server answered with 2xx is in the database (by its client uid) and that
// `PRAGMA integrity_check` returns ok. Prints the counts; exits 1 on any lost review or integrity failure.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { freePort, REPO } from '../e2e/harness.js';
import { seededRandom } from '../src/core/schedule/index.js';

const SESSIONS = Number(process.argv[2] ?? 100);
const VAULT = path.join(REPO, 'content');
const data = mkdtempSync(path.join(os.tmpdir(), 'mlprep-crash-'));
const rnd = seededRandom(20261129);

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

/** Grades continuously until the server dies; resolves with how many grades it sent. */
async function session(url: string, state: { acks: number; dead: boolean; ended: boolean }): Promise<void> {
  // Enough new cards per day that the queue never runs dry during the run.
  await fetch(`${url}/api/settings`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ newLimit: 1000 }),
  });
  while (!state.dead) {
    const next = (await (await fetch(`${url}/api/review/next`)).json()) as { card: { questionId: string } | null };
    if (!next.card) return;
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
    }
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
let worst = 0;
for (let s = 0; s < SESSIONS; s++) {
  const { child, url } = await start();
  // Kill after a random number of acknowledged grades (1–30), then a random 0–15 ms more, so that the kill often
  // lands while a grade is being written or answered.
  const state = { acks: 0, dead: false, ended: false };
  const target = 1 + Math.floor(rnd() * 30);
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
  const v = verify();
  worst = Math.max(worst, v.missing.length);
  if (v.missing.length > 0 || v.integrity !== 'ok') {
    console.error(`session ${s}: ${v.missing.length} acknowledged reviews missing, integrity_check: ${v.integrity}`);
    process.exit(1);
  }
  if ((s + 1) % 10 === 0)
    console.log(`after ${s + 1} sessions: ${acknowledged.size} acknowledged reviews, ${v.reviews} stored, 0 missing, integrity ok`);
}
const final = verify();
console.log(
  `crash-safety: ${SESSIONS} sessions, ${kills} SIGKILLs, ${attempted} grades sent, ${acknowledged.size} acknowledged (2xx), ${final.reviews} stored, ${final.missing.length} lost, integrity_check ${final.integrity}; ${failedRequests} sessions cut off by the kill`,
);
process.exit(final.missing.length === 0 && final.integrity === 'ok' ? 0 : 1);
