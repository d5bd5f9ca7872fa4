// `npm test` runs this first: it checks the two things from the machine the tests need, a Python with the
// example stack and Debian's Chromium, in about a second, instead of failing minutes into the suite.
// What is missing is installed through apt when this runs as root on Debian (as CI does, and as a fresh
// container would); otherwise it prints the exact command to run and exits 1. MLPREP_PREFLIGHT_NO_INSTALL=1 turns
// the install off (the tests of this script use it).

import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { findPython, PythonNotFoundError, REQUIRED_MODULES, type PythonInfo } from '../src/node/python/find-python.js';

/** The Debian package of each module the examples import. */
export const APT_PACKAGES: Record<(typeof REQUIRED_MODULES)[number], string> = {
  numpy: 'python3-numpy',
  scipy: 'python3-scipy',
  sklearn: 'python3-sklearn',
  torch: 'python3-torch',
  pandas: 'python3-pandas',
  matplotlib: 'python3-matplotlib',
};

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.MLPREP_CHROMIUM ?? '/usr/bin/chromium';
}

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export interface Missing {
  python: string | null; // why no interpreter qualified, or null
  chromium: string | null; // the path that is not there, or null
}

export async function findMissing(env: NodeJS.ProcessEnv = process.env): Promise<{ missing: Missing; python: PythonInfo | null }> {
  let python: PythonInfo | null = null;
  let why: string | null = null;
  try {
    python = await findPython(env);
  } catch (err) {
    if (!(err instanceof PythonNotFoundError)) throw err;
    why = err.message.split('\n').slice(0, -1).join('\n'); // the probe lines, without the generic hint
  }
  const chromium = chromiumPath(env);
  return { missing: { python: why, chromium: executable(chromium) ? null : chromium }, python };
}

/** The apt packages that would supply what is missing (all python ones: apt skips those already installed). */
export function aptPackages(missing: Missing): string[] {
  return [...(missing.chromium ? ['chromium'] : []), ...(missing.python ? Object.values(APT_PACKAGES) : [])];
}

export function installCommand(packages: string[]): string {
  return `sudo apt-get install -y --no-install-recommends ${packages.join(' ')}`;
}

async function main(): Promise<number> {
  const t0 = performance.now();
  let { missing, python } = await findMissing();
  let packages = aptPackages(missing);
  const canInstall =
    packages.length > 0 && process.getuid?.() === 0 && !process.env.MLPREP_PREFLIGHT_NO_INSTALL && executable('/usr/bin/apt-get');
  if (canInstall) {
    console.log(`preflight: installing ${packages.join(' ')} through apt (running as root)`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [
      ['update', '-q'],
      ['install', '-y', '-q', '--no-install-recommends', ...packages],
    ]) {
      const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
      if (r.status !== 0) {
        console.error(`preflight: apt-get ${args[0]} failed (exit ${r.status})`);
        return 1;
      }
    }
    ({ missing, python } = await findMissing());
    packages = aptPackages(missing);
  }
  if (packages.length > 0) {
    if (missing.python)
      console.error(`preflight: no Python with ${REQUIRED_MODULES.join(', ')} for the content examples.\n${missing.python}`);
    if (missing.chromium) console.error(`preflight: no Chromium at ${missing.chromium} for the browser tests.`);
    console.error(
      `Install them with:\n  ${installCommand(packages)}\n` +
        '(or set MLPREP_PYTHON to an interpreter that has those modules, MLPREP_CHROMIUM to a Chromium binary). Never run "npx playwright install".',
    );
    return 1;
  }
  console.log(
    `preflight: python ${python!.executable} ${python!.version} (torch ${python!.modules.torch}), chromium ${chromiumPath()} · ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
