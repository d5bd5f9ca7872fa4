// `mlprep check` exit codes through the real CLI entry: 0 when clean, 1 on an error diagnostic or a failing
// example, 2 when the check cannot run. A check that always passed, or a runner that always reported success,
// fails here.

import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from './main.js';

const VAULTS = path.join(import.meta.dirname, '../../test/fixtures/vaults');
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

/** A copy of minimal-valid whose one python example is replaced by `code`. */
function vaultWithExample(code: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mlprep-cli-check-'));
  cpSync(path.join(VAULTS, 'minimal-valid'), dir, { recursive: true });
  const file = path.join(dir, '01_Math_Foundations.md');
  const text = readFileSync(file, 'utf8');
  const replaced = text.replace(/```python\n[\s\S]*?\n```/, `\`\`\`python\n${code}\n\`\`\``);
  expect(replaced).not.toBe(text);
  writeFileSync(file, replaced);
  return dir;
}

describe('mlprep check exit codes', { timeout: 120_000 }, () => {
  it('exits 0 and says so on a clean vault', async () => {
    const c = capture();
    expect(await main(['check', '--content', path.join(VAULTS, 'minimal-valid')])).toBe(0);
    expect(c.out()).toMatch(/0 errors, 0 warnings\n[\s\S]*check passed\n$/);
  });

  it('exits 1 on error diagnostics and prints each one with its file:line', async () => {
    const c = capture();
    expect(await main(['check', '--content', path.join(VAULTS, 'broken-links')])).toBe(1);
    expect(c.out()).toMatch(/^01_Math_Foundations\.md:\d+ {2}error {2}link\/unresolved/m);
    expect(c.out()).toMatch(/check failed: [1-9]\d* error\(s\), 0 failed example\(s\)/);
  });

  it('exits 2 with one line when the folder does not exist', async () => {
    const c = capture();
    expect(await main(['check', '--content', '/nonexistent/mlprep-vault'])).toBe(2);
    expect(c.err()).toBe('mlprep: Content folder not found: /nonexistent/mlprep-vault\n');
  });

  it('with --run-examples, passes a passing example and fails a failing one with its traceback', async () => {
    // The pass cache lives under the working directory: keep the developer's own cache out of this test.
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'mlprep-cli-check-cwd-'));
    vi.spyOn(process, 'cwd').mockReturnValue(cwd);
    const ok = capture();
    expect(await main(['check', '--run-examples', '--no-cache', '--content', vaultWithExample('assert sum(range(4)) == 6')])).toBe(0);
    expect(ok.out()).toMatch(/examples: 1 passed, 0 failed \(0 from cache\)/);
    vi.restoreAllMocks();
    vi.spyOn(process, 'cwd').mockReturnValue(cwd);

    const bad = capture();
    const code = ['total = sum(range(4))', "assert total == 7, f'expected 7, got {total}'"].join('\n');
    expect(await main(['check', '--run-examples', '--no-cache', '--content', vaultWithExample(code)])).toBe(1);
    expect(bad.out()).toMatch(/01_Math_Foundations\.md:\d+ {2}error {2}example\/failed/);
    expect(bad.out()).toContain('AssertionError: expected 7, got 6');
    expect(bad.out()).toMatch(/examples: 0 passed, 1 failed/);
    expect(bad.out()).toMatch(/check failed: 0 error\(s\), 1 failed example\(s\)/);
    expect(existsSync(path.join(cwd, '.cache', 'mlprep', 'examples.json'))).toBe(true);
  });
});

describe('mlprep usage errors', () => {
  it('a folder with no topic files is an error (exit 2), not "check passed"', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mlprep-cli-empty-'));
    writeFileSync(path.join(dir, 'notes.md'), '# not a topic file\n');
    for (const cmd of ['check', 'stats']) {
      const c = capture();
      expect(await main([cmd, '--content', dir])).toBe(2);
      expect(c.err()).toBe(`mlprep: no topic files in ${dir}: a topic file is named like 01_math_foundations.md (NN_name.md)\n`);
      expect(c.out()).not.toContain('passed');
      vi.restoreAllMocks();
    }
  });

  it('an unknown flag prints one line and the usage line, not the whole help', async () => {
    const c = capture();
    expect(await main(['check', '--bogus'])).toBe(2);
    expect(c.err()).toBe("error: unknown option '--bogus'\nUsage: mlprep check [options]   (mlprep check --help for details)\n");
  });

  it('a nested command names its whole path in the usage line', async () => {
    const c = capture();
    expect(await main(['progress', 'export', '--zz'])).toBe(2);
    expect(c.err().split('\n')[1]).toBe('Usage: mlprep progress export [options]   (mlprep progress export --help for details)');
  });
});
