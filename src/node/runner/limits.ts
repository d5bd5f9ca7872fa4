// Resource limits for untrusted code (vault examples, exercise submissions) and the tiny Python prelude that
// applies them. The prelude runs first in the child, sets each limit with `resource.setrlimit` (never above the
// hard limit it inherited), then `execv`s the same interpreter on stdin, so the user's code runs as an ordinary
// `python -` script under the limits. Doing it in the child keeps the runner free of native code and of util-linux's
// `prlimit`; the limits survive exec.

export interface RunLimits {
  /** Address-space cap in MiB (RLIMIT_AS). Importing torch and scikit-learn takes about 0.9 GiB of it. */
  memoryMb: number;
  /** CPU seconds (RLIMIT_CPU); the wall-clock timeout is separate and usually fires first. */
  cpuSeconds: number;
  /** Largest file the code may write, in MiB (RLIMIT_FSIZE). */
  fileSizeMb: number;
  /** Processes and threads the code may add to what its user already runs (RLIMIT_NPROC). Not enforced for root. */
  extraProcesses: number;
}

export const DEFAULT_LIMITS: RunLimits = { memoryMb: 4096, cpuSeconds: 60, fileSizeMb: 64, extraProcesses: 64 };

/** Limits for a run of `timeoutMs`: the CPU cap follows the timeout so a busy loop dies either way. */
export function limitsFor(timeoutMs: number, overrides: Partial<RunLimits> = {}): RunLimits {
  return { ...DEFAULT_LIMITS, cpuSeconds: Math.ceil(timeoutMs / 1000) + 5, ...overrides };
}

export const PRELUDE = `
import os, resource, sys
lim = dict((k, int(v)) for k, v in (a.split("=") for a in sys.argv[1:]))
def cap(res, value):
    soft, hard = resource.getrlimit(res)
    if hard != resource.RLIM_INFINITY:
        value = min(value, hard)
    resource.setrlimit(res, (value, value))
cap(resource.RLIMIT_AS, lim["memory_mb"] << 20)
cap(resource.RLIMIT_CPU, lim["cpu_s"])
cap(resource.RLIMIT_FSIZE, lim["fsize_mb"] << 20)
cap(resource.RLIMIT_CORE, 0)
if hasattr(resource, "RLIMIT_NPROC") and os.path.isdir("/proc"):
    uid, n = os.getuid(), 0
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                if os.stat("/proc/" + pid).st_uid == uid:
                    n += len(os.listdir("/proc/" + pid + "/task"))
            except OSError:
                pass
    cap(resource.RLIMIT_NPROC, n + lim["nproc"])
os.execv(sys.executable, [sys.executable, "-"])
`;

/** The interpreter arguments that run the prelude with these limits, then the code on stdin. */
export function preludeArgs(l: RunLimits): string[] {
  return ['-c', PRELUDE, `memory_mb=${l.memoryMb}`, `cpu_s=${l.cpuSeconds}`, `fsize_mb=${l.fileSizeMb}`, `nproc=${l.extraProcesses}`];
}
