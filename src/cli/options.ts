// Options shared by several commands.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The collection shipped with the repository: `<repo>/content`. */
export const DEFAULT_CONTENT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../content');

export function contentDir(opt: string | undefined): string {
  return path.resolve(opt ?? process.env.MLPREP_CONTENT ?? DEFAULT_CONTENT);
}
