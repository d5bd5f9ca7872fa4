// A folder export as one zip download (the settings page's Obsidian vault and static site): every file under
// one top folder, so unzipping never scatters files into the user's Downloads folder. fflate, no native code.

import { zipSync, strToU8, type Zippable } from 'fflate';

export function zipFiles(folder: string, files: readonly { path: string; content: string | Uint8Array }[]): Uint8Array {
  const tree: Zippable = {};
  for (const f of files) tree[`${folder}/${f.path}`] = typeof f.content === 'string' ? strToU8(f.content) : f.content;
  return zipSync(tree);
}
