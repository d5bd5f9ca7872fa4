// The vault's other notes (Interview_Tips, README, …) -> NoteDetail: sanitized HTML through the same renderer as
// the topics (wikilinks resolved, math, code, raw HTML dropped). The note's first `# ` heading becomes the title
// and is taken out of the body, so the page shows it once as its own <h1>. Isomorphic.

import type { NoteDetail } from '../api/types.js';
import type { Note } from '../model/index.js';
import { noteKey, plainHeading } from './link-href.js';
import type { Renderer } from './render-markdown.js';

/** The first ATX level-1 heading: `# ` at the start of a line, then the title up to the end of the line. */
const TITLE_LINE = /^# +(.+?)\s*#*\s*$/m;

export function renderNote(r: Renderer, note: Note): NoteDetail {
  const m = TITLE_LINE.exec(note.markdown);
  const body = m ? note.markdown.slice(0, m.index) + note.markdown.slice(m.index + m[0].length) : note.markdown;
  return {
    slug: noteKey(note.slug),
    file: note.file,
    title: m ? plainHeading(m[1]!) : note.slug.replace(/_/g, ' '),
    html: r.renderBlock(body, note.slug),
  };
}

/** Every note, sorted by slug so the cached JSON is stable whatever the file-system order. */
export function renderNotes(r: Renderer, notes: readonly Note[]): NoteDetail[] {
  return [...notes].sort((a, b) => a.slug.localeCompare(b.slug)).map((n) => renderNote(r, n));
}
