// Reads a vault from disk (read-vault.ts) and runs parse + validate: everything after the read is pure core code.

import path from 'node:path';
import { parseVault, type SourceFile } from '../core/parse/index.js';
import { validateVault } from '../core/validate/index.js';
import type { Diagnostic, Vault } from '../core/model/index.js';
import { hashFiles, readVaultFiles } from './read-vault.js';

export interface LoadedVault {
  root: string;
  vault: Vault;
  /** Parse and validation diagnostics, sorted. */
  diagnostics: Diagnostic[];
  /** sha256 over every file's path and bytes: the cache key for later stages. */
  hash: string;
  files: SourceFile[];
}

export async function loadVault(root: string): Promise<LoadedVault> {
  const abs = path.resolve(root);
  const files = await readVaultFiles(abs);
  const vault = parseVault(files);
  return { root: abs, vault, diagnostics: validateVault(vault), hash: hashFiles(files), files };
}
