// Concurrency check for the progress store: `npx tsx scripts/concurrency.ts`; a short run is
// test/concurrency.test.ts, part of `npm test`.
// One real `mlprep serve` takes grades from several concurrent HTTP clients (two tabs, and more), each request
// sent twice as a client retry would; at the same time a second process writes to the same database directly
// through ProgressStore, as the CLI would. Afterwards every acknowledged review must be stored exactly once and
// each question's history must chain (a review's "before" state is the previous review's "after"): no update
// lost, none applied twice. It also fails when the server is not doing its job: every grade must be acknowledged
// (201, or 200 with `duplicate` for the retry), any other answer is an error, and the direct writer must exit 0.
// Prints the counts; exits 1 on any violation.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { pathToFileURL } from 'node:url';
import { freePort, REPO } from '../e2e/harness.js';
import { createScheduler } from '../src/core/schedule/index.js';
import { asQuestionId } from '../src/core/model/index.js';
import { ProgressStore } from '../src/node/store/progress-store.js';

const VAULT = path.join(REPO, 'test/fixtures/vaults/web-demo');

if (process.argv[2] === '--writer' && process.argv[1]?.endsWith('concurrency.ts')) {
  // The second process: grades the same questions directly in the database.
  const [, , , dir, idsArg, countArg] = process.argv;
  const store = ProgressStore.inDir(dir!);
  const scheduler = createScheduler({ retention: 0.9, fuzz: true });
  const ids = idsArg!.split(',');
  for (let i = 0; i < Number(countArg); i++)
    store.grade({ questionId: asQuestionId(ids[i % ids.length]!), rating: 3, uid: `cli-${i}` }, scheduler, Date.now());
  store.close();
  process.exit(0);
}

export interface ConcurrencyOptions {
  clients: number;
  perClient: number;
  cliGrades: number;
}

export interface ConcurrencyResult {
  acknowledged: number;
  duplicatesSeen: number;
  stored: number;
  /** Everything that went wrong; empty when the run passed. */
  problems: string[];
  summary: string;
}

export async function runConcurrency(opts: ConcurrencyOptions): Promise<ConcurrencyResult> {
  const { clients: CLIENTS, perClient: PER_CLIENT, cliGrades: CLI_GRADES } = opts;
  const errors: string[] = [];
  const data = mkdtempSync(path.join(os.tmpdir(), 'mlprep-conc-'));
  const port = await freePort();
  const server = spawn(process.execPath, ['bin/mlprep.js', 'serve', '--port', String(port), '--content', VAULT, '--data', data], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await new Promise<void>((resolve) => {
    let out = '';
    server.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes(`${url}/`)) resolve();
    });
  });

  const topics = (await (await fetch(`${url}/api/topics`)).json()) as { topics: { id: string }[] };
  const ids: string[] = [];
  for (const t of topics.topics) {
    const detail = (await (await fetch(`${url}/api/topics/${t.id}`)).json()) as { parts: { questions: { id: string }[] }[] };
    for (const p of detail.parts) for (const q of p.questions) ids.push(q.id);
  }

  const acked = new Set<string>();
  let duplicatesSeen = 0;
  async function client(c: number): Promise<void> {
    for (let i = 0; i < PER_CLIENT; i++) {
      const uid = `tab${c}-${i}`;
      const body = JSON.stringify({ questionId: ids[(c + i) % ids.length], rating: 1 + ((c + i) % 4), uid });
      const send = () => fetch(`${url}/api/review`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const [a, b] = await Promise.all([send(), send()]); // the same request twice, as a retry after a timeout would
      for (const r of [a, b]) {
        if (r.ok) acked.add(uid);
        else errors.push(`POST /api/review ${uid} answered ${r.status}`);
        if (((await r.json()) as { duplicate?: boolean }).duplicate) duplicatesSeen++;
      }
    }
  }
  const writer = new Promise<number>((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'scripts/concurrency.ts', '--writer', data, ids.join(','), String(CLI_GRADES)],
      { cwd: REPO, stdio: 'inherit' },
    );
    child.once('exit', (code) => resolve(code ?? 1));
  });
  const t0 = performance.now();
  const [writerExit] = await Promise.all([writer, ...Array.from({ length: CLIENTS }, (_, c) => client(c))]);
  const seconds = (performance.now() - t0) / 1000;
  server.kill('SIGTERM');

  const db = new Database(path.join(data, 'progress.sqlite'), { readonly: true });
  const rows = db.prepare('SELECT uid, question_id, state_before, state_after FROM review_log WHERE undone = 0 ORDER BY id').all() as {
    uid: string;
    question_id: string;
    state_before: string | null;
    state_after: string;
  }[];
  const uids = rows.map((r) => r.uid);
  const problems: string[] = [...errors.slice(0, 20)];
  if (errors.length > 20) problems.push(`${errors.length - 20} more error answers`);
  if (acked.size !== CLIENTS * PER_CLIENT) problems.push(`${acked.size} of ${CLIENTS * PER_CLIENT} grades acknowledged over HTTP`);
  if (writerExit !== 0) problems.push(`the direct-DB writer exited with ${writerExit}`);
  if (new Set(uids).size !== uids.length) problems.push('a uid is stored twice');
  for (const u of acked) if (!uids.includes(u)) problems.push(`acknowledged review ${u} is missing`);
  const expected = acked.size + CLI_GRADES;
  if (rows.length !== expected) problems.push(`${rows.length} reviews stored, expected ${expected}`);
  const last = new Map<string, string>();
  for (const r of rows) {
    const prev = last.get(r.question_id) ?? null;
    if (r.state_before !== prev) problems.push(`history of ${r.question_id} does not chain at ${r.uid}`);
    last.set(r.question_id, r.state_after);
  }
  const cards = db.prepare('SELECT count(*) FROM cards').pluck().get() as number;
  const integrity = String(db.pragma('integrity_check', { simple: true }));
  if (integrity !== 'ok') problems.push(`integrity_check: ${integrity}`);
  db.close();
  rmSync(data, { recursive: true, force: true });
  return {
    acknowledged: acked.size,
    duplicatesSeen,
    stored: rows.length,
    problems,
    summary: `concurrency: ${CLIENTS} HTTP clients x ${PER_CLIENT} grades (each sent twice) + 1 direct-DB process x ${CLI_GRADES} grades in ${seconds.toFixed(1)} s; ${acked.size} acknowledged over HTTP, ${duplicatesSeen} retries recognised as duplicates, ${rows.length} reviews stored over ${cards} cards, ${problems.length} problems, integrity_check ${integrity}`,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href && process.argv[2] !== '--writer') {
  const result = await runConcurrency({ clients: 4, perClient: 60, cliGrades: 150 });
  console.log(result.summary);
  for (const p of result.problems.slice(0, 10)) console.error(p);
  process.exit(result.problems.length === 0 ? 0 : 1);
}
