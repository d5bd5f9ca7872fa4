// Checks an Obsidian export's links: shared by the emitter's unit tests and the whole-collection test.
import path from 'node:path';
import { listWikiLinks } from '../../src/core/emit/markdown-links.js';
import type { EmittedFile } from '../../src/core/emit/obsidian.js';

/** Every link's target is a note of the output (Obsidian links by file name), and a `#heading` exists in it. */
export function unresolved(files: EmittedFile[]): string[] {
  const byName = new Map(files.map((f) => [path.posix.basename(f.path, '.md'), f]));
  const bad: string[] = [];
  for (const f of files)
    for (const link of listWikiLinks(f.content)) {
      const target = byName.get(link.target || path.posix.basename(f.path, '.md'));
      if (!target) bad.push(`${f.path}: [[${link.raw}]]`);
      else if (
        link.anchor &&
        !link.blockRef &&
        !new RegExp(`^#+ ${link.anchor.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'm').test(target.content)
      )
        bad.push(`${f.path}: [[${link.raw}]] (no heading)`);
      else if (link.blockRef) bad.push(`${f.path}: [[${link.raw}]] (a block reference survived)`);
    }
  return bad;
}
