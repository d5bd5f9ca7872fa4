// The one runner for code we did not write: vault examples and exercise submissions. Each run gets
// - a fresh temporary folder as its working directory, HOME and TMPDIR, removed afterwards;
// - a minimal environment (no inherited secrets, tokens or proxy settings);
// - CPU, address-space, file-size and process-count limits (limits.ts);
// - its own process group (and, where the kernel allows, its own network and PID namespaces: isolation.ts);
// - a wall-clock timeout that kills the whole group and every process tagged with the run (sweep.ts), and then
//   returns at once: a grandchild holding stderr open cannot keep the caller waiting;
// - bounded output: only the last `maxOutputBytes` of stdout and of stderr are kept while streaming;
// - optionally: files placed in the fresh folder before the start (an exercise's tests and the submission), a
//   private result channel on fd 3 that the program's prints cannot reach, folders hidden from the program, and
//   files read back from the folder after the program ended (an example's figure), before the folder is removed.
// When the runner is root, the child drops to `nobody` and the folder is handed to it (isolation.ts).

import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chown, lstat, mkdtemp, readFile, readlink, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { probeIsolation, runsAsRoot } from './isolation.js';
import { limitsFor, NOBODY, preludeArgs, type RunLimits } from './limits.js';
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
  /** Files to write into the fresh folder before the start: plain names (no folders) to their text. */
  files?: Record<string, string>;
  /** Open fd 3 in the child as a write-only pipe whose bytes come back as `channel` (capped at maxChannelBytes). */
  channel?: boolean;
  /** Bytes of the channel to keep (the head: results are written in order); default 1 MiB. */
  maxChannelBytes?: number;
  /** Folders to hide behind empty mounts (needs a mount namespace; ignored without one). */
  hide?: readonly string[];
  /** Plain file names to read back from the folder once the program has ended (regular files only, capped). */
  collect?: readonly string[];
  /** Bytes a collected file may have; a larger one comes back as null. Default 8 MiB. */
  maxCollectBytes?: number;
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
  /** What the program wrote to fd 3, when `channel` was asked for. */
  channel?: string;
  /** The channel was longer than maxChannelBytes and was cut. */
  channelTruncated?: boolean;
  /** For each name in `collect`: its text, or null when it is absent, not a regular file or too large. */
  collected?: Record<string, string | null>;
}

/** A plain file name: letters, digits, `_`, `-` and dots, not starting with a dot. */
const FILE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/;

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
    // matplotlib's font cache and config go to the fresh folder, never to a shared one.
    MPLCONFIGDIR: home,
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
  const isolation = req.namespaces === false ? { prefix: [] as string[], mount: false } : await probeIsolation();
  // Root in a user namespace maps only uid 0, so it cannot become nobody there; everywhere else it must.
  const drop = runsAsRoot() && !isolation.prefix.includes('--map-root-user');
  try {
    for (const name of req.collect ?? []) if (!FILE_NAME.test(name)) throw new Error(`not a plain file name: "${name}"`);
    for (const [name, text] of Object.entries(req.files ?? {})) {
      if (!FILE_NAME.test(name)) throw new Error(`not a plain file name: "${name}"`);
      await writeFile(path.join(cwd, name), text);
      if (drop) await chown(path.join(cwd, name), NOBODY, NOBODY);
    }
    if (drop) await chown(cwd, NOBODY, NOBODY);
  } catch (e) {
    await rm(cwd, { recursive: true, force: true }).catch(() => undefined);
    return failed(started, `cannot prepare the run folder: ${(e as Error).message}`);
  }
  const hostMountNs = isolation.mount && req.hide?.length ? await readlink('/proc/self/ns/mnt').catch(() => undefined) : undefined;
  const prelude = preludeArgs(limitsFor(req.timeoutMs, req.limits), { hide: req.hide, hostMountNs, drop });
  const argv = [...isolation.prefix, req.executable, ...prelude];
  const out = new TailBuffer(max);
  const err = new TailBuffer(max);
  const maxChannel = req.maxChannelBytes ?? 1024 * 1024;
  const channel: Buffer[] = [];
  let channelSize = 0;
  let channelTruncated = false;
  return new Promise<SandboxResult>((resolve) => {
    let settled = false;
    let timedOut = false;
    const child = spawn(argv[0]!, argv.slice(1), {
      cwd,
      env: minimalEnv(cwd, tag, req.env),
      stdio: ['pipe', 'pipe', 'pipe', req.channel ? 'pipe' : 'ignore'],
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
      (child.stdio[3] as (NodeJS.ReadableStream & { destroy?: () => void }) | null)?.destroy?.();
      const result: SandboxResult = {
        exitCode,
        signal,
        timedOut,
        stdout: out.text(),
        stderr: err.text(),
        truncated: out.truncated || err.truncated,
        ms: performance.now() - started,
        ...(spawnError ? { spawnError } : {}),
        ...(req.channel ? { channel: Buffer.concat(channel).toString('utf8'), channelTruncated } : {}),
      };
      const cleanup = killAll().catch(() => undefined);
      if (!req.collect?.length) {
        void cleanup.then(() => rm(cwd, { recursive: true, force: true }).catch(() => undefined));
        resolve(result);
        return;
      }
      // Read back only after every process of the run is gone, so nothing can change a file while it is read.
      void cleanup
        .then(() => collectFiles(cwd, req.collect!, req.maxCollectBytes ?? 8 * 1024 * 1024))
        .then((collected) => {
          void rm(cwd, { recursive: true, force: true }).catch(() => undefined);
          resolve({ ...result, collected });
        });
    };
    const timer = setTimeout(() => {
      timedOut = true;
      finish(null, 'SIGKILL');
    }, req.timeoutMs);
    child.stdout!.on('data', (d: Buffer) => out.push(d));
    child.stderr!.on('data', (d: Buffer) => err.push(d));
    const fd3 = child.stdio[3] as NodeJS.ReadableStream | null;
    fd3?.on('data', (d: Buffer) => {
      // Keep the head: a flood after the results cannot push them out.
      const room = maxChannel - channelSize;
      if (room <= 0) {
        channelTruncated = true;
        return;
      }
      if (d.length > room) channelTruncated = true;
      channel.push(d.subarray(0, room));
      channelSize += Math.min(room, d.length);
    });
    fd3?.on('error', () => undefined);
    child.stdin!.on('error', () => undefined);
    child.stdin!.end(req.code);
    child.on('error', (e) => finish(null, null, e.message));
    // 'close' comes once the pipes are drained. A grandchild holding them open must not keep us waiting: after
    // 'exit', wait a short grace for the rest of the output, then finish() kills the group and the tagged processes.
    child.on('close', (code, signal) => finish(code, signal));
    child.on('exit', (code, signal) => {
      setTimeout(() => finish(code, signal), EXIT_GRACE_MS).unref();
    });
  });
}

/** The named files of the run folder; a symlink (which could point outside it), a folder or a huge file is null. */
async function collectFiles(dir: string, names: readonly string[], maxBytes: number): Promise<Record<string, string | null>> {
  const out: Record<string, string | null> = {};
  for (const name of names) {
    const file = path.join(dir, name);
    const info = await lstat(file).catch(() => null);
    out[name] = info && info.isFile() && info.size <= maxBytes ? await readFile(file, 'utf8').catch(() => null) : null;
  }
  return out;
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
