// Runs one exercise test file against a submission through the one sandboxed runner (src/node/runner): the
// submission is written as `submission.py` and the tests as `tests.py` or `hidden_tests.py` into the run's fresh
// folder, the harness (harness.ts) is fed on stdin, and the per-test results come back on the private fd-3
// channel, never from stdout. Whatever the submission does (loop, fork, allocate, flood, exit, hang on to a pipe),
// the result is a list with one line per test in source order and, when the run itself went wrong, a `problem`
// sentence that says what happened.

import os from 'node:os';
import { runSandboxed } from '../runner/run-sandboxed.js';
import type { RunLimits } from '../runner/limits.js';
import { harnessCode } from './harness.js';

export type Suite = 'visible' | 'hidden';
export type TestStatus = 'passed' | 'failed' | 'timeout' | 'not-run';

export interface TestOutcome {
  name: string;
  /** The test's one-line docstring. */
  doc: string;
  status: TestStatus;
  message: string | null;
  /** `submission.py:12: return x` — where the failure was raised, when known. */
  where: string | null;
  /** What the test printed (the head, capped). */
  output: string;
  outputTruncated: boolean;
  ms: number;
}

export interface ExerciseRun {
  suite: Suite;
  ok: boolean;
  passed: number;
  total: number;
  tests: TestOutcome[];
  /** A run-level problem (timeout, crash, import error), or null. */
  problem: string | null;
  /** The tail of what reached the real stdout and stderr (os.write, children, interpreter errors). */
  log: string;
  timedOut: boolean;
  ms: number;
}

export interface ExerciseRunRequest {
  executable: string;
  submission: string;
  testsSource: string;
  suite: Suite;
  /** Wall clock for the whole file (default 30 s). */
  timeoutMs?: number;
  /** Per test (default 10 s). */
  testTimeoutS?: number;
  limits?: Partial<RunLimits>;
  /** Folders to hide from the code on top of the user's home (e.g. the progress data folder). */
  hide?: readonly string[];
  /** Characters of each test's output to keep (default 2000). */
  outputCap?: number;
}

export const MODULE_OF: Record<Suite, string> = { visible: 'tests', hidden: 'hidden_tests' };
export const EXERCISE_LIMITS: Partial<RunLimits> = { memoryMb: 3072, extraProcesses: 32, fileSizeMb: 16 };

interface Event {
  t: string;
  name?: string;
  tests?: { name: string; doc: string }[];
  ok?: boolean;
  message?: string | null;
  where?: string | null;
  output?: string;
  truncated?: boolean;
  ms?: number;
}

function parseEvents(channel: string): Event[] {
  const events: Event[] = [];
  for (const line of channel.split('\n')) {
    if (!line.trim()) continue;
    try {
      const e = JSON.parse(line) as unknown;
      if (e && typeof e === 'object' && typeof (e as Event).t === 'string') events.push(e as Event);
    } catch {
      // A torn last line (the process was killed mid-write) is dropped.
    }
  }
  return events;
}

export async function runExercise(req: ExerciseRunRequest): Promise<ExerciseRun> {
  const timeoutMs = req.timeoutMs ?? 30_000;
  const limits = { ...EXERCISE_LIMITS, ...req.limits };
  const module = MODULE_OF[req.suite];
  const code = harnessCode({
    module,
    testTimeoutS: req.testTimeoutS ?? 10,
    outputCap: req.outputCap ?? 2000,
    memoryMb: limits.memoryMb ?? 3072,
  });
  const r = await runSandboxed({
    executable: req.executable,
    code,
    timeoutMs,
    limits,
    maxOutputBytes: 8 * 1024,
    files: { 'submission.py': req.submission, [`${module}.py`]: req.testsSource },
    channel: true,
    hide: [os.homedir(), ...(req.hide ?? [])],
  });
  const events = parseEvents(r.channel ?? '');
  const begin = events.find((e) => e.t === 'begin');
  const listed = (begin?.tests ?? []).filter((t) => typeof t?.name === 'string');
  const results = new Map<string, Event>();
  for (const e of events) if (e.t === 'result' && e.name && !results.has(e.name)) results.set(e.name, e);
  const started = new Set(events.filter((e) => e.t === 'start').map((e) => e.name));
  const importError = events.find((e) => e.t === 'import-error');
  const ended = events.some((e) => e.t === 'end');
  const how = r.timedOut
    ? `the run was stopped at the ${timeoutMs / 1000} s time limit`
    : r.spawnError
      ? `the run could not start: ${r.spawnError}`
      : `the process ended early (${r.signal ? `signal ${r.signal}` : `exit code ${r.exitCode}`})`;

  const tests: TestOutcome[] = listed.map(({ name, doc }) => {
    const base = { name, doc: String(doc ?? ''), output: '', outputTruncated: false, where: null, ms: 0 };
    if (importError)
      return {
        ...base,
        status: 'failed',
        message: `could not import the code: ${importError.message ?? ''}`,
        where: importError.where ?? null,
      };
    const res = results.get(name);
    if (res)
      return {
        ...base,
        status: res.ok === true ? 'passed' : /^timed out/.test(res.message ?? '') ? 'timeout' : 'failed',
        message: res.ok === true ? null : String(res.message ?? 'failed'),
        where: res.where ?? null,
        output: String(res.output ?? ''),
        outputTruncated: res.truncated === true,
        ms: typeof res.ms === 'number' ? res.ms : 0,
      };
    if (started.has(name)) return { ...base, status: r.timedOut ? 'timeout' : 'failed', message: `${how} during this test` };
    return { ...base, status: 'not-run', message: ended ? 'not run' : `not run: ${how}` };
  });
  const passed = tests.filter((t) => t.status === 'passed').length;
  let problem: string | null = null;
  if (!begin) problem = `the tests could not be listed: ${r.timedOut || r.spawnError ? how : lastLine(r.stderr) || how}`;
  else if (importError)
    problem = `could not import the code: ${importError.message ?? ''}${importError.where ? ` (${importError.where})` : ''}`;
  else if (!ended) problem = how;
  else if (listed.length === 0) problem = `the ${module}.py file defines no test_ functions`;
  return {
    suite: req.suite,
    ok: problem === null && passed === tests.length,
    passed,
    total: tests.length,
    tests,
    problem,
    log: [r.stdout, r.stderr].filter(Boolean).join('\n').slice(-4000),
    timedOut: r.timedOut,
    ms: r.ms,
  };
}

function lastLine(text: string): string {
  return text.trim().split('\n').pop() ?? '';
}
