// Optional OS isolation for the runner: when the kernel lets this user create namespaces (`unshare -rn`), each
// run gets its own network namespace (no network at all, so vault code cannot reach the app's API or anything
// else) and its own PID namespace (when the run ends, the kernel kills every process left in it, daemons
// included). Containers often forbid unprivileged namespaces; then the runner falls back to process groups and a
// sweep of tagged processes, and `check` says that the network is not isolated. Probed once per process.

import { execFile } from 'node:child_process';

export interface Isolation {
  /** Command prefix that wraps the interpreter, or [] when namespaces are unavailable. */
  prefix: string[];
  network: boolean;
}

const UNSHARE = ['unshare', '--user', '--map-root-user', '--net', '--pid', '--fork', '--kill-child'];
let probed: Promise<Isolation> | null = null;

export function probeIsolation(): Promise<Isolation> {
  if (process.env.MLPREP_NO_NAMESPACES === '1' || process.platform !== 'linux') return Promise.resolve({ prefix: [], network: false });
  probed ??= new Promise((resolve) => {
    execFile(UNSHARE[0]!, [...UNSHARE.slice(1), 'true'], { timeout: 5000 }, (err) =>
      resolve(err ? { prefix: [], network: false } : { prefix: UNSHARE, network: true }),
    );
  });
  return probed;
}
