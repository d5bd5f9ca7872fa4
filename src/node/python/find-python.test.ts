// Finding Python, with stand-in interpreters (shell scripts) instead of real ones: the candidate order (MLPREP_PYTHON
// alone when set, else Debian's python3 then python3/python on PATH, executables only, no repeats), what a probe
// reads from an interpreter's last output line, and the error that lists every interpreter tried.

import { chmod, mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPython, INSTALL_HINT, probePython, PythonNotFoundError, pythonCandidates, REQUIRED_MODULES } from './find-python.js';

let dir = '';
const script = async (rel: string, body: string, mode = 0o755) => {
  const file = path.join(dir, rel);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `#!/bin/sh\n${body}\n`);
  await chmod(file, mode);
  return file;
};
const ALL = Object.fromEntries(REQUIRED_MODULES.map((m) => [m, '1.0']));

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'mlprep-find-python-'));
  await script('a/python3', 'exit 0');
  await script('a/python', 'exit 0');
  await script('b/python3', 'exit 0', 0o644); // not executable
  await script('b/python', 'exit 0');
  await script('good', `echo "noise"; echo '${JSON.stringify({ version: '3.11.2', modules: ALL, missing: [] })}'`);
  await script('lacking', `echo '${JSON.stringify({ version: '3.12.0', modules: { numpy: '2.0' }, missing: ['torch', 'sklearn'] })}'`);
  await script('broken', 'echo "boom" >&2; exit 3');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('pythonCandidates', () => {
  it('uses MLPREP_PYTHON alone when set', async () => {
    expect(await pythonCandidates({ MLPREP_PYTHON: '/opt/py/bin/python', PATH: path.join(dir, 'a') })).toEqual(['/opt/py/bin/python']);
  });

  it("tries Debian's python3 first, then python3 and python of each PATH folder that are executable, once each", async () => {
    const a = path.join(dir, 'a');
    const b = path.join(dir, 'b');
    const PATH = [a, '', b, a, path.join(dir, 'missing')].join(path.delimiter);
    expect(await pythonCandidates({ PATH })).toEqual([
      '/usr/bin/python3',
      path.join(a, 'python3'),
      path.join(a, 'python'),
      path.join(b, 'python'),
    ]);
    expect(await pythonCandidates({})).toEqual(['/usr/bin/python3']);
  });
});

describe('probePython', () => {
  it('reads the version and modules from the last line of output', async () => {
    const exe = path.join(dir, 'good');
    expect(await probePython(exe)).toEqual({ executable: exe, ok: true, version: '3.11.2', missing: [], modules: ALL });
  });

  it('is not ok when a module is missing', async () => {
    const probe = await probePython(path.join(dir, 'lacking'));
    expect(probe).toMatchObject({ ok: false, version: '3.12.0', missing: ['torch', 'sklearn'], modules: { numpy: '2.0' } });
  });

  it('reports an interpreter that cannot run, with the first line of the error and every module missing', async () => {
    const probe = await probePython(path.join(dir, 'broken'));
    expect(probe.ok).toBe(false);
    expect(probe.missing).toEqual([...REQUIRED_MODULES]);
    expect(probe.modules).toEqual({});
    expect(probe.error).toMatch(/^Command failed/);
    expect(probe.error).not.toContain('\n');
  });
});

describe('findPython', () => {
  it('returns the first interpreter that has every module', async () => {
    expect(await findPython({ MLPREP_PYTHON: path.join(dir, 'good') })).toEqual({
      executable: path.join(dir, 'good'),
      version: '3.11.2',
      modules: ALL,
    });
  });

  it('lists every interpreter tried and what it lacked, then how to install', async () => {
    const lacking = path.join(dir, 'lacking');
    const err = await findPython({ MLPREP_PYTHON: lacking }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PythonNotFoundError);
    expect((err as Error).message).toBe(
      `No Python with ${REQUIRED_MODULES.join(', ')} was found. Probed:\n  ${lacking}: missing torch, sklearn\n${INSTALL_HINT}`,
    );
    const broken = await findPython({ MLPREP_PYTHON: path.join(dir, 'broken') }).catch((e: Error) => e.message);
    expect(broken).toContain(`  ${path.join(dir, 'broken')}: cannot run (Command failed`);
  });
});
