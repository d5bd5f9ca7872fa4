// Generates a collection N times the size of a source vault, for the search benchmark. Every topic file gets
// its parts repeated N times (part numbers and question ids made unique), and each copy's answers get a
// sentence of seeded pseudo-words so the vocabulary grows with the collection, as a real one would.
// CLI: `npx tsx bench/generate-collection.ts SOURCE OUT [factor=100]` writes the markdown (to try the whole app
// at scale). The search benchmark uses multiplyDocs(), the same transformation applied to the parsed search
// documents: parsing 100x the collection's markdown takes minutes and is not what it measures.

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SearchDoc } from '../src/core/search/index.js';
import { listVaultFiles } from '../src/node/read-vault.js';
import { seededRandom } from './measure.js';

/**
 *   ^(##\s+Part\s+)(\d+)(\s*:.*)$   a part heading: prefix, number, rest
 */
const PART = /^(##\s+Part\s+)(\d+)(\s*:.*)$/;
/** `<!-- id: some-id;` in a question's metadata line. */
const META_ID = /(<!--\s*id:\s*)([a-z0-9-]+)/;

function syllables(rand: () => number, n: number): string {
  const parts = ['ka', 'lo', 'mi', 'ter', 'vos', 'ra', 'nel', 'qui', 'dor', 'sa', 'phi', 'gen', 'tru', 'bex'];
  let w = '';
  for (let i = 0; i < n; i++) w += parts[Math.floor(rand() * parts.length)]!;
  return w;
}

/** One topic file N times over. Parts after the first copy get numbers k*1000+n; ids get `-cK`. */
export function multiplyTopic(source: string, factor: number, seed: number): string {
  const lines = source.split('\n');
  const firstPart = lines.findIndex((l) => PART.test(l));
  if (firstPart < 0) return source;
  const head = lines.slice(0, firstPart);
  const body = lines.slice(firstPart);
  const rand = seededRandom(seed);
  const out = [...head];
  for (let k = 0; k < factor; k++) {
    for (const line of body) {
      if (PART.test(line)) out.push(line.replace(PART, (_m, a: string, n: string, rest: string) => `${a}${k * 1000 + Number(n)}${rest}`));
      else if (k > 0 && META_ID.test(line)) {
        out.push(line.replace(META_ID, (_m, a: string, id: string) => `${a}${id}-c${k}`));
        const words = Array.from({ length: 6 }, () => syllables(rand, 2 + Math.floor(rand() * 3)));
        out.push('', `Variant ${k} also mentions ${words.join(' ')}.`);
      } else out.push(k > 0 ? line.replace(/\[\[#\^([a-z0-9-]+)/g, `[[#^$1-c${k}`) : line);
    }
  }
  return out.join('\n');
}

/** The collection's search documents N times over, with the same id suffixes and pseudo-word sentences. */
export function multiplyDocs(docs: readonly SearchDoc[], factor: number, seed = 1): SearchDoc[] {
  const rand = seededRandom(seed);
  const out: SearchDoc[] = [];
  for (let k = 0; k < factor; k++) {
    for (const d of docs) {
      const extra =
        k === 0
          ? ''
          : ` Variant ${k} also mentions ${Array.from({ length: 6 }, () => syllables(rand, 2 + Math.floor(rand() * 3))).join(' ')}.`;
      out.push({ ...d, id: k === 0 ? d.id : `${d.id}-c${k}`, order: out.length, body: d.body + extra });
    }
  }
  return out;
}

export async function generateCollection(sourceDir: string, outDir: string, factor: number): Promise<number> {
  await mkdir(outDir, { recursive: true });
  let files = 0;
  for (const rel of await listVaultFiles(sourceDir)) {
    const text = await readFile(path.join(sourceDir, rel), 'utf8');
    const isTopic = /^\d{2}_[^/]+\.md$/.test(path.basename(rel));
    await mkdir(path.dirname(path.join(outDir, rel)), { recursive: true });
    await writeFile(path.join(outDir, rel), isTopic ? multiplyTopic(text, factor, files + 1) : text);
    files++;
  }
  return files;
}

if (process.argv[1]?.endsWith('generate-collection.ts')) {
  const [source, out, factor = '100'] = process.argv.slice(2);
  if (!source || !out) {
    console.error('usage: npx tsx bench/generate-collection.ts SOURCE OUT [factor]');
    process.exit(2);
  }
  const n = await generateCollection(source, out, Number(factor));
  console.log(`wrote ${n} files to ${out} (${factor}x)`);
}
