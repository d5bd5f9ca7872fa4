// Figure examples through runExamples with a real interpreter that has matplotlib (the first candidate `check`
// would probe): the fixture figure, written by the content tools' make_figures.py, is drawn byte-identically; a
// changed or deleted committed figure fails the example with its file, `update` rewrites it, an example that
// never saves its figure fails, and the pass cache re-runs a figure example once its committed SVG changes.

import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../core/parse/index.js';
import { normalizeFigureSvg } from './figure-svg.js';
import { pythonCandidates, type PythonInfo } from './find-python.js';
import { runExamples, type Example } from './run-examples.js';

const FIXTURE = path.join(import.meta.dirname, '../../../test/fixtures/vaults/pictures-valid');
let python: PythonInfo;
let tmp: string;
let figuresDir: string;
let example: Example;
let original: string;

beforeAll(async () => {
  python = { executable: (await pythonCandidates())[0]!, version: '3-test', modules: { matplotlib: '1' } };
  tmp = await mkdtemp(path.join(os.tmpdir(), 'mlprep-figures-test-'));
  figuresDir = path.join(tmp, 'figures');
  await cp(path.join(FIXTURE, 'figures'), figuresDir, { recursive: true });
  original = await readFile(path.join(figuresDir, '01-line.svg'), 'utf8');
  const md = await readFile(path.join(FIXTURE, '01_Pictures.md'), 'utf8');
  const block = parseMarkdown(md).children.find((n) => n.type === 'code' && n.lang === 'python');
  example = { file: '01_Pictures.md', line: 27, code: block!.type === 'code' ? block!.value : '', figure: '01-line' };
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

const run = (ex: Example[], update = false, cacheFile?: string) =>
  runExamples(ex, { python, useCache: cacheFile !== undefined, cacheFile, figures: { dir: figuresDir, update }, timeoutMs: 60_000 });

describe('figure examples', () => {
  it('normalizes like make_figures.py: only the metadata element goes', () => {
    expect(normalizeFigureSvg('<svg>\n <metadata>\n  <x>2026</x>\n </metadata>\n <g/>\n</svg>')).toBe('<svg>\n <g/>\n</svg>');
  });

  it('draws the committed fixture figure byte for byte', async () => {
    const [r] = await run([example]);
    expect(r!.stderr).toBe('');
    expect(r!.figure?.status).toBe('same');
    expect(r!.ok).toBe(true);
  }, 60_000);

  it('fails when the committed figure differs or is missing, and update rewrites it', async () => {
    const file = path.join(figuresDir, '01-line.svg');
    await writeFile(file, original.replace('y = 2x + 1', 'y = 3x'));
    const [differs] = await run([example]);
    expect(differs!.ok).toBe(false);
    expect(differs!.figure).toMatchObject({ status: 'differs', file: 'figures/01-line.svg' });
    expect(differs!.figure!.message).toContain('--update-figures');
    await rm(file);
    const [missing] = await run([example]);
    expect([missing!.ok, missing!.figure?.status]).toEqual([false, 'missing']);
    const [updated] = await run([example], true);
    expect([updated!.ok, updated!.figure?.status]).toEqual([true, 'updated']);
    expect(await readFile(file, 'utf8')).toBe(original);
  }, 120_000);

  it('fails an example that never saves its figure', async () => {
    const [r] = await run([{ ...example, code: 'import matplotlib.pyplot as plt\nplt.plot([1, 2])\n' }]);
    expect([r!.ok, r!.figure?.status]).toEqual([false, 'not-saved']);
    expect(r!.figure!.message).toContain('fig.savefig("01-line.svg")');
  }, 60_000);

  it('re-runs a cached figure example when its committed SVG changes', async () => {
    const cacheFile = path.join(tmp, 'cache.json');
    const [first] = await run([example], false, cacheFile);
    const [second] = await run([example], false, cacheFile);
    expect([first!.ok, first!.cached, second!.ok, second!.cached]).toEqual([true, false, true, true]);
    await writeFile(path.join(figuresDir, '01-line.svg'), `${original}\n`);
    const [third] = await run([example], false, cacheFile);
    expect([third!.ok, third!.cached, third!.figure?.status]).toEqual([false, false, 'differs']);
    await writeFile(path.join(figuresDir, '01-line.svg'), original);
  }, 180_000);
});
