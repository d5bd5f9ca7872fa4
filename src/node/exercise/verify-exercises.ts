// CI for the exercises: every reference solution must pass its visible and hidden tests, and every starter must
// fail at least one hidden test (otherwise the tests test nothing). Three runs per exercise through the same
// harness as a user's submission, `workers` at a time. A pass is cached by sha256 over the interpreter and module
// versions, the harness, and the two files involved, so a local re-run only executes what changed; CI passes
// `useCache: false`.

import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Exercise } from '../../core/exercise/index.js';
import type { PythonInfo } from '../python/find-python.js';
import { harnessCode } from './harness.js';
import { runExercise, type ExerciseRun, type Suite } from './run-exercise.js';

export type CheckKind = 'solution-visible' | 'solution-hidden' | 'starter-hidden';
const PLAN: { kind: CheckKind; code: 'solution' | 'starter'; suite: Suite }[] = [
  { kind: 'solution-visible', code: 'solution', suite: 'visible' },
  { kind: 'solution-hidden', code: 'solution', suite: 'hidden' },
  { kind: 'starter-hidden', code: 'starter', suite: 'hidden' },
];

export interface ExerciseCheck {
  exercise: Exercise;
  kind: CheckKind;
  ok: boolean;
  cached: boolean;
  ms: number;
  /** Why it failed, in one or more lines. */
  detail: string;
}

export interface VerifyOptions {
  python: PythonInfo;
  workers?: number;
  cacheFile?: string;
  useCache?: boolean;
  timeoutMs?: number;
  onResult?: (c: ExerciseCheck) => void;
}

export function checkKey(python: PythonInfo, kind: CheckKind, code: string, tests: string): string {
  return createHash('sha256')
    .update(python.version)
    .update(JSON.stringify(python.modules))
    .update(harnessCode({ module: 'x', testTimeoutS: 0, outputCap: 0, memoryMb: 0 }))
    .update(`\0${kind}\0${code}\0${tests}`)
    .digest('hex');
}

/** Whether a run meets the kind's expectation, and why not. */
export function judge(kind: CheckKind, run: ExerciseRun): { ok: boolean; detail: string } {
  if (kind === 'starter-hidden') {
    const failed = run.tests.filter((t) => t.status !== 'passed').length;
    if (run.total > 0 && failed > 0) return { ok: true, detail: '' };
    return {
      ok: false,
      detail: run.total === 0 ? 'hidden_tests.py has no tests' : 'the starter passes every hidden test: the tests test nothing',
    };
  }
  if (run.ok) return { ok: true, detail: '' };
  const lines = run.tests
    .filter((t) => t.status !== 'passed')
    .map((t) => `${t.name}: ${t.status}${t.message ? ` — ${t.message}` : ''}${t.where ? ` (${t.where})` : ''}`);
  return { ok: false, detail: [run.problem, ...lines].filter(Boolean).join('\n') };
}

async function readCache(file: string | undefined): Promise<Set<string>> {
  if (!file) return new Set();
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as { passed?: unknown };
    return new Set(Array.isArray(data.passed) ? data.passed.filter((x): x is string => typeof x === 'string') : []);
  } catch {
    return new Set();
  }
}

export async function verifyExercises(exercises: readonly Exercise[], opts: VerifyOptions): Promise<ExerciseCheck[]> {
  const useCache = opts.useCache ?? true;
  const cache = useCache ? await readCache(opts.cacheFile) : new Set<string>();
  const jobs = exercises.flatMap((exercise) => PLAN.map((p) => ({ exercise, ...p })));
  const results: ExerciseCheck[] = new Array(jobs.length);
  const passed = new Set(cache);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      const job = jobs[i]!;
      const code = job.exercise[job.code];
      const tests = job.suite === 'visible' ? job.exercise.tests : job.exercise.hiddenTests;
      const key = checkKey(opts.python, job.kind, code, tests);
      let r: ExerciseCheck;
      if (cache.has(key)) r = { exercise: job.exercise, kind: job.kind, ok: true, cached: true, ms: 0, detail: '' };
      else {
        const run = await runExercise({
          executable: opts.python.executable,
          submission: code,
          testsSource: tests,
          suite: job.suite,
          timeoutMs: opts.timeoutMs ?? 60_000,
        });
        r = { exercise: job.exercise, kind: job.kind, cached: false, ms: run.ms, ...judge(job.kind, run) };
        if (r.ok) passed.add(key);
      }
      results[i] = r;
      opts.onResult?.(r);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.workers ?? 2) }, worker));
  if (opts.cacheFile) {
    await mkdir(path.dirname(opts.cacheFile), { recursive: true });
    // Write then rename, so two checks running at once never leave a half-written cache.
    const tmp = `${opts.cacheFile}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify({ passed: [...passed].sort() }));
    await rename(tmp, opts.cacheFile);
  }
  return results;
}
