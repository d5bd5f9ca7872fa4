// Writes an emitter's files into an output folder. The folder must be new, empty, or one that an earlier export
// wrote (it holds the marker file), so that an export never mixes into, or overwrites, a folder of the user's
// own notes. A re-export replaces what the earlier one wrote.

import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const EXPORT_MARKER = '.mlprep-export';

export class ExportFolderError extends Error {
  override name = 'ExportFolderError';
}

export async function writeExport(
  outDir: string,
  files: readonly { path: string; content: string | Uint8Array }[],
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const entries = await readdir(outDir).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return null;
    if (err.code === 'ENOTDIR') throw new ExportFolderError(`${outDir} is a file, not a folder.`);
    throw new ExportFolderError(`cannot read ${outDir}: ${err.message}`);
  });
  if (entries && entries.length > 0) {
    if (!entries.includes(EXPORT_MARKER))
      throw new ExportFolderError(`${outDir} is not empty and was not written by mlprep; choose a new or empty folder.`);
    for (const e of entries) await rm(path.join(outDir, e), { recursive: true, force: true });
  }
  await mkdir(outDir, { recursive: true }).catch((err: NodeJS.ErrnoException) => {
    throw new ExportFolderError(`cannot create ${outDir}: ${err.message}`);
  });
  await writeFile(path.join(outDir, EXPORT_MARKER), 'Written by `mlprep export`. A re-export replaces this folder.\n');
  let done = 0;
  for (const f of files) {
    const target = path.join(outDir, ...f.path.split('/'));
    // Paths come from ids and slugs, which the validator restricts; still refuse anything that leaves the folder.
    if (!target.startsWith(path.resolve(outDir) + path.sep)) throw new ExportFolderError(`refusing to write outside ${outDir}: ${f.path}`);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, f.content);
    onProgress?.(++done, files.length);
  }
}
