// Writes a one-file export (an .apkg, a text import, a PDF): refuses a folder as the target, creates the parent
// folder, and writes through a temp file in the same folder then renames, so an interrupted export never leaves
// a half-written file where the last good one was.

import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ExportFolderError } from './write-files.js';

export async function writeExportFile(file: string, data: string | Uint8Array): Promise<void> {
  const target = path.resolve(file);
  const st = await stat(target).catch(() => null);
  if (st?.isDirectory()) throw new ExportFolderError(`${target} is a folder; give a file name (e.g. ${path.join(file, 'mlprep.apkg')}).`);
  await mkdir(path.dirname(target), { recursive: true }).catch((err: NodeJS.ErrnoException) => {
    throw new ExportFolderError(`cannot create ${path.dirname(target)}: ${err.message}`);
  });
  const temp = `${target}.${process.pid}.part`;
  try {
    await writeFile(temp, data);
    await rename(temp, target);
  } catch (err) {
    await rm(temp, { force: true });
    throw new ExportFolderError(`cannot write ${target}: ${(err as Error).message}`);
  }
}
