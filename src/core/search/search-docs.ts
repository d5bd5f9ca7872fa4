// The index stage's input: one flat document per question (title, answer text with every section, tags) plus
// the fields the filters need. Built from the model, not from rendered HTML, so the benchmark can index a
// 100x collection without rendering it. Isomorphic.

import type { Difficulty, Question, Vault } from '../model/index.js';
import { codeAndMath, markdownToText } from './tokenize.js';

export interface SearchDoc {
  id: string;
  topicId: string;
  /** Position in the vault (topic, part, file order): the order of a filter-only listing. */
  order: number;
  title: string;
  /** Prose of the answer and its sections (the snippet comes from here); inline formulas as Unicode text
   *  between MATH_OPEN and MATH_CLOSE (tokenize.ts), so a snippet can keep each one whole. */
  body: string;
  /** Code and TeX, searchable but never shown. */
  extra: string;
  tags: string[];
  difficulty: Difficulty;
  essential: boolean;
}

function sectionsOf(q: Question) {
  return [q.answer, ...q.keyPoints, ...q.pitfalls, ...q.followUps, ...q.references, ...q.related];
}

export function buildSearchDocs(vault: Vault): SearchDoc[] {
  const docs: SearchDoc[] = [];
  const topics = [...vault.topics].sort((a, b) => a.id.localeCompare(b.id));
  for (const t of topics) {
    for (const p of t.parts) {
      for (const q of p.questions) {
        const sections = sectionsOf(q);
        docs.push({
          id: q.id,
          topicId: t.id,
          order: docs.length,
          // Titles keep their math as text ("at most 1/L"): only the delimiters and emphasis go.
          title: q.title
            .replace(/[$*_`\\]/g, '')
            .replace(/\s+/g, ' ')
            .trim(),
          body: sections.map((f) => markdownToText(f.markdown)).join(' '),
          extra: sections.map((f) => codeAndMath(f.markdown)).join(' '),
          tags: q.tags,
          difficulty: q.difficulty,
          essential: t.essential,
        });
      }
    }
  }
  return docs;
}
