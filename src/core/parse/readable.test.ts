// checkReadable: empty files and binary data are rejected before parsing, at the line of the first bad byte.
import { describe, expect, it } from 'vitest';
import { checkReadable } from './readable.js';

const BINARY = 'The file is not UTF-8 text (it holds binary data). Save it as UTF-8 markdown or remove it from the vault.';

describe('checkReadable', () => {
  it('accepts markdown text', () => {
    expect(checkReadable('a.md', '# Title\n\nText with ü and 学.\n')).toBeNull();
  });

  it('rejects an empty or whitespace-only file on line 1', () => {
    const empty = {
      file: 'a.md',
      line: 1,
      code: 'file/empty',
      severity: 'error',
      message: 'The file is empty. Add front matter, a "# Title" and at least one part with questions, or delete it.',
    };
    expect(checkReadable('a.md', '')).toEqual(empty);
    expect(checkReadable('a.md', ' \n\t\n')).toEqual(empty);
  });

  it('rejects a NUL character at its line', () => {
    expect(checkReadable('a.md', 'one\ntwo\nthr\u0000ee\n')).toEqual({
      file: 'a.md',
      line: 3,
      code: 'file/binary',
      severity: 'error',
      message: BINARY,
    });
  });

  it('rejects a replacement character at its line', () => {
    expect(checkReadable('a.md', 'one\n\ufffd\n')).toEqual({
      file: 'a.md',
      line: 2,
      code: 'file/binary',
      severity: 'error',
      message: BINARY,
    });
  });

  it('reports the NUL line when both a NUL and a replacement character occur', () => {
    expect(checkReadable('a.md', '\ufffd\n\n\u0000')?.line).toBe(3);
  });

  it('looks only at the first 8192 characters', () => {
    expect(checkReadable('a.md', `${'a'.repeat(8192)}\u0000`)).toBeNull();
    expect(checkReadable('a.md', `${'a'.repeat(8191)}\u0000`)?.code).toBe('file/binary');
  });
});
