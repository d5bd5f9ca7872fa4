// Limits a file must meet before the markdown parser sees it. micromark recurses per nesting level and resolves
// emphasis per paragraph, so a line of 20,000 `>` overflows the stack, and 50,000 emphasis markers or 2,000
// nested list levels take minutes. The largest topic file is under 0.5 MB with at most a handful of nesting
// levels, so these limits are far above real content. A file that breaks one is reported at its file:line and
// skipped; the rest of the vault is still checked and served. Isomorphic.

import { makeDiagnostic, type Diagnostic } from '../model/index.js';

export const MAX_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_NESTING = 32;
export const MAX_EMPHASIS_MARKERS = 5_000;
export const MAX_LINE_CHARS = 100_000;

/** Block-quote markers and list/indent levels at the start of a line: `> > - ` counts 3. */
function nestingOf(line: string): number {
  let depth = 0;
  let indent = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '>') depth++;
    else if (ch === ' ') indent++;
    else if (ch === '\t') indent += 4;
    else if ((ch === '-' || ch === '*' || ch === '+') && line[i + 1] === ' ') depth++;
    else break;
  }
  return depth + Math.floor(indent / 4);
}

/** UTF-8 byte length without TextEncoder (core has neither DOM nor Node types). */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The first limit `source` breaks, as an error diagnostic, or null. Byte size is measured as UTF-8. */
export function checkSourceLimits(file: string, source: string): Diagnostic | null {
  const bytes = utf8Length(source);
  if (bytes > MAX_FILE_BYTES)
    return makeDiagnostic(
      file,
      1,
      'file/too-large',
      `The file is ${(bytes / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB. Split it into smaller notes. It was skipped.`,
    );
  const lines = source.split('\n');
  let markers = 0;
  let paragraphStart = 1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > MAX_LINE_CHARS)
      return makeDiagnostic(
        file,
        i + 1,
        'file/too-complex',
        `Line ${i + 1} has ${line.length} characters (limit ${MAX_LINE_CHARS}). The file was skipped.`,
      );
    if (nestingOf(line) > MAX_NESTING)
      return makeDiagnostic(
        file,
        i + 1,
        'file/too-complex',
        `Nesting deeper than ${MAX_NESTING} levels (block quotes, lists or indentation). The file was skipped.`,
      );
    if (line.trim() === '') {
      markers = 0;
      paragraphStart = i + 2;
      continue;
    }
    for (const ch of line) if (ch === '*' || ch === '_') markers++;
    if (markers > MAX_EMPHASIS_MARKERS)
      return makeDiagnostic(
        file,
        paragraphStart,
        'file/too-complex',
        `A paragraph with more than ${MAX_EMPHASIS_MARKERS} emphasis markers (* or _). The file was skipped.`,
      );
  }
  return null;
}
