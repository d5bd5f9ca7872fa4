// `mlprep progress import` reads what `progress export` wrote, also when an editor added a byte-order mark, and
// refuses a bad file with the field named, through the real CLI entry.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from './main.js';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'mlprep-cli-progress-'));
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  return { out, err };
}

const doc = (settings: Record<string, unknown>) =>
  JSON.stringify({
    format: 'mlprep-progress',
    version: 2,
    exportedAt: '',
    cards: [],
    reviewLog: [],
    settings,
    checklistTicks: [],
    mocks: [],
  });

describe('mlprep progress import', () => {
  it('accepts a file that starts with a byte-order mark', async () => {
    const dir = tmp();
    const file = path.join(dir, 'bom.json');
    writeFileSync(file, `\uFEFF${doc({ retention: 0.85 })}`);
    const { out } = capture();
    expect(await main(['progress', 'import', file, '--data', dir])).toBe(0);
    expect(out.join('')).toContain('1 settings');
    const exported = path.join(dir, 'out.json');
    expect(await main(['progress', 'export', '-o', exported, '--data', dir])).toBe(0);
    expect(out.join('')).toContain(`wrote progress to ${exported}\n`);
    expect(JSON.parse(readFileSync(exported, 'utf8')).settings).toEqual({ retention: 0.85 });
  });

  it('refuses an out-of-range setting naming the field', async () => {
    const dir = tmp();
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, doc({ retention: 5 }));
    const { err } = capture();
    expect(await main(['progress', 'import', file, '--data', dir])).not.toBe(0);
    expect(err.join('')).toMatch(/settings\.retention: retention must be a number from 0\.7 to 0\.97/);
  });

  it('export -o into a folder that cannot be created says so in one line', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'file'), 'x');
    const { err } = capture();
    expect(await main(['progress', 'export', '-o', path.join(dir, 'file', 'sub', 'p.json'), '--data', dir])).toBe(2);
    expect(err.join('')).toMatch(/^mlprep: cannot create .*file\/sub: [^\n]*\n$/);
  });
});
