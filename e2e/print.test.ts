// End-to-end for `mlprep export pdf`: the real CLI prints one fixture topic through Debian's Chromium with the
// print stylesheet. The PDF is checked without a PDF library: its page objects are counted, and its outline
// (Chromium writes one entry per heading) must hold every question title and the answers' section headings,
// which only exist when the answers were shown. A missing Chromium is a clear one-line error.

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from './harness.js';

const run = promisify(execFile);
const VAULT = path.join(REPO, 'test', 'fixtures', 'vaults', 'web-prep');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'mlprep-print-e2e-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** PDF strings after `/Title`: literal `(…)` or UTF-16BE hex `<FEFF…>`. */
function outlineTitles(pdf: string): string[] {
  return [...pdf.matchAll(/\/Title\s*(<[0-9A-Fa-f]+>|\((?:\\.|[^)\\])*\))/g)].map(([, t]) =>
    t!.startsWith('<')
      ? Buffer.from(t!.slice(1, -1), 'hex')
          .swap16()
          .toString('utf16le')
          .replace(/^\uFEFF/, '')
      : t!.slice(1, -1).replace(/\\(.)/g, '$1'),
  );
}

describe('mlprep export pdf', () => {
  it('prints topic 01 with every answer shown, one question per page', async () => {
    const out = path.join(tmp, '01.pdf');
    const { stdout } = await run(process.execPath, ['bin/mlprep.js', 'export', 'pdf', '--topic', '01', '--content', VAULT, '-o', out], {
      cwd: REPO,
    });
    expect(stdout).toContain(`wrote topic 01 to ${out}`);
    const pdf = readFileSync(out).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    const pages = (pdf.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
    // the topic head on page 1, then each of the 3 questions on a page of its own (a long one may run over)
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(pages).toBeLessThanOrEqual(8);
    const titles = outlineTitles(pdf);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Math Foundations',
        'Part 0: Calculus',
        'Why must the gradient-descent step size be at most 1/L on an L-smooth function?',
        'What is an eigendecomposition, and when does it exist?',
        'What does the Hessian tell you about a critical point?',
      ]),
    );
    // answer sections are headings inside the answers: present only if the answers were printed
    expect(titles.filter((t) => /^key points$/i.test(t)).length).toBeGreaterThanOrEqual(3);
  }, 300_000);

  it('says in one line when Chromium is missing', async () => {
    const err = await run(
      process.execPath,
      ['bin/mlprep.js', 'export', 'pdf', '--topic', '01', '--content', VAULT, '-o', path.join(tmp, 'x.pdf')],
      { cwd: REPO, env: { ...process.env, MLPREP_CHROMIUM: path.join(tmp, 'no-chromium') } },
    ).catch((e: { code: number; stderr: string }) => e);
    expect((err as { code: number }).code).toBe(2);
    expect((err as { stderr: string }).stderr.trim()).toBe(
      `mlprep: Chromium not found at ${path.join(tmp, 'no-chromium')}: install it (apt install chromium) or set MLPREP_CHROMIUM.`,
    );
    // A CLI start through tsx took 15-18 s on a loaded 2-core machine: more than the default 30 s with the spawn.
  }, 120_000);
});
