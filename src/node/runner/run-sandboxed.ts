// The one runner for code we did not write: vault examples and exercise submissions. Each run gets
// - a fresh temporary folder as its working directory, HOME and TMPDIR, removed afterwards;
// - a minimal environment (no inherited secrets, tokens or proxy settings);
// - CPU, address-space, file-size and process-count limits (limits.ts);
// - its own process group (and, where the kernel allows, its own network and PID namespaces: isolation.ts);
// - a wall-clock timeout that kills the whole group and every process tagged with the run (sweep.ts), and then
//   returns at once: a grandchild holding stderr open cannot keep the caller waiting;
// - bounded output: only the last `maxOutputBytes` of stdout and of stderr are kept while streaming.

import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { probeIsolation } from './isolation.js';
import { limitsFor, preludeArgs, type RunLimits } from './limits.js';
import { killTagged, RUN_TAG_VAR } from './sweep.js';

export interface SandboxRequest {
  /** The Python interpreter. */
  executable: string;
  /** The program, fed on stdin. */
  code: string;
  timeoutMs: number;
  limits?: Partial<RunLimits>;
  /** Bytes of each stream to keep (the tail); default 64 KiB. */
  maxOutputBytes?: number;
  /** Extra environment variables, on top of the minimal one. */
  env?: Record<string, string>;
  /** Use network and PID namespaces when the kernel allows them (default true). */
  namespaces?: boolean;
}

export interface SandboxResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  /** True when a stream was longer than maxOutputBytes and only its tail was kept. */
  truncated: boolean;
  ms: number;
  /** Could not start at all (missing interpreter, no temp folder): the message. */
  spawnError?: string;
}

/** Keeps the last `max` bytes of a stream without ever holding much more than that. */
class TailBuffer {
  private chunks: Buffer[] = [];
  private size = 0;
  truncated = false;
  constructor(private readonly max: number) {}
  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    if (this.size > 2 * this.max) this.compact();
  }
  private compact(): void {
    const all = Buffer.concat(this.chunks);
    this.chunks = [all.subarray(all.length - this.max)];
    this.size = this.max;
    this.truncated = true;
  }
  text(): string {
    if (this.size > this.max) this.compact();
    const s = Buffer.concat(this.chunks).toString('utf8');
    return this.truncated ? `…(earlier output dropped)\n${s}` : s;
  }
}

export function minimalEnv(home: string, tag: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: '/usr/local/bin:/usr/bin:/bin',
    HOME: home,
    TMPDIR: home,
    LANG: 'C.UTF-8',
    LC_ALL: 'C.UTF-8',
    PYTHONHASHSEED: '0',
    PYTHONDONTWRITEBYTECODE: '1',
    PYTHONUNBUFFERED: '1',
    // One thread per process: the caller already runs one process per core.
    OMP_NUM_THREADS: '1',
    MKL_NUM_THREADS: '1',
    OPENBLAS_NUM_THREADS: '1',
    MPLBACKEND: 'Agg',
    [RUN_TAG_VAR]: tag,
    ...extra,
  };
}

const EXIT_GRACE_MS = 300;

export async function runSandboxed(req: SandboxRequest): Promise<SandboxResult> {
  const started = performance.now();
  const max = req.maxOutputBytes ?? 64 * 1024;
  let cwd: string;
  try {
    cwd = await mkdtemp(path.join(os.tmpdir(), 'mlprep-run-'));
  } catch (err) {
    return failed(started, `cannot create a temporary folder: ${(err as Error).message}`);
  }
  const tag = randomBytes(12).toString('hex');
  const isolation = req.namespaces === false ? { prefix: [] } : await probeIsolation();
  const argv = [...isolation.prefix, req.executable, ...preludeArgs(limitsFor(req.timeoutMs, req.limits))];
  const out = new TailBuffer(max);
  const err = new TailBuffer(max);
  return new Promise<SandboxResult>((resolve) => {
    let settled = false;
    let timedOut = false;
    const child = spawn(argv[0]!, argv.slice(1), {
      cwd,
      env: minimalEnv(cwd, tag, req.env),
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true, // its own process group, so the timeout can kill the group
    });
    const killAll = async () => {
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // the group is already gone
        }
      }
      await killTagged(tag);
    };
    const finish = (exitCode: number | null, signal: NodeJS.Signals | null, spawnError?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.stdout?.destroy();
      child.stderr?.destroy();
      void killAll().then(() => rm(cwd, { recursive: true, force: true }).catch(() => undefined));
      resolve({
        exitCode,
        signal,
        timedOut,
        stdout: out.text(),
        stderr: err.text(),
        truncated: out.truncated || err.truncated,
        ms: performance.now() - started,
        ...(spawnError ? { spawnError } : {}),
      });
    };
    const timer = setTimeout(() => {
      timedOut = true;
      finish(null, 'SIGKILL');
    }, req.timeoutMs);
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.stdin.on('error', () => undefined);
    child.stdin.end(req.code);
    child.on('error', (e) => finish(null, null, e.message));
    // 'close' comes once the pipes are drained. A grandchild holding them open must not keep us waiting: after
    // 'exit', wait a short grace for the rest of the output, then finish() kills the group and the tagged processes.
    child.on('close', (code, signal) => finish(code, signal));
    child.on('exit', (code, signal) => {
      setTimeout(() => finish(code, signal), EXIT_GRACE_MS).unref();
    });
  });
}

function failed(started: number, message: string): SandboxResult {
  return {
    exitCode: null,
    signal: null,
    timedOut: false,
    stdout: '',
    stderr: message,
    truncated: false,
    ms: performance.now() - started,
    spawnError: message,
  };
}
