// Rejects files that are not markdown text before any parsing: empty files and binary data.
// A binary file decoded as UTF-8 shows NUL characters or U+FFFD replacement characters. Isomorphic.

import { makeDiagnostic, type Diagnostic } from '../model/index.js';

export function checkReadable(file: string, source: string): Diagnostic | null {
  if (source.trim() === '')
    return makeDiagnostic(
      file,
      1,
      'file/empty',
      'The file is empty. Add front matter, a "# Title" and at least one part with questions, or delete it.',
    );
  const sample = source.slice(0, 8192);
  const nul = sample.indexOf('\u0000');
  const bad = (sample.match(/\uFFFD/g) ?? []).length;
  if (nul >= 0 || bad > 0) {
    const at = nul >= 0 ? nul : sample.indexOf('\uFFFD');
    const line = sample.slice(0, at).split('\n').length;
    return makeDiagnostic(
      file,
      line,
      'file/binary',
      'The file is not UTF-8 text (it holds binary data). Save it as UTF-8 markdown or remove it from the vault.',
    );
  }
  return null;
}
