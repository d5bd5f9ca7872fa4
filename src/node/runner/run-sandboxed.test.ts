// The runner against hostile programs, with the real interpreter (the one `check` would use): a grandchild that
// holds stderr open past the timeout, a setsid daemon, a memory hog, a huge file, an stderr flood, and a program
// that looks for the caller's environment. Each test checks the outcome, never a duration.

import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPython, type PythonInfo } from '../python/find-python.js';
import { runSandboxed } from './run-sandboxed.js';

let python: PythonInfo;
let scratch: string;
beforeAll(async () => {
  python = await findPython();
  scratch = await mkdtemp(path.join(os.tmpdir(), 'mlprep-runner-test-'));
}, 120_000);
afterAll(() => rm(scratch, { recursive: true, force: true }));

let namespaces = true;
const run = (code: string, timeoutMs = 20_000, extra: Partial<Parameters<typeof runSandboxed>[0]> = {}) =>
  runSandboxed({ executable: python.executable, code, timeoutMs, namespaces, ...extra });

/** Python that waits until a process whose command line holds `marker` exists, and prints "seen". */
const waitSeen = (marker: string) =>
  `for _ in range(50):\n    if any(${JSON.stringify(marker)} in open("/proc/%s/cmdline" % p).read() for p in os.listdir("/proc") if p.isdigit() and os.path.exists("/proc/%s/cmdline" % p)):\n        print("seen")\n        break\n    time.sleep(0.1)`;

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    // A zombie still answers kill(0); count it as dead.
    return !readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.startsWith('Z');
  } catch {
    return false;
  }
};

/** Host pids whose command line holds `marker` (a pid printed inside a PID namespace would not be the host's). */
function pidsWith(marker: string): number[] {
  return readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        return readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(marker);
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** Python that replaces the current process by a long sleep whose command line carries `marker`. */
const sleeper = (marker: string) =>
  `os.execv(sys.executable, [sys.executable, "-c", "import time; time.sleep(120)", ${JSON.stringify(marker)}])`;

describe.each([
  ['with namespaces where available', true],
  ['with process groups only', false],
])('runSandboxed %s', { timeout: 60_000 }, (_name, ns) => {
  beforeAll(() => {
    namespaces = ns;
  });
  it('runs a passing program and keeps its output', async () => {
    const r = await run('import sys\nprint("hello")\nprint("warn", file=sys.stderr)');
    expect(r).toMatchObject({ exitCode: 0, timedOut: false, truncated: false });
    expect(r.stdout).toBe('hello\n');
    expect(r.stderr).toBe('warn\n');
  });

  it('reports a failing assert with its traceback', async () => {
    const r = await run('assert 1 + 1 == 3, "arithmetic"');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('AssertionError: arithmetic');
  });

  it('kills a forked grandchild that holds stderr open, and returns at the timeout', async () => {
    const marker = `mlprep-grandchild-${process.pid}-${ns}`;
    const r = await run(`import os, sys, time\nif os.fork() == 0:\n    ${sleeper(marker)}\n${waitSeen(marker)}\ntime.sleep(120)`, 4000);
    expect(r.timedOut).toBe(true);
    expect(r.stdout.trim()).toBe('seen');
    await new Promise((res) => setTimeout(res, 300));
    expect(pidsWith(marker).filter(alive)).toEqual([]);
  });

  it('kills a setsid daemon left behind by a program that exits at once', async () => {
    const marker = `mlprep-daemon-${process.pid}-${ns}`;
    const r = await run(
      `import os, sys, time\nif os.fork() == 0:\n    os.setsid()\n    if os.fork() == 0:\n        ${sleeper(marker)}\n    os._exit(0)\nos.wait()\n${waitSeen(marker)}`,
    );
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('seen\n');
    await new Promise((res) => setTimeout(res, 300));
    expect(pidsWith(marker).filter(alive)).toEqual([]);
  });

  it('caps memory: a 6 GiB allocation fails inside the program', async () => {
    const r = await run('x = bytearray(6 * 1024 ** 3)');
    expect(r.exitCode).not.toBe(0);
    expect(r.stderr).toContain('MemoryError');
  });

  it('caps the size of a written file', async () => {
    const r = await run(
      'import os\ntry:\n    with open("big.bin", "wb") as f:\n        f.write(b"0" * (80 * 1024 * 1024))\nexcept OSError as e:\n    print("EFBIG" if e.errno == 27 else e)\n',
      20_000,
      { limits: { fileSizeMb: 8 } },
    );
    expect(r.stdout.trim()).toBe('EFBIG');
  });

  it('keeps only the tail of an stderr flood', async () => {
    const r = await run(
      'import sys\nfor i in range(200000):\n    sys.stderr.write("x" * 500 + "\\n")\nsys.stderr.write("THE END\\n")',
      20_000,
      {
        maxOutputBytes: 4096,
      },
    );
    expect(r.exitCode).toBe(0);
    expect(r.truncated).toBe(true);
    expect(r.stderr.length).toBeLessThan(5000);
    expect(r.stderr).toContain('THE END');
  });

  it('starts in a fresh empty folder with a minimal environment', async () => {
    process.env.MLPREP_TEST_SECRET = 'hunter2';
    try {
      const r = await run('import os, json\nprint(json.dumps({"cwd": os.getcwd(), "files": os.listdir("."), "env": dict(os.environ)}))');
      const seen = JSON.parse(r.stdout) as { cwd: string; files: string[]; env: Record<string, string> };
      expect(seen.files).toEqual([]);
      expect(seen.cwd).not.toBe(process.cwd());
      expect(seen.env.HOME).toBe(seen.cwd);
      expect(seen.env.MLPREP_TEST_SECRET).toBeUndefined();
      expect(Object.keys(seen.env).every((k) => !/TOKEN|SECRET|KEY|PASSWORD/i.test(k))).toBe(true);
    } finally {
      delete process.env.MLPREP_TEST_SECRET;
    }
  });

  it('reads back the named files after the run: a regular file, never a symlink, a folder or an oversized file', async () => {
    const r = await run(
      [
        'import os',
        'open("fig.svg", "w").write("<svg/>")',
        'os.symlink("/etc/passwd", "link.svg")',
        'os.mkdir("dir.svg")',
        'open("big.svg", "w").write("x" * 2000)',
        'print(os.environ["MPLCONFIGDIR"] == os.getcwd())',
      ].join('\n'),
      20_000,
      { collect: ['fig.svg', 'link.svg', 'dir.svg', 'big.svg', 'absent.svg'], maxCollectBytes: 1000 },
    );
    expect(r.exitCode).toBe(0);
    expect(r.stdout.trim()).toBe('True');
    expect(r.collected).toEqual({ 'fig.svg': '<svg/>', 'link.svg': null, 'dir.svg': null, 'big.svg': null, 'absent.svg': null });
  });

  it('refuses a collect name that is not a plain file name', async () => {
    const r = await run('print(1)', 20_000, { collect: ['../x.svg'] });
    expect(r.spawnError).toContain('not a plain file name');
  });
});
