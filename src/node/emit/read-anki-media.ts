// The bytes of the media files an Anki export refers to (core/emit/anki-media.ts): a diagram's SVG text as it
// is, a figure read from the content folder. A figure file that is missing (the validator reports it) or not a
// regular file inside figures/ is left out: Anki then shows the image's alt text.

import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AnkiMediaFile } from '../../core/emit/index.js';
import type { ApkgMedia } from './write-apkg.js';

/** `figures/<name>.svg` with a kebab-case name: nothing else is ever read. */
const FIGURE_PATH = /^figures\/[a-z0-9]+(?:-[a-z0-9]+)*\.svg$/;

export async function readAnkiMedia(contentDir: string, files: readonly AnkiMediaFile[]): Promise<ApkgMedia[]> {
  const out: ApkgMedia[] = [];
  for (const f of files) {
    if (f.svg !== undefined) out.push({ name: f.name, bytes: new TextEncoder().encode(f.svg) });
    else if (f.figure !== undefined && FIGURE_PATH.test(f.figure)) {
      const file = path.join(contentDir, f.figure);
      const info = await lstat(file).catch(() => null);
      if (info?.isFile()) out.push({ name: f.name, bytes: new Uint8Array(await readFile(file)) });
    }
  }
  return out;
}
