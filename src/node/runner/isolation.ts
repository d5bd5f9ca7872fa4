// Optional OS isolation for the runner: when the kernel lets us create namespaces, each run gets its own network
// namespace (no network at all, so submitted code cannot reach the app's API or anything else), its own PID
// namespace (when the run ends, the kernel kills every process left in it, daemons included) and its own mount
// namespace (so the prelude can hide the user's home and data folders under empty tmpfs mounts that nobody else
// sees). An ordinary user needs a user namespace for that (`unshare --user --map-root-user`); root can create the
// namespaces directly, and then the prelude drops to `nobody` (see limits.ts) because the kernel never applies
// RLIMIT_NPROC to uid 0 and root could read every file. Containers often forbid unprivileged namespaces; then the
// runner falls back to process groups and a sweep of tagged processes, and `check` says that the network is not
// isolated. Probed once per process, trying the richest prefix first.

import { execFile } from 'node:child_process';

export interface Isolation {
  /** Command prefix that wraps the interpreter, or [] when namespaces are unavailable. */
  prefix: string[];
  network: boolean;
  /** A private mount namespace: the prelude may mount over folders to hide them. */
  mount: boolean;
}

const USER_NS = ['unshare', '--user', '--map-root-user'];
const REST = ['--net', '--pid', '--fork', '--kill-child'];
const NONE: Isolation = { prefix: [], network: false, mount: false };
let probed: Promise<Isolation> | null = null;

function works(prefix: string[]): Promise<boolean> {
  return new Promise((resolve) => execFile(prefix[0]!, [...prefix.slice(1), 'true'], { timeout: 5000 }, (err) => resolve(!err)));
}

/** Whether the runner runs as root, in which case the prelude drops the child to `nobody`. */
export const runsAsRoot = (): boolean => typeof process.getuid === 'function' && process.getuid() === 0;

export function probeIsolation(): Promise<Isolation> {
  if (process.env.MLPREP_NO_NAMESPACES === '1' || process.platform !== 'linux') return Promise.resolve(NONE);
  probed ??= (async () => {
    const base = runsAsRoot() ? ['unshare'] : USER_NS;
    const candidates: Isolation[] = [
      { prefix: [...base, '--mount', ...REST], network: true, mount: true },
      { prefix: [...base, ...REST], network: true, mount: false },
    ];
    // Root inside a container may lack CAP_SYS_ADMIN but still be allowed a user namespace.
    if (runsAsRoot()) candidates.push({ prefix: [...USER_NS, ...REST], network: true, mount: false });
    for (const c of candidates) if (await works(c.prefix)) return c;
    return NONE;
  })();
  return probed;
}
