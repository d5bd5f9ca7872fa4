// Resource limits for untrusted code (vault examples, exercise submissions) and the tiny Python prelude that
// applies them. The prelude runs first in the child, sets each limit with `resource.setrlimit` (never above the
// hard limit it inherited), then `execv`s the same interpreter on stdin, so the user's code runs as an ordinary
// `python -` script under the limits. Doing it in the child keeps the runner free of native code and of util-linux's
// `prlimit`; the limits survive exec.
// Two optional steps run before the exec, both needing the privileges the child still has at that point:
// - `hide`: mount an empty tmpfs over each listed folder (the user's home, the progress data folder), only when
//   the child is in a mount namespace of its own (checked against the parent's namespace id, so a run without
//   namespaces can never mount over the real folders), and never over the run's own folder or the interpreter;
// - `drop`: when the runner is root, become `nobody` (65534), because the kernel never applies RLIMIT_NPROC to
//   uid 0 (a fork bomb would be unbounded) and root reads every file on the machine.

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

/** What the prelude does besides limits (see the header). */
export interface PreludeOptions {
  hide?: readonly string[];
  /** The parent's mount namespace id (`mnt:[…]`); hiding happens only in a different one. */
  hostMountNs?: string;
  drop?: boolean;
}

export const NOBODY = 65534;

export const PRELUDE = `
import os, resource, sys, json
lim = dict(a.split("=", 1) for a in sys.argv[1:])
hide = json.loads(lim.get("hide", "[]"))
if hide and lim.get("host_ns") and os.readlink("/proc/self/ns/mnt") != lim["host_ns"]:
    import ctypes
    libc = ctypes.CDLL(None, use_errno=True)
    here, exe = os.path.realpath(os.getcwd()), os.path.realpath(sys.executable)
    for p in hide:
        rp = os.path.realpath(p)
        if rp == "/" or not os.path.isdir(rp) or here == rp or here.startswith(rp + "/") or exe.startswith(rp + "/"):
            continue
        libc.mount(b"none", rp.encode(), b"tmpfs", 0, b"size=64k,mode=0555")
drop = lim.get("drop") == "1" and os.getuid() == 0
def cap(res, value):
    soft, hard = resource.getrlimit(res)
    if hard != resource.RLIM_INFINITY:
        value = min(value, hard)
    resource.setrlimit(res, (value, value))
cap(resource.RLIMIT_AS, int(lim["memory_mb"]) << 20)
cap(resource.RLIMIT_CPU, int(lim["cpu_s"]))
cap(resource.RLIMIT_FSIZE, int(lim["fsize_mb"]) << 20)
cap(resource.RLIMIT_CORE, 0)
if hasattr(resource, "RLIMIT_NPROC") and os.path.isdir("/proc"):
    uid, n = (${NOBODY} if drop else os.getuid()), 0
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                if os.stat("/proc/" + pid).st_uid == uid:
                    n += len(os.listdir("/proc/" + pid + "/task"))
            except OSError:
                pass
    cap(resource.RLIMIT_NPROC, n + int(lim["nproc"]))
if drop:
    os.setgroups([])
    os.setgid(${NOBODY})
    os.setuid(${NOBODY})
os.execv(sys.executable, [sys.executable, "-"])
`;

/** The interpreter arguments that run the prelude with these limits, then the code on stdin. */
export function preludeArgs(l: RunLimits, o: PreludeOptions = {}): string[] {
  return [
    '-c',
    PRELUDE,
    `memory_mb=${l.memoryMb}`,
    `cpu_s=${l.cpuSeconds}`,
    `fsize_mb=${l.fileSizeMb}`,
    `nproc=${l.extraProcesses}`,
    ...(o.hide?.length && o.hostMountNs ? [`hide=${JSON.stringify(o.hide)}`, `host_ns=${o.hostMountNs}`] : []),
    ...(o.drop ? ['drop=1'] : []),
  ];
}
