// Resolves a wikilink against the vault: to a topic, a part, a question or another note. Used by the validator
// (unresolved links are errors) and by the renderer (links become in-app hrefs). Isomorphic.

import type { Note, Part, Question, Topic, WikiLink } from './content.js';
import type { Vault } from './vault.js';

export type LinkTarget =
  | { kind: 'topic'; topic: Topic }
  | { kind: 'part'; topic: Topic; part: Part }
  | { kind: 'question'; topic: Topic; question: Question }
  | { kind: 'note'; note: Note; heading?: string };

export type LinkResolution = { ok: true; target: LinkTarget } | { ok: false; code: 'link/unresolved' | 'link/anchor'; message: string };

/** Heading text as compared for links: no markdown emphasis or math delimiters, collapsed spaces, lower case. */
export function normalizeHeading(text: string): string {
  return text
    .replace(/[$*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function findBySlug<T extends { slug: string }>(list: readonly T[], slug: string): T | undefined {
  return list.find((x) => x.slug === slug) ?? list.find((x) => x.slug.toLowerCase() === slug.toLowerCase());
}

/** @param fromSlug the slug of the file that holds the link (for `[[#…]]`). */
export function resolveWikiLink(vault: Vault, fromSlug: string, link: WikiLink): LinkResolution {
  const slug = link.target === '' ? fromSlug : link.target;
  const topic = findBySlug(vault.topics, slug);
  if (topic) return resolveInTopic(topic, link);
  const note = findBySlug(vault.notes, slug);
  if (note) {
    if (!link.anchor) return { ok: true, target: { kind: 'note', note } };
    const want = normalizeHeading(link.anchor);
    const heading = note.headings.find((h) => normalizeHeading(h) === want);
    return heading
      ? { ok: true, target: { kind: 'note', note, heading } }
      : {
          ok: false,
          code: 'link/anchor',
          message: `[[${link.raw}]]: ${note.file} has no heading "${link.anchor}". Check the heading text.`,
        };
  }
  const known = vault.topics.map((t) => t.slug).join(', ');
  return {
    ok: false,
    code: 'link/unresolved',
    message: `[[${link.raw}]] points at "${slug}", which is not a file of this vault. Known topics: ${known || 'none'}.`,
  };
}

function resolveInTopic(topic: Topic, link: WikiLink): LinkResolution {
  if (!link.anchor) return { ok: true, target: { kind: 'topic', topic } };
  const questions = topic.parts.flatMap((p) => p.questions);
  if (link.blockRef) {
    const q = questions.find((x) => x.id === link.anchor) ?? questions.find((x) => x.aliases.includes(link.anchor as Question['id']));
    return q
      ? { ok: true, target: { kind: 'question', topic, question: q } }
      : {
          ok: false,
          code: 'link/anchor',
          message: `[[${link.raw}]]: ${topic.slug} has no question with id "${link.anchor}". Check the id in the question's metadata line.`,
        };
  }
  const want = normalizeHeading(link.anchor);
  const part = topic.parts.find((p) => normalizeHeading(`Part ${p.number}: ${p.title}`) === want);
  if (part) return { ok: true, target: { kind: 'part', topic, part } };
  const q = questions.find((x) => normalizeHeading(x.title) === want);
  if (q) return { ok: true, target: { kind: 'question', topic, question: q } };
  return {
    ok: false,
    code: 'link/anchor',
    message: `[[${link.raw}]]: ${topic.slug} has no part or question heading "${link.anchor}". Use the full "Part N: Title" text, or the #^question-id form.`,
  };
}
