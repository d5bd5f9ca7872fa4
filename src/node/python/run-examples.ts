// Runs python examples, each in a fresh process and a fresh temporary folder, two at a time, with a timeout.
// Passes are cached by sha256(interpreter version + module versions + code), so a local re-run only executes
// changed blocks; CI passes `useCache: false` and runs every block.

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { PythonInfo } from './find-python.js';

export interface Example {
  file: string;
  line: number;
  code: string;
}

export interface ExampleResult {
  example: Example;
  ok: boolean;
  cached: boolean;
  ms: number;
  stderr: string;
  timedOut: boolean;
}

export interface RunOptions {
  python: PythonInfo;
  workers?: number;
  timeoutMs?: number;
  cacheFile?: string;
  useCache?: boolean;
  onResult?: (r: ExampleResult) => void;
}

export function exampleKey(python: PythonInfo, code: string): string {
  return createHash('sha256').update(python.version).update(JSON.stringify(python.modules)).update('\0').update(code).digest('hex');
}

async function readCache(file: string | undefined): Promise<Set<string>> {
  if (!file) return new Set();
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as { passed?: string[] };
    return new Set(Array.isArray(data.passed) ? data.passed : []);
  } catch {
    return new Set();
  }
}

/** Keep the tail of a long stderr: the traceback's last lines say what failed. */
function tail(text: string, max = 4000): string {
  return text.length <= max ? text : `…${text.slice(-max)}`;
}

export function runOne(python: PythonInfo, example: Example, timeoutMs: number): Promise<Omit<ExampleResult, 'cached'>> {
  return new Promise((resolve) => {
    const started = performance.now();
    void mkdtemp(path.join(os.tmpdir(), 'mlprep-ex-')).then((cwd) => {
      // One thread per process: two workers already use both cores, and oversubscribed BLAS/torch threads slow
      // every example down.
      const env = {
        ...process.env,
        PYTHONHASHSEED: '0',
        PYTHONDONTWRITEBYTECODE: '1',
        OMP_NUM_THREADS: '1',
        MKL_NUM_THREADS: '1',
        OPENBLAS_NUM_THREADS: '1',
        MPLBACKEND: 'Agg',
      };
      const child = spawn(python.executable, ['-'], { cwd, env, stdio: ['pipe', 'ignore', 'pipe'] });
      let stderr = '';
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
      }, timeoutMs);
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.stdin.on('error', () => undefined);
      child.stdin.end(example.code);
      const finish = (code: number | null, error?: Error) => {
        clearTimeout(timer);
        void rm(cwd, { recursive: true, force: true });
        const ms = performance.now() - started;
        const msg = timedOut ? `timed out after ${timeoutMs / 1000} s\n${stderr}` : error ? error.message : stderr;
        resolve({ example, ok: !timedOut && !error && code === 0, ms, stderr: tail(msg), timedOut });
      };
      child.on('error', (e) => finish(null, e));
      child.on('close', (code) => finish(code));
    });
  });
}

export async function runExamples(examples: readonly Example[], opts: RunOptions): Promise<ExampleResult[]> {
  const useCache = opts.useCache ?? true;
  const cache = useCache ? await readCache(opts.cacheFile) : new Set<string>();
  const results: ExampleResult[] = new Array(examples.length);
  let next = 0;
  const worker = async () => {
    while (next < examples.length) {
      const i = next++;
      const ex = examples[i]!;
      const key = exampleKey(opts.python, ex.code);
      const r: ExampleResult = cache.has(key)
        ? { example: ex, ok: true, cached: true, ms: 0, stderr: '', timedOut: false }
        : { ...(await runOne(opts.python, ex, opts.timeoutMs ?? 30_000)), cached: false };
      results[i] = r;
      opts.onResult?.(r);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.workers ?? 2) }, worker));
  if (opts.cacheFile) {
    const passed = new Set(useCache ? cache : []);
    examples.forEach((ex, i) => (results[i]?.ok ? passed.add(exampleKey(opts.python, ex.code)) : undefined));
    await mkdir(path.dirname(opts.cacheFile), { recursive: true });
    await writeFile(opts.cacheFile, JSON.stringify({ passed: [...passed].sort() }));
  }
  return results;
}
