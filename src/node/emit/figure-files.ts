// The figures folder of a vault as files of an export (the Obsidian export keeps image links to figures/x.svg,
// so it carries the folder). Only the figures the vault listed (regular `figures/*.svg` files) are read.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { EmittedFile } from '../../core/emit/index.js';

export async function readFigureFiles(contentDir: string, figures: readonly string[]): Promise<EmittedFile[]> {
  return Promise.all(figures.map(async (f) => ({ path: f, content: await readFile(path.join(contentDir, ...f.split('/')), 'utf8') })));
}
