// scripts/preflight.ts, which `npm test` runs first: a machine without the example stack or Chromium must fail
// in seconds with the exact command to run, and a complete one must pass.

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { aptPackages, findMissing, installCommand } from '../scripts/preflight.js';

const REPO = path.join(import.meta.dirname, '..');
const broken = { ...process.env, MLPREP_PYTHON: '/nonexistent/python3', MLPREP_CHROMIUM: '/nonexistent/chromium' };

describe('preflight', { timeout: 60_000 }, () => {
  it('finds what this machine has (the suite itself needs both)', async () => {
    const { missing, python } = await findMissing();
    expect(missing).toEqual({ python: null, chromium: null });
    expect(python?.modules.torch).toBeTruthy();
  });

  it('names each missing piece and the apt packages that supply it', async () => {
    const { missing } = await findMissing(broken);
    expect(missing.chromium).toBe('/nonexistent/chromium');
    expect(missing.python).toContain('/nonexistent/python3');
    expect(installCommand(aptPackages(missing))).toBe(
      'sudo apt-get install -y --no-install-recommends chromium python3-numpy python3-scipy python3-sklearn python3-torch python3-pandas python3-matplotlib',
    );
    expect(aptPackages({ python: null, chromium: '/x' })).toEqual(['chromium']);
    expect(aptPackages({ python: null, chromium: null })).toEqual([]);
  });

  it('as a command, exits 1 with the install command instead of installing when told not to', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/preflight.ts'], {
      cwd: REPO,
      env: { ...broken, MLPREP_PREFLIGHT_NO_INSTALL: '1' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('no Chromium at /nonexistent/chromium');
    expect(r.stderr).toContain('apt-get install -y --no-install-recommends chromium python3-numpy');
  });
});
