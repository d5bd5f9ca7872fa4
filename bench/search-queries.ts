// A seeded query set drawn from the collection itself, in four equal kinds: a whole word, a prefix (what
// as-you-type sends), a misspelt word (two letters swapped: the typo fallback) and two words together.

import type { SearchDoc } from '../src/core/search/index.js';
import { tokenize } from '../src/core/search/index.js';
import { seededRandom } from './measure.js';

export function buildQueries(docs: readonly SearchDoc[], count: number, seed = 7): string[] {
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const words = [...new Set(docs.flatMap((d) => tokenize(`${d.title} ${d.body}`)).filter((w) => w.length >= 6 && /^[a-z]+$/.test(w)))];
  if (words.length === 0) return [];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const w = pick(words);
    switch (i % 4) {
      case 0:
        out.push(w);
        break;
      case 1:
        out.push(w.slice(0, 3 + Math.floor(rand() * 3)));
        break;
      case 2: {
        const j = 1 + Math.floor(rand() * (w.length - 3));
        out.push(w.slice(0, j) + w[j + 1] + w[j] + w.slice(j + 2));
        break;
      }
      default:
        out.push(`${w} ${pick(words)}`);
    }
  }
  return out;
}
