// Where a CLI command writes a file: a missing folder or an unwritable path becomes one clear line, not a stack
// trace. Kept apart from export.ts so that `progress export` does not load the renderers.

import path from 'node:path';
import { writeExportFile } from '../node/emit/write-file.js';
import { ExportFolderError } from '../node/emit/write-files.js';
import { CliError } from './errors.js';

/** ExportFolderError (a bad output path) becomes the CLI's one-line error. */
export async function explainFolderErrors<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (err instanceof ExportFolderError) throw new CliError(err.message);
    throw err;
  }
}

/** Writes one export file; a missing folder or an unwritable path is a one-line error. Returns the path. */
export async function writeOrExplain(file: string, data: string | Uint8Array): Promise<string> {
  const out = path.resolve(file);
  await explainFolderErrors(() => writeExportFile(out, data));
  return out;
}
