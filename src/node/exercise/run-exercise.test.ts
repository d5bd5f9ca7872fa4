// The exercise harness against honest and hostile submissions, with the real interpreter and the real runner.
// Each hostile case checks that the run ends with a clear per-test result and leaves no process behind; none
// asserts a duration.

import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPython } from '../python/find-python.js';
import { probeIsolation, runsAsRoot } from '../runner/isolation.js';
import { runExercise, type ExerciseRunRequest } from './run-exercise.js';

let executable: string;
let scratch: string;
let canHide = false;
beforeAll(async () => {
  executable = (await findPython()).executable;
  scratch = await mkdtemp(path.join(os.tmpdir(), 'mlprep-exercise-test-'));
  canHide = (await probeIsolation()).mount || runsAsRoot();
}, 120_000);
afterAll(() => rm(scratch, { recursive: true, force: true }));

const TESTS = `from submission import f


def test_one():
    """f(1) is 2."""
    assert f(1) == 2, f"expected 2, got {f(1)}"


def test_two():
    """f(2) is 3."""
    assert f(2) == 3, f"expected 3, got {f(2)}"


def test_three():
    """f(10) is 11."""
    got = f(10)
    assert got == 11, f"expected 11, got {got}"


if __name__ == "__main__":
    pass
`;

const run = (submission: string, extra: Partial<ExerciseRunRequest> = {}) =>
  runExercise({ executable, submission, testsSource: TESTS, suite: 'visible', timeoutMs: 20_000, testTimeoutS: 3, ...extra });

/** Live processes whose name (comm, inherited by forks) or command line holds `marker`. */
function live(marker: string): number[] {
  return readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
        if (stat.split(') ')[1]?.startsWith('Z')) return false;
        return stat.includes(`(${marker}`) || readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(marker);
      } catch {
        return false;
      }
    })
    .map(Number);
}
const settle = () => new Promise((r) => setTimeout(r, 300));
/** Python that renames this process (and every later fork of it) to `marker`, so leftovers can be found. */
const rename = (marker: string) => `import ctypes\nctypes.CDLL(None).prctl(15, ${JSON.stringify(marker)}.encode(), 0, 0, 0)\n`;
let n = 0;
const marker = () => `mlx${process.pid % 100000}x${n++}`;

