// The Obsidian emitter: the collection as a vault made for Obsidian. One note per question (front-matter
// properties id, topic, part, difficulty, tags, aliases; the answer inside a folded callout so it stays hidden
// until opened), one index note per topic and per part, the vault's other notes, and every wikilink rewritten to
// the note it points at, so that links, backlinks and the graph view work. Mermaid diagrams stay as they are
// (Obsidian draws them); figure images, `![alt](figures/x.svg)`, are re-pointed from the notes inside a topic
// folder to `../figures/x.svg`, and the writer copies the figures folder (node/emit/figure-files.ts).
// Pure: model in, files out.
// Isomorphic.

import { stringify } from 'yaml';
import { resolveWikiLink, type Fragment, type Part, type Question, type Topic, type Vault } from '../model/index.js';
import { plainHeading } from '../render/link-href.js';
import { rewriteWikiLinks } from './markdown-links.js';

export interface EmittedFile {
  /** Path inside the output folder, with `/` separators. */
  path: string;
  content: string;
}

/** Note names Obsidian links by (file names without `.md`); unique in the vault. */
export const partNoteName = (topic: Topic, part: Part) => `${topic.slug} Part ${part.number}`;
const questionNoteName = (q: Question) => q.id;

/** `text` as the body of a callout: every line prefixed with `> `. */
const quote = (text: string) =>
  text
    .split('\n')
    .map((l) => (l.trim() === '' ? '>' : `> ${l}`))
    .join('\n');

/** Link text may not hold `|`, `[` or `]` (Obsidian would split or end the link there). */
const safe = (text: string) =>
  text
    .replace(/[|[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Image links into the figures folder, from a note one folder down.
 *   (!\[[^\]\n]*\]\()   `![alt](`, remembered
 *   (?:\.\/)?figures\/    `figures/` or `./figures/`
 */
const FIGURE_LINK = /(!\[[^\]\n]*\]\()(?:\.\/)?figures\//g;
export const nestedFigureLinks = (markdown: string) => markdown.replace(FIGURE_LINK, '$1../figures/');

const frontMatter = (data: Record<string, unknown>) => `---\n${stringify(data, { lineWidth: 0 }).trimEnd()}\n---\n`;

export function emitObsidian(vault: Vault): EmittedFile[] {
  const links = (markdown: string, fromSlug: string) =>
    rewriteWikiLinks(markdown, (link, whole) => {
      const r = resolveWikiLink(vault, fromSlug, link);
      if (!r.ok) return whole;
      const t = r.target;
      switch (t.kind) {
        case 'question':
          return `[[${questionNoteName(t.question)}|${safe(link.alias ?? plainHeading(t.question.title))}]]`;
        case 'part':
          return `[[${partNoteName(t.topic, t.part)}|${safe(link.alias ?? `Part ${t.part.number}: ${plainHeading(t.part.title)}`)}]]`;
        case 'topic':
          return link.alias ? `[[${t.topic.slug}|${link.alias}]]` : `[[${t.topic.slug}]]`;
        case 'note':
          return `[[${t.note.slug}${t.heading ? `#${t.heading}` : ''}${link.alias ? `|${link.alias}` : ''}]]`;
      }
    });
  // Part and question notes live in the topic's folder.
  const nested = (markdown: string, slug: string) => nestedFigureLinks(links(markdown, slug));
  const section = (label: string, items: Fragment[], slug: string) =>
    items.length ? `\n**${label}**\n${items.map((f) => `- ${nested(f.markdown, slug).replace(/\n/g, '\n  ')}`).join('\n')}\n` : '';

  const files: EmittedFile[] = [];
  for (const topic of [...vault.topics].sort((a, b) => a.id.localeCompare(b.id))) {
    const slug = topic.slug;
    const partLines = topic.parts.map(
      (p) => `- [[${partNoteName(topic, p)}|Part ${p.number}: ${safe(plainHeading(p.title))}]] (${p.questions.length} questions)`,
    );
    files.push({
      path: `${slug}.md`,
      content:
        frontMatter({
          topic: topic.id,
          title: topic.title,
          difficulty: topic.difficulty.label,
          essential: topic.essential,
          tags: ['mlprep/topic'],
        }) + `\n# ${topic.title}\n\n${topic.intro ? `${links(topic.intro.markdown, slug)}\n\n` : ''}## Parts\n\n${partLines.join('\n')}\n`,
    });
    for (const part of topic.parts) {
      const list = part.questions.map((q) => `- [[${questionNoteName(q)}|${safe(plainHeading(q.title))}]] · ${q.difficulty}`);
      files.push({
        path: `${slug}/${partNoteName(topic, part)}.md`,
        content:
          frontMatter({ topic: topic.id, part: part.number, tags: ['mlprep/part'] }) +
          `\n# ${topic.title}, Part ${part.number}: ${part.title}\n\nIn [[${slug}]].\n\n` +
          `${part.intro ? `${nested(part.intro.markdown, slug)}\n\n` : ''}${list.join('\n')}\n`,
      });
      for (const q of part.questions) {
        const inside =
          nested(q.answer.markdown, slug) +
          '\n' +
          section('Key points', q.keyPoints, slug) +
          section('Pitfalls', q.pitfalls, slug) +
          section('Follow-ups', q.followUps, slug) +
          section('References', q.references, slug);
        files.push({
          path: `${slug}/${questionNoteName(q)}.md`,
          content:
            frontMatter({
              id: q.id,
              topic: topic.id,
              part: part.number,
              difficulty: q.difficulty,
              tags: q.tags.map((t) => `mlprep/${t}`),
              aliases: [plainHeading(q.title), ...q.aliases],
            }) +
            `\n# ${q.title}\n\n${topic.title} · [[${partNoteName(topic, part)}|Part ${part.number}: ${safe(plainHeading(part.title))}]] · ${q.difficulty}\n\n` +
            `> [!note]- Answer (click to reveal)\n${quote(inside.trim())}\n` +
            section('Related', q.related, slug),
        });
      }
    }
  }
  for (const note of vault.notes) files.push({ path: `${note.slug}.md`, content: links(note.markdown, note.slug) });
  return files;
}
