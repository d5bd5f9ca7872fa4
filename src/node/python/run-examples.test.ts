// runExamples with a real interpreter (the first candidate `check` would probe; the examples here need no
// modules): a failing example is reported with its traceback, a looping one is cut off and reported as a timeout,
// a pass is cached and served from the cache next time, and the cache is keyed on the code and the interpreter,
// so changing either runs the block again. A runner that reported success for everything fails all of these.

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pythonCandidates, type PythonInfo } from './find-python.js';
import { exampleKey, runExamples, type Example } from './run-examples.js';

let python: PythonInfo;
let dir: string;
beforeAll(async () => {
  python = { executable: (await pythonCandidates())[0]!, version: '3-test', modules: { numpy: '1' } };
  dir = await mkdtemp(path.join(os.tmpdir(), 'mlprep-examples-test-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const ex = (line: number, code: string): Example => ({ file: 'topic.md', line, code });
const PASS = ex(1, 'x = sum(range(10))\nassert x == 45\nprint(x)\n');
const FAIL = ex(9, 'values = [1, 2, 3]\nassert sum(values) == 7, "sum is wrong"\n');

describe('runExamples', () => {
  it('passes a correct example and fails a wrong one with its traceback, in input order', async () => {
    const results = await runExamples([PASS, FAIL], { python, useCache: false, workers: 2 });
    expect(results.map((r) => [r.example.line, r.ok, r.cached, r.timedOut])).toEqual([
      [1, true, false, false],
      [9, false, false, false],
    ]);
    expect(results[0]!.stderr).toBe('');
    expect(results[1]!.stderr).toContain('AssertionError: sum is wrong');
    expect(results[1]!.stderr).toContain('Traceback');
  });

  it('reports a syntax error and a non-zero exit as failures', async () => {
    const results = await runExamples([ex(2, 'def f(:\n    pass\n'), ex(3, 'import sys\nsys.exit(3)\n')], { python, useCache: false });
    expect(results.map((r) => r.ok)).toEqual([false, false]);
    expect(results[0]!.stderr).toContain('SyntaxError');
  });

  it('cuts off an example that runs past the timeout and says so', async () => {
    const [r] = await runExamples([ex(4, 'while True:\n    pass\n')], { python, useCache: false, timeoutMs: 1_000 });
    expect(r).toMatchObject({ ok: false, timedOut: true, cached: false });
    expect(r!.stderr).toMatch(/^timed out after 1 s/);
  });

  it('caches passes only, serves them from the cache, and runs the block again when its code or the interpreter changes', async () => {
    const cacheFile = path.join(dir, 'cache', 'examples.json');
    const first = await runExamples([PASS, FAIL], { python, cacheFile });
    expect(first.map((r) => r.cached)).toEqual([false, false]);
    const stored = JSON.parse(await readFile(cacheFile, 'utf8')) as { passed: string[] };
    expect(stored.passed).toEqual([exampleKey(python, PASS.code)]);

    const second = await runExamples([PASS, FAIL], { python, cacheFile });
    expect(second.map((r) => [r.ok, r.cached])).toEqual([
      [true, true],
      [false, false],
    ]);

    const edited = ex(1, PASS.code.replace('45', '45 and x > 0'));
    expect((await runExamples([edited], { python, cacheFile }))[0]).toMatchObject({ ok: true, cached: false });
    const upgraded = { ...python, version: '3-test-2' };
    expect((await runExamples([PASS], { python: upgraded, cacheFile }))[0]).toMatchObject({ ok: true, cached: false });
    const newModules = { ...python, modules: { numpy: '2' } };
    expect((await runExamples([PASS], { python: newModules, cacheFile }))[0]!.cached).toBe(false);
    expect((await runExamples([PASS], { python, cacheFile, useCache: false }))[0]!.cached).toBe(false);
  });

  it('ignores cache entries that are not the block key, and a corrupt cache file', async () => {
    const cacheFile = path.join(dir, 'poisoned.json');
    await writeFile(cacheFile, JSON.stringify({ passed: ['not-a-key'] }));
    const [r] = await runExamples([FAIL], { python, cacheFile });
    expect(r).toMatchObject({ ok: false, cached: false });
    await writeFile(cacheFile, '{not json');
    expect((await runExamples([PASS], { python, cacheFile }))[0]).toMatchObject({ ok: true, cached: false });
  });
});
