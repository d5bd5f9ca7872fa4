// checkSourceLimits: the size (in UTF-8 bytes), line-length, nesting and emphasis limits a file must meet
// before the markdown parser sees it, each reported once at its file line.
import { describe, expect, it } from 'vitest';
import { checkSourceLimits } from './source-limits.js';

const LIMIT = 2 * 1024 * 1024;

/**
 * A text of exactly `total` UTF-8 bytes made of `unit` (which takes `unitBytes` bytes in UTF-8), in lines of
 * 100 units, padded with ASCII.
 */
function ofBytes(unit: string, unitBytes: number, total: number): string {
  const line = `${unit.repeat(100)}\n`;
  const lineBytes = 100 * unitBytes + 1;
  const count = Math.floor(total / lineBytes);
  return line.repeat(count) + 'a'.repeat(total - count * lineBytes);
}

const check = (source: string) => checkSourceLimits('big.md', source);
const codeAndLine = (source: string) => {
  const d = check(source);
  return d && `${d.line} ${d.code}`;
};

describe('checkSourceLimits: file size', () => {
  it('accepts an ordinary file', () => {
    expect(check('---\nid: "01"\n---\n# Title\n\n## Part 1: A\n\n> quote\n\n- a *b* _c_\n')).toBeNull();
  });

  it('rejects a file over 2 MB on line 1 with its size', () => {
    expect(check('a'.repeat(LIMIT + LIMIT / 4))).toEqual({
      file: 'big.md',
      line: 1,
      code: 'file/too-large',
      severity: 'error',
      message: 'The file is 2.5 MB; the limit is 2 MB. Split it into smaller notes. It was skipped.',
    });
  });

  it.each([
    ['ASCII', 'a', 1],
    ['U+007F', '\u007f', 1],
    ['U+0080', '\u0080', 2],
    ['é', 'é', 2],
    ['U+07FF', '\u07ff', 2],
    ['U+0800', '\u0800', 3],
    ['€', '€', 3],
    ['U+FFFF', '\uffff', 3],
    ['U+10000', '\u{10000}', 4],
    ['an emoji', '😀', 4],
    ['U+10FFFF', '\u{10ffff}', 4],
  ])('measures %s as UTF-8: exactly 2 MB passes, one byte more does not', (_name, unit, bytes) => {
    expect(check(ofBytes(unit, bytes, LIMIT))).toBeNull();
    expect(check(ofBytes(unit, bytes, LIMIT + 1))).toMatchObject({
      line: 1,
      code: 'file/too-large',
      message: 'The file is 2.0 MB; the limit is 2 MB. Split it into smaller notes. It was skipped.',
    });
  });
});

describe('checkSourceLimits: long lines', () => {
  it('accepts a line of 100,000 characters', () => {
    expect(check(`a\n\n${'x'.repeat(100_000)}\n`)).toBeNull();
  });

  it('rejects a longer line at its line number', () => {
    expect(check(`a\n\n${'x'.repeat(100_001)}\n`)).toEqual({
      file: 'big.md',
      line: 3,
      code: 'file/too-complex',
      severity: 'error',
      message: 'Line 3 has 100001 characters (limit 100000). The file was skipped.',
    });
  });
});

describe('checkSourceLimits: nesting', () => {
  const NESTING = 'Nesting deeper than 32 levels (block quotes, lists or indentation). The file was skipped.';

  it('accepts 32 levels of block quotes and rejects 33 at their line', () => {
    expect(check(`a\n${'>'.repeat(32)} x`)).toBeNull();
    expect(check(`a\n${'>'.repeat(33)}x`)).toEqual({
      file: 'big.md',
      line: 2,
      code: 'file/too-complex',
      severity: 'error',
      message: NESTING,
    });
  });

  it.each(['-', '*', '+'])('counts a "%s " list marker as a level, and its space as indentation', (marker) => {
    // 26 markers and 26 spaces: 26 + floor(26 / 4) = 32 levels; 27 give 27 + 6 = 33.
    expect(check(`${marker} `.repeat(26))).toBeNull();
    expect(codeAndLine(`${marker} `.repeat(27))).toBe('1 file/too-complex');
  });

  it('does not count a marker that is not followed by a space', () => {
    expect(check('-'.repeat(40))).toBeNull();
    expect(check(`${'*'.repeat(40)} x`)).toBeNull();
  });

  it('counts four spaces or one tab as a level', () => {
    expect(check(`${' '.repeat(131)}x`)).toBeNull();
    expect(codeAndLine(`a\n\n${' '.repeat(132)}x`)).toBe('3 file/too-complex');
    expect(check(`${'\t'.repeat(32)}x`)).toBeNull();
    expect(codeAndLine(`${'\t'.repeat(33)}x`)).toBe('1 file/too-complex');
  });

  it('stops counting at the first other character', () => {
    expect(check(`x${'> '.repeat(40)}`)).toBeNull();
  });
});

describe('checkSourceLimits: emphasis markers', () => {
  const EMPHASIS = 'A paragraph with more than 5000 emphasis markers (* or _). The file was skipped.';

  it('accepts 5000 markers in one paragraph', () => {
    expect(check(`a\n\nx${'*'.repeat(2500)}\nx${'_'.repeat(2500)}\n`)).toBeNull();
  });

  it('rejects more, at the first line of the paragraph', () => {
    expect(check(`a\n\nx${'*'.repeat(2500)}\nx${'_'.repeat(2501)}\n`)).toEqual({
      file: 'big.md',
      line: 3,
      code: 'file/too-complex',
      severity: 'error',
      message: EMPHASIS,
    });
  });

  it('counts each paragraph on its own: a blank or whitespace-only line starts a new one', () => {
    expect(check(`x${'*'.repeat(4000)}\n\nx${'*'.repeat(4000)}\n   \nx${'_'.repeat(4000)}`)).toBeNull();
    expect(codeAndLine(`x${'*'.repeat(4000)}\n\nx${'*'.repeat(4000)}\nx${'_'.repeat(1001)}`)).toBe('3 file/too-complex');
  });
});
