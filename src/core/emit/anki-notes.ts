// The questions as Anki notes: the model both Anki exports share (the text import in anki-text.ts and the
// .apkg package in node/emit/write-apkg.ts). One note type, fields in ANKI_FIELDS order, one deck per topic under
// the parent deck `mlprep`, hierarchical tags under `mlprep::`. The GUID is derived from the question id only, so
// a newer export of the same question updates the note the user already has instead of adding a duplicate.
// Pure and isomorphic.

import type { Fragment } from '../model/index.js';
import type { AnkiHtml } from './anki-html.js';
import type { SelectedQuestion } from './select-questions.js';

export const ANKI_FIELDS = ['Question', 'Answer', 'KeyPoints', 'Pitfalls', 'References', 'Topic', 'Id'] as const;
export type AnkiField = (typeof ANKI_FIELDS)[number];

export const ANKI_PARENT_DECK = 'mlprep';
export const ANKI_NOTE_TYPE = 'mlprep question';

export interface AnkiNote {
  guid: string;
  /** Field HTML in ANKI_FIELDS order. */
  fields: string[];
  /** `mlprep::01 Math Foundations`. */
  deck: string;
  /** Anki tags: no spaces inside one. */
  tags: string[];
}

/** Stable across exports and machines: a question keeps its id (renames keep the old one as an alias). */
export const ankiGuid = (questionId: string) => `mlprep:${questionId}`;

/** Anki splits deck names on `::` and tags on spaces; keep both out of the parts we generate. */
const deckPart = (s: string) => s.replace(/::/g, ':').replace(/\s+/g, ' ').trim();
const tagPart = (s: string) => s.trim().replace(/\s+/g, '-').replace(/::/g, '-');

export const ankiDeckName = (topic: { id: string; title: string }) => `${ANKI_PARENT_DECK}::${deckPart(`${topic.id} ${topic.title}`)}`;

export function buildAnkiNotes(
  selected: readonly SelectedQuestion[],
  html: AnkiHtml,
  onProgress?: (done: number, total: number) => void,
): AnkiNote[] {
  return selected.map(({ topic, part, question: q }, i) => {
    onProgress?.(i + 1, selected.length);
    const slug = topic.slug;
    const list = (items: Fragment[]) =>
      items.length ? `<ul>\n${items.map((f) => `<li>${html.inline(f.markdown, slug)}</li>`).join('\n')}\n</ul>` : '';
    const byField: Record<AnkiField, string> = {
      Question: html.inline(q.title, slug),
      Answer: html.block(q.answer, slug),
      KeyPoints: list(q.keyPoints),
      Pitfalls: list(q.pitfalls),
      References: list(q.references),
      Topic: `${topic.id} ${escapeHtml(topic.title)} · Part ${part.number}: ${html.inline(part.title, slug)}`,
      Id: q.id,
    };
    return {
      guid: ankiGuid(q.id),
      fields: ANKI_FIELDS.map((f) => byField[f]),
      deck: ankiDeckName(topic),
      tags: [
        `mlprep::topic::${topic.id}`,
        `mlprep::part::${topic.id}.${part.number}`,
        `mlprep::difficulty::${q.difficulty}`,
        ...q.tags.map((t) => `mlprep::tag::${tagPart(t)}`),
      ],
    };
  });
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
