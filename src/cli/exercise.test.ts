// `mlprep exercise list|run` through the real CLI entry, on the exercise-valid fixture vault.

import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from './main.js';

const VAULT = path.join(import.meta.dirname, '../../test/fixtures/vaults/exercise-valid');
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  return { out: () => out.join(''), err: () => err.join('') };
}

const file = (text: string) => {
  const p = path.join(mkdtempSync(path.join(os.tmpdir(), 'mlprep-cli-exercise-')), 'mine.py');
  writeFileSync(p, text);
  return p;
};

describe('mlprep exercise', { timeout: 400_000 }, () => {
  it('lists the exercises as JSON with the folder relative to the repository', async () => {
    const c = capture();
    expect(await main(['exercise', 'list', '--json', '--content', VAULT])).toBe(0);
    expect(JSON.parse(c.out())).toEqual([
      {
        id: '01-gradient-step',
        title: 'One gradient-descent step on a quadratic',
        topic: '01',
        difficulty: 'easy',
        dir: 'test/fixtures/vaults/exercise-valid/exercises/01-gradient-step',
      },
    ]);
  });

  it('names an unknown id and a missing file in one line', async () => {
    const c = capture();
    expect(await main(['exercise', 'run', 'nope', 'x.py', '--content', VAULT])).toBe(2);
    expect(c.err()).toBe('mlprep: unknown exercise "nope"; `mlprep exercise list` shows the ids\n');
    expect(await main(['exercise', 'run', '01-gradient-step', '/nonexistent/x.py', '--content', VAULT])).toBe(2);
    expect(c.err()).toContain('mlprep: cannot read /nonexistent/x.py: no such file\n');
  });

  it('exits 0 when every test passes and 1 with the failure printed otherwise', async () => {
    const c = capture();
    const good = file('def gradient_step(a, x, lr):\n    return float(x - lr * a * x)\n');
    expect(await main(['exercise', 'run', '01-gradient-step', good, '--hidden', '--content', VAULT])).toBe(0);
    expect(c.out()).toMatch(/PASS {2}test_zero_rate[\s\S]*2\/2 passed\n$/);
    const bad = file('def gradient_step(a, x, lr):\n    return x - lr * x\n');
    expect(await main(['exercise', 'run', '01-gradient-step', bad, '--content', VAULT])).toBe(1);
    expect(c.out()).toContain('FAIL  test_example  — The README example.\n        expected 0.5, got 0.75\n        at tests.py:7:');
    expect(c.out()).toMatch(/0\/1 passed, not solved\n$/);
  });
});
