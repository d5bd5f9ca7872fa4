// The figures of figure examples (```python figure="name"```): the environment they draw in, the normal form of
// their SVG, and the comparison with the committed content/figures/<name>.svg. The normal form is matplotlib's SVG
// without its <metadata> element (which holds the creation date and the matplotlib version); with the vault's
// figures/matplotlibrc (fixed svg.hashsalt, text as text, one font and size) and SOURCE_DATE_EPOCH=0 the rest is
// byte-identical from run to run, and equal to what the content tools (make_figures.py) write.

import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const FIGURE_RC = 'matplotlibrc';

export type FigureStatus = 'same' | 'updated' | 'differs' | 'missing' | 'not-saved';

export interface FigureOutcome {
  status: FigureStatus;
  /** Vault-relative, `figures/<name>.svg`. */
  file: string;
  /** What happened and how to fix it (empty for `same`). */
  message: string;
}

export interface FigureSetup {
  dir: string;
  update: boolean;
  /** Files placed in each figure example's run folder: the vault's matplotlibrc. */
  files: Record<string, string>;
  /** The committed figure's text, or null when it is missing. */
  committed(name: string): Promise<string | null>;
}

/**
 * matplotlib's SVG without its metadata, as make_figures.py writes it.
 *   \s*               the whitespace before the element (its line break), like Python's `\s*`
 *   <metadata>[\s\S]*?<\/metadata>   the element, lazily, across lines
 */
export function normalizeFigureSvg(svg: string): string {
  return svg.replace(/\s*<metadata>[\s\S]*?<\/metadata>/g, '');
}

/** The environment a figure example draws in (on top of the runner's minimal one). */
export function figureEnv(): Record<string, string> {
  // Relative: the run folder is the working directory, and the rc file is placed there (FigureSetup.files).
  return { MPLBACKEND: 'Agg', SOURCE_DATE_EPOCH: '0', MATPLOTLIBRC: FIGURE_RC };
}

export async function readFigureSetup(dir: string, update: boolean): Promise<FigureSetup> {
  const rc = await readFile(path.join(dir, FIGURE_RC), 'utf8').catch(() => null);
  return {
    dir,
    update,
    files: rc === null ? {} : { [FIGURE_RC]: rc },
    committed: (name) => readFile(path.join(dir, `${name}.svg`), 'utf8').catch(() => null),
  };
}

export async function compareFigure(setup: FigureSetup, name: string, drawn: string | null): Promise<FigureOutcome> {
  const file = `figures/${name}.svg`;
  if (drawn === null)
    return {
      status: 'not-saved',
      file,
      message: `the example did not save ${name}.svg in its working folder: end it with fig.savefig("${name}.svg")`,
    };
  const svg = normalizeFigureSvg(drawn);
  const committed = await setup.committed(name);
  if (committed === svg) return { status: 'same', file, message: '' };
  if (setup.update) {
    await mkdir(setup.dir, { recursive: true });
    // Write then rename: an interrupted update never leaves half a figure behind.
    const target = path.join(setup.dir, `${name}.svg`);
    const tmp = `${target}.${process.pid}.tmp`;
    await writeFile(tmp, svg);
    await rename(tmp, target);
    return { status: 'updated', file, message: `${committed === null ? 'wrote' : 'updated'} ${file}` };
  }
  return committed === null
    ? { status: 'missing', file, message: `${file} is missing: run \`mlprep check --run-examples --update-figures\` and commit it` }
    : {
        status: 'differs',
        file,
        message: `${file} differs from what its example draws now: run \`mlprep check --run-examples --update-figures\` and commit it`,
      };
}
