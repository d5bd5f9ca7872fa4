// Anki's documented text import (manual: "Importing > Text files > File headers"): one note per line, fields
// separated by tabs, HTML kept (`#html:true`), the GUID column so a re-import updates notes, and the deck and tags
// columns. A field that holds a tab, a newline or a double quote is quoted CSV-style (`"…"`, inner `"` doubled),
// which is how Anki's importer reads fields that span lines (code blocks keep their newlines inside <pre>).
// Pure and isomorphic.

import { ANKI_FIELDS, type AnkiNote } from './anki-notes.js';

/** Quote a field only when it must be quoted, so plain fields stay readable in a text editor. */
export function ankiTextField(value: string): string {
  // A leading `#` would make the first line a header line; quote it too.
  return /[\t\n\r"]/.test(value) || value.startsWith('#') ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Column order: the fields, then guid, deck, tags (1-based numbers in the headers). */
export function emitAnkiText(notes: readonly AnkiNote[]): string {
  const n = ANKI_FIELDS.length;
  const columns = [...ANKI_FIELDS, 'GUID', 'Deck', 'Tags'];
  const header = [
    '#separator:tab',
    '#html:true',
    `#columns:${columns.join('\t')}`,
    `#guid column:${n + 1}`,
    `#deck column:${n + 2}`,
    `#tags column:${n + 3}`,
  ];
  const lines = notes.map((note) => [...note.fields, note.guid, note.deck, note.tags.join(' ')].map(ankiTextField).join('\t'));
  return `${[...header, ...lines].join('\n')}\n`;
}