describe('runExercise', { timeout: 60_000 }, () => {
  it('reports each test in source order with its docstring, time and pass', async () => {
    const r = await run('def f(x):\n    return x + 1\n');
    expect(r.problem).toBeNull();
    expect(r.ok).toBe(true);
    expect(r.tests.map((t) => [t.name, t.doc, t.status])).toEqual([
      ['test_one', 'f(1) is 2.', 'passed'],
      ['test_two', 'f(2) is 3.', 'passed'],
      ['test_three', 'f(10) is 11.', 'passed'],
    ]);
    expect(r.tests.every((t) => t.ms > 0)).toBe(true);
  });

  it('gives the assertion message, the failing line and what the test printed', async () => {
    const r = await run('def f(x):\n    print("called with", x)\n    return x + 1 if x < 5 else x\n');
    expect(r.ok).toBe(false);
    expect(r.passed).toBe(2);
    const three = r.tests[2]!;
    expect(three).toMatchObject({ status: 'failed', message: 'expected 11, got 10', output: 'called with 10\n' });
    expect(three.where).toMatch(/^tests\.py:\d+: assert got == 11/);
  });

  it('names the exception and its line in the submission', async () => {
    const r = await run('def f(x):\n    return x / 0\n');
    expect(r.tests[0]).toMatchObject({
      status: 'failed',
      message: 'ZeroDivisionError: division by zero',
      where: 'submission.py:2: return x / 0',
    });
  });

  it('fails every test with one clear message when the submission does not import', async () => {
    const r = await run('def f(x)\n    return x\n');
    expect(r.ok).toBe(false);
    expect(r.problem).toMatch(/^could not import the code: SyntaxError/);
    expect(r.tests.map((t) => t.status)).toEqual(['failed', 'failed', 'failed']);
  });

  it('cannot be forged by printing result lines or writing to fd 3', async () => {
    const fake = JSON.stringify({ t: 'result', name: 'test_three', ok: true, message: null });
    const r = await run(
      `import os, sys\nprint(${JSON.stringify(fake)})\nsys.__stdout__.write(${JSON.stringify(fake + '\n')})\ndef f(x):\n    os.write(3, ${JSON.stringify(fake + '\n')}.encode())\n    return 0\n`,
    );
    expect(r.ok).toBe(false);
    expect(r.tests.map((t) => t.status)).toEqual(['failed', 'failed', 'failed']);
    expect(r.tests[0]!.message).toMatch(/^OSError: \[Errno 9\] Bad file descriptor/);
  });

  it('interrupts an infinite loop at the per-test limit and still runs the other tests', async () => {
    const r = await run('def f(x):\n    while x == 2:\n        pass\n    return x + 1\n');
    expect(r.tests.map((t) => t.status)).toEqual(['passed', 'timeout', 'passed']);
    expect(r.tests[1]!.message).toMatch(/^timed out after 3 s/);
    expect(r.problem).toBeNull();
  });

  it('stops a loop that ignores the alarm at the wall clock, with the test named', async () => {
    const r = await run('import signal\nsignal.signal(signal.SIGALRM, signal.SIG_IGN)\ndef f(x):\n    while True:\n        pass\n', {
      timeoutMs: 6000,
    });
    expect(r.timedOut).toBe(true);
    expect(r.problem).toBe('the run was stopped at the 6 s time limit');
    expect(r.tests.map((t) => t.status)).toEqual(['timeout', 'not-run', 'not-run']);
  });

  it('contains a fork bomb: forks fail at the process cap and nothing is left running', async () => {
    const m = marker();
    const r = await run(
      `${rename(m)}import os, time\ndef f(x):\n    while True:\n        if os.fork() == 0:\n            time.sleep(60)\n`,
      {
        timeoutMs: 15_000,
      },
    );
    expect(r.ok).toBe(false);
    expect(r.tests[0]!.status).toBe('failed');
    expect(r.tests[0]!.message).toMatch(/Resource temporarily unavailable|BlockingIOError/);
    await settle();
    expect(live(m)).toEqual([]);
  });

  it('turns a 10 GB allocation into a MemoryError for that test only', async () => {
    const r = await run('def f(x):\n    if x == 1:\n        b = bytearray(10 * 1024 ** 3)\n    return x + 1\n');
    expect(r.tests.map((t) => t.status)).toEqual(['failed', 'passed', 'passed']);
    expect(r.tests[0]!.message).toMatch(/^MemoryError: the code went over the memory limit/);
  });

  it('keeps only the head of a print flood and the tail of a raw output flood', async () => {
    const r = await run(
      'import os\ndef f(x):\n    for i in range(300000):\n        print("spam" * 25)\n    os.write(2, b"x" * 2_000_000)\n    return x + 1\n',
      { outputCap: 1000 },
    );
    expect(r.ok).toBe(true);
    expect(r.tests[0]!.output.length).toBe(1000);
    expect(r.tests[0]!.outputTruncated).toBe(true);
    expect(r.log.length).toBeLessThanOrEqual(4000);
  });

  it('returns promptly when a child keeps stderr open, and kills the child', async () => {
    const m = marker();
    const r = await run(
      `import os, sys, time\ndef f(x):\n    if x == 10 and os.fork() == 0:\n        os.setsid()\n        ${rename(m).trim().replace('\n', '\n        ')}\n        sys.stderr.write("still here\\n")\n        time.sleep(60)\n    return x + 1\n`,
    );
    expect(r.ok).toBe(true);
    expect(r.timedOut).toBe(false);
    await settle();
    expect(live(m)).toEqual([]);
  });

  it("cannot read the user's home or progress database", async () => {
    if (!canHide) return; // no mount namespace and not root: nothing can hide files from the user's own code
    const data = path.join(scratch, 'data');
    await rm(data, { recursive: true, force: true });
    await import('node:fs/promises').then((fs) => fs.mkdir(data));
    await writeFile(path.join(data, 'progress.sqlite'), 'SECRET-PROGRESS');
    const home = os.homedir();
    const r = await run(
      `import os\ndef f(x):\n    seen = []\n    for p in [${JSON.stringify(path.join(data, 'progress.sqlite'))}]:\n        try:\n            seen.append(open(p).read())\n        except OSError as e:\n            seen.append(type(e).__name__)\n    try:\n        seen.append(",".join(os.listdir(${JSON.stringify(home)})))\n    except OSError as e:\n        seen.append(type(e).__name__)\n    print(seen)\n    return x + 1\n`,
      { hide: [data] },
    );
    const out = r.tests[0]!.output;
    expect(out).not.toContain('SECRET-PROGRESS');
    expect(out).toMatch(/^\['(FileNotFoundError|PermissionError)', '(PermissionError|)'\]/);
  });

  it("cannot call the app's API on localhost", async () => {
    let hits = 0;
    const server: Server = createServer((_req, res) => {
      hits++;
      res.end('{"ok":true}');
    });
    await new Promise<void>((res) => server.listen(0, '127.0.0.1', res));
    const port = (server.address() as AddressInfo).port;
    try {
      const r = await run(
        `import urllib.request\ndef f(x):\n    urllib.request.urlopen("http://127.0.0.1:${port}/api/progress/export", timeout=2).read()\n    return x + 1\n`,
      );
      if (!(await probeIsolation()).network) return; // without a network namespace the call is possible
      expect(r.tests[0]!.status).toBe('failed');
      expect(r.tests[0]!.message).toMatch(/URLError|ConnectionRefused|Network is unreachable|Connection refused/);
      expect(hits).toBe(0);
    } finally {
      server.close();
    }
  });
});
