// The metadata comment under a question heading: which comments count as metadata, the fields read from one,
// and the exact diagnostic for each malformed entry.
import { describe, expect, it } from 'vitest';
import { isMetaComment, parseQuestionMeta } from './question-meta.js';

const parse = (html: string) => parseQuestionMeta('07_Neural.md', 12, html);
const messages = (html: string) => parse(html).diagnostics.map((d) => `${d.code} ${d.message}`);

describe('isMetaComment', () => {
  it('accepts a comment whose body starts with id:', () => {
    expect(isMetaComment('<!-- id: gd-step; difficulty: easy -->')).toBe(true);
    expect(isMetaComment('  <!--id : gd-step-->\n')).toBe(true);
  });

  it('rejects other comments and other html', () => {
    expect(isMetaComment('<!-- note: id: gd-step -->')).toBe(false);
    expect(isMetaComment('<!-- ID: gd-step -->')).toBe(false);
    expect(isMetaComment('<p>id: gd-step</p>')).toBe(false);
    expect(isMetaComment('<!-- id: gd-step')).toBe(false);
  });
});

describe('parseQuestionMeta: valid metadata', () => {
  it('reads id, difficulty, tags and aliases', () => {
    expect(parse('<!-- id: gd-step-size; difficulty: medium; tags: optimization, convexity; aliases: old-id, older-id -->')).toEqual({
      value: { id: 'gd-step-size', difficulty: 'medium', tags: ['optimization', 'convexity'], aliases: ['old-id', 'older-id'] },
      diagnostics: [],
    });
  });

  it('reads keys and difficulty in any case, a multi-line body and a trailing semicolon', () => {
    expect(parse('<!--\n  ID: gd-step;\n  Difficulty: Hard;\n  TAGS: ml/optimization;\n-->')).toEqual({
      value: { id: 'gd-step', difficulty: 'hard', tags: ['ml/optimization'], aliases: [] },
      diagnostics: [],
    });
  });

  it('ignores whitespace around the comment and blank entries between semicolons', () => {
    expect(parse('  <!-- id: abc; ; difficulty: easy;  ; tags: a -->\n')).toEqual({
      value: { id: 'abc', difficulty: 'easy', tags: ['a'], aliases: [] },
      diagnostics: [],
    });
  });

  it('reads nothing from a comment with text before or after it', () => {
    expect(parse('x <!-- id: abc; difficulty: easy; tags: a -->').value).toBeNull();
    expect(parse('<!-- id: abc; difficulty: easy; tags: a --> x').value).toBeNull();
  });

  it('skips empty list entries', () => {
    expect(parse('<!-- id: abc; difficulty: easy; tags: a,, b, ; aliases: , xyz -->').value).toEqual({
      id: 'abc',
      difficulty: 'easy',
      tags: ['a', 'b'],
      aliases: ['xyz'],
    });
  });
});

describe('parseQuestionMeta: diagnostics', () => {
  it('reports them at the given file and line, as errors', () => {
    expect(parse('<!-- id: abc; difficulty: easy -->').diagnostics).toEqual([
      {
        file: '07_Neural.md',
        line: 12,
        code: 'question/metadata-invalid',
        severity: 'error',
        message: 'Question metadata has no tags. Add `tags: some-tag, another-tag`.',
      },
    ]);
  });

  it('keeps the question when only its tags or aliases are wrong', () => {
    expect(parse('<!-- id: abc; difficulty: easy; tags: Bad_Tag; aliases: X -->').value).toEqual({
      id: 'abc',
      difficulty: 'easy',
      tags: ['Bad_Tag'],
      aliases: [],
    });
  });

  it('reports an entry without a colon', () => {
    expect(messages('<!-- id: abc; difficulty: easy; tags: a; oops -->')).toEqual([
      'question/metadata-invalid Metadata entry "oops" has no colon. Write `key: value` pairs separated by ";".',
    ]);
  });

  it('reports an entry that starts with a colon as an unknown empty key', () => {
    expect(messages('<!-- id: abc; difficulty: easy; tags: a;: x -->')).toEqual([
      'question/metadata-invalid Unknown metadata key "". The keys are: id, difficulty, tags, aliases.',
    ]);
  });

  it('reports an unknown key', () => {
    expect(messages('<!-- id: abc; difficulty: easy; tags: a; level: 3 -->')).toEqual([
      'question/metadata-invalid Unknown metadata key "level". The keys are: id, difficulty, tags, aliases.',
    ]);
  });

  it('reports a repeated key and keeps the last value', () => {
    const html = '<!-- id: abc; difficulty: easy; tags: a; tags: b -->';
    expect(messages(html)).toEqual(['question/metadata-invalid Metadata key "tags" appears twice. Keep one.']);
    expect(parse(html).value?.tags).toEqual(['b']);
  });

  it('drops a question with an invalid id', () => {
    const html = '<!-- id: Bad_Id; difficulty: easy; tags: a -->';
    expect(parse(html).value).toBeNull();
    expect(messages(html)).toEqual([
      'id/invalid Question id "Bad_Id" is invalid: use 3–64 lowercase letters, digits and single hyphens, like "attention-scaling".',
    ]);
  });

  it('drops a question without an id', () => {
    const html = '<!-- id: ; difficulty: easy; tags: a -->';
    expect(parse(html).value).toBeNull();
    expect(messages(html)).toEqual([
      'id/invalid Question id "" is invalid: use 3–64 lowercase letters, digits and single hyphens, like "attention-scaling".',
    ]);
  });

  it('drops a question without a difficulty', () => {
    const html = '<!-- id: abc; tags: a -->';
    expect(parse(html).value).toBeNull();
    expect(messages(html)).toEqual([
      'question/difficulty Question metadata has no difficulty. Add `difficulty: easy`, `medium` or `hard`.',
    ]);
  });

  it('drops a question with an unknown difficulty and quotes it as written', () => {
    const html = '<!-- id: abc; difficulty: Expert; tags: a -->';
    expect(parse(html).value).toBeNull();
    expect(messages(html)).toEqual(['question/difficulty Unknown difficulty "Expert". Use easy, medium or hard.']);
  });

  it('reports each invalid tag', () => {
    expect(messages('<!-- id: abc; difficulty: easy; tags: ok-tag, Bad, a--b, /x -->')).toEqual([
      'question/metadata-invalid Tag "Bad" is invalid: use lowercase letters, digits and hyphens.',
      'question/metadata-invalid Tag "a--b" is invalid: use lowercase letters, digits and hyphens.',
      'question/metadata-invalid Tag "/x" is invalid: use lowercase letters, digits and hyphens.',
    ]);
  });

  it('reports each invalid alias and keeps the valid ones', () => {
    const html = '<!-- id: abc; difficulty: easy; tags: a; aliases: ok-alias, No, ab -->';
    expect(parse(html).value?.aliases).toEqual(['ok-alias']);
    expect(messages(html)).toEqual([
      'id/invalid Alias "No" is not a valid question id.',
      'id/invalid Alias "ab" is not a valid question id.',
    ]);
  });

  it('reads nothing from html that is not a comment', () => {
    expect(messages('<p>id: abc</p>')).toEqual([
      'id/invalid Question id "" is invalid: use 3–64 lowercase letters, digits and single hyphens, like "attention-scaling".',
      'question/difficulty Question metadata has no difficulty. Add `difficulty: easy`, `medium` or `hard`.',
      'question/metadata-invalid Question metadata has no tags. Add `tags: some-tag, another-tag`.',
    ]);
  });
});
