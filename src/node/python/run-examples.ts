// Runs python examples through the sandboxed runner (src/node/runner: fresh folder, minimal environment, limits,
// whole-group kill on timeout), two at a time.
// Passes are cached by sha256(interpreter version + module versions + code), so a local re-run only executes
// changed blocks; CI passes `useCache: false` and runs every block.

import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runSandboxed } from '../runner/run-sandboxed.js';
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

export async function runOne(python: PythonInfo, example: Example, timeoutMs: number): Promise<Omit<ExampleResult, 'cached'>> {
  const r = await runSandboxed({ executable: python.executable, code: example.code, timeoutMs, maxOutputBytes: 16 * 1024 });
  const msg = r.timedOut ? `timed out after ${timeoutMs / 1000} s\n${r.stderr}` : r.spawnError ? r.spawnError : r.stderr;
  return { example, ok: !r.timedOut && !r.spawnError && r.exitCode === 0, ms: r.ms, stderr: tail(msg), timedOut: r.timedOut };
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
    // Write then rename, so two checks running at once never leave a half-written cache.
    const tmp = `${opts.cacheFile}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify({ passed: [...passed].sort() }));
    await rename(tmp, opts.cacheFile);
  }
  return results;
}
