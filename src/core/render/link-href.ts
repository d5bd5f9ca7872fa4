// In-app addresses of link targets: the single place that knows the UI's URL scheme for content.
//   topic    -> /t/<topicId>
//   part     -> /t/<topicId>#part-N
//   question -> /q/<questionId>
//   README   -> /            (the home page is the app's version of the index note)
//   note     -> NOTE_PAGES   (Interview_Tips -> /tips); other notes have no page in the app, so no href.
// Isomorphic.

import { partAnchor, type LinkTarget } from '../model/index.js';

/** Notes that have a page of their own in the app, by API key (see noteKey). */
export const NOTE_PAGES: Readonly<Record<string, string>> = { readme: '/', 'interview-tips': '/tips' };

/** A note's key in the API (`/api/notes/<key>`): its file name in lowercase kebab-case (Interview_Tips -> interview-tips). */
export function noteKey(slug: string): string {
  return slug.toLowerCase().replace(/[_\s]+/g, '-');
}

export function hrefOf(target: LinkTarget): string | null {
  switch (target.kind) {
    case 'topic':
      return `/t/${target.topic.id}`;
    case 'part':
      return `/t/${target.topic.id}#${partAnchor(target.part.number)}`;
    case 'question':
      return `/q/${target.question.id}`;
    case 'note':
      return NOTE_PAGES[noteKey(target.note.slug)] ?? null;
  }
}

/** Markdown heading text as plain link text: no emphasis, code or math delimiters. */
export function plainHeading(markdown: string): string {
  return markdown
    .replace(/[$*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text shown for a link without an alias: the target's title, not the raw `[[file#^id]]`. */
export function labelOf(target: LinkTarget): string {
  switch (target.kind) {
    case 'topic':
      return target.topic.title;
    case 'part':
      return `Part ${target.part.number}: ${target.part.title}`;
    case 'question':
      return plainHeading(target.question.title);
    case 'note':
      return target.heading ?? target.note.slug;
  }
}
