// Reads a vault's files from disk, as text, and hashes them: the file-system step of the content pipeline. It does
// not load the markdown stack, so a warm start (a cache hit keyed by the hash) never loads the parser.
// Binary files are decoded leniently so that core can report them.

import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { FIGURE_FILE, PLAN_FILE, type SourceFile } from '../core/parse/vault-files.js';
import { isExerciseFile } from '../core/exercise/group-files.js';

export class VaultError extends Error {
  override name = 'VaultError';
}

/**
 * Every `.md` file (recursively, skipping dot-folders and node_modules), `study.yaml`, the figures
 * (`figures/*.svg`) and the `.py` files of the exercise folders, as vault-relative paths.
 */
export async function listVaultFiles(root: string): Promise<string[]> {
  return (await listVaultEntries(root)).filter((e) => !e.skipped).map((e) => e.file);
}

/**
 * The vault's files, plus the entries it will not read, each with the reason: symbolic links (which could point
 * anywhere on the machine), FIFOs, sockets and devices (reading one can block forever). These are reported as
 * warnings instead of vanishing silently.
 */
export async function listVaultEntries(root: string): Promise<{ file: string; skipped?: string }[]> {
  const out: { file: string; skipped?: string }[] = [];
  const walk = async (dir: string) => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const full = path.join(dir, e.name);
      const rel = path.relative(root, full).split(path.sep).join('/');
      if (e.isDirectory()) await walk(full);
      else if (e.isFile()) {
        if (e.name.endsWith('.md') || rel === PLAN_FILE || FIGURE_FILE.test(rel) || (isExerciseFile(rel) && e.name.endsWith('.py')))
          out.push({ file: rel });
      } else if (e.isSymbolicLink()) out.push({ file: rel, skipped: 'a symbolic link; the vault reads only regular files inside it' });
      else out.push({ file: rel, skipped: 'not a regular file (a FIFO, socket or device)' });
    }
  };
  await walk(root);
  return out.sort((a, b) => a.file.localeCompare(b.file));
}

export async function readVaultFiles(root: string): Promise<SourceFile[]> {
  const info = await stat(root).catch(() => null);
  if (!info) throw new VaultError(`Content folder not found: ${root}`);
  if (!info.isDirectory()) throw new VaultError(`Content path is not a folder: ${root}`);
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const entries = await listVaultEntries(root);
  return Promise.all(
    entries.map(async ({ file, skipped }) =>
      skipped ? { file, source: '', skipped } : { file, source: decoder.decode(await readFile(path.join(root, file))) },
    ),
  );
}

export function hashFiles(files: readonly SourceFile[]): string {
  const h = createHash('sha256');
  for (const f of files)
    h.update(f.file)
      .update('\0')
      .update(f.skipped ?? '')
      .update('\0')
      .update(f.source)
      .update('\0');
  return h.digest('hex');
}
