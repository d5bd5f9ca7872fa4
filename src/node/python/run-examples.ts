// Runs python examples through the sandboxed runner (src/node/runner: fresh folder, minimal environment, limits,
// whole-group kill on timeout), two at a time.
// Passes are cached by sha256(interpreter version + module versions + code [+ the committed figure's bytes]), so a
// local re-run only executes changed blocks, and a changed or deleted figure is drawn and compared again; CI passes
// `useCache: false` and runs every block.
// A figure example (```python figure="name"```) runs with MATPLOTLIBRC pointing at a copy of the vault's
// figures/matplotlibrc and SOURCE_DATE_EPOCH=0; after it passes, the `<name>.svg` it saved is read back,
// normalised (figure-svg.ts) and compared with the committed figures/<name>.svg: a difference or a missing file
// fails the example, unless `update` is set, which rewrites the committed file instead.

import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runSandboxed } from '../runner/run-sandboxed.js';
import { compareFigure, figureEnv, readFigureSetup, type FigureOutcome, type FigureSetup } from './figure-svg.js';
import type { PythonInfo } from './find-python.js';

export interface Example {
  file: string;
  line: number;
  code: string;
  /** The figure the example draws (`figure="name"`): it must save `<name>.svg` in its working folder. */
  figure?: string;
}

export interface ExampleResult {
  example: Example;
  ok: boolean;
  cached: boolean;
  ms: number;
  stderr: string;
  timedOut: boolean;
  /** For a figure example that ran and passed its own asserts: what became of its figure. */
  figure?: FigureOutcome;
}

export interface RunOptions {
  python: PythonInfo;
  workers?: number;
  timeoutMs?: number;
  cacheFile?: string;
  useCache?: boolean;
  onResult?: (r: ExampleResult) => void;
  /** The vault's figures folder (holding matplotlibrc and the committed SVGs), and whether to rewrite them. */
  figures?: { dir: string; update: boolean };
}

/** @param figure the committed figure's bytes for a figure example (null when it is missing), else undefined. */
export function exampleKey(python: PythonInfo, code: string, figure?: string | null): string {
  const h = createHash('sha256').update(python.version).update(JSON.stringify(python.modules)).update('\0').update(code);
  if (figure !== undefined) h.update('\0figure\0').update(figure ?? '\0missing');
  return h.digest('hex');
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

export async function runOne(
  python: PythonInfo,
  example: Example,
  timeoutMs: number,
  figures?: FigureSetup,
): Promise<Omit<ExampleResult, 'cached'>> {
  const svg = example.figure !== undefined ? `${example.figure}.svg` : undefined;
  const r = await runSandboxed({
    executable: python.executable,
    code: example.code,
    timeoutMs,
    maxOutputBytes: 16 * 1024,
    ...(svg && figures ? { env: figureEnv(), files: figures.files, collect: [svg] } : {}),
  });
  const msg = r.timedOut ? `timed out after ${timeoutMs / 1000} s\n${r.stderr}` : r.spawnError ? r.spawnError : r.stderr;
  const ran = !r.timedOut && !r.spawnError && r.exitCode === 0;
  const result = { example, ok: ran, ms: r.ms, stderr: tail(msg), timedOut: r.timedOut };
  if (!ran || !svg || !figures || example.figure === undefined) return result;
  const figure = await compareFigure(figures, example.figure, r.collected?.[svg] ?? null);
  return { ...result, ok: figure.status === 'same' || figure.status === 'updated', figure };
}

export async function runExamples(examples: readonly Example[], opts: RunOptions): Promise<ExampleResult[]> {
  const useCache = opts.useCache ?? true;
  const cache = useCache ? await readCache(opts.cacheFile) : new Set<string>();
  const figures = opts.figures ? await readFigureSetup(opts.figures.dir, opts.figures.update) : undefined;
  // The key of a figure example covers the committed figure as it is on disk now (after an update, the new one).
  const keyOf = async (ex: Example) =>
    exampleKey(opts.python, ex.code, ex.figure !== undefined && figures ? await figures.committed(ex.figure) : undefined);
  const results: ExampleResult[] = new Array(examples.length);
  let next = 0;
  const worker = async () => {
    while (next < examples.length) {
      const i = next++;
      const ex = examples[i]!;
      const key = await keyOf(ex);
      const r: ExampleResult = cache.has(key)
        ? { example: ex, ok: true, cached: true, ms: 0, stderr: '', timedOut: false }
        : { ...(await runOne(opts.python, ex, opts.timeoutMs ?? 30_000, figures)), cached: false };
      results[i] = r;
      opts.onResult?.(r);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.workers ?? 2) }, worker));
  if (opts.cacheFile) {
    const passed = new Set(useCache ? cache : []);
    for (const [i, ex] of examples.entries()) if (results[i]?.ok) passed.add(await keyOf(ex));
    await mkdir(path.dirname(opts.cacheFile), { recursive: true });
    // Write then rename, so two checks running at once never leave a half-written cache.
    const tmp = `${opts.cacheFile}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify({ passed: [...passed].sort() }));
    await rename(tmp, opts.cacheFile);
  }
  return results;
}
