// parseDifficultyRange and parseTopicFrontMatter: the typed fields of a valid front matter, and the exact
// diagnostic (code, file line, message) for each missing, invalid or unknown field.
import { describe, expect, it } from 'vitest';
import { parseDifficultyRange, parseTopicFrontMatter } from './front-matter.js';

/** A valid front matter; the first YAML line is file line 2 (after the opening `---`). */
const VALID = [
  'id: "01"',
  'title: Math Foundations',
  'difficulty: Easy-Medium',
  'key_for: Theory interviews',
  'essential: true',
  'summary: Calculus and linear algebra.',
].join('\n');

/** VALID with one line replaced (by the line starting with `key:`) or removed (replacement null). */
function withField(key: string, replacement: string | null): string {
  return VALID.split('\n')
    .flatMap((line) => (line.startsWith(`${key}:`) ? (replacement === null ? [] : [replacement]) : [line]))
    .join('\n');
}

const parse = (yaml: string, expectedId: string | null = '01') => parseTopicFrontMatter('01_Math.md', yaml, 2, expectedId);
const lines = (yaml: string, expectedId: string | null = '01') =>
  parse(yaml, expectedId).diagnostics.map((d) => `${d.line} ${d.code} ${d.message}`);

describe('parseDifficultyRange', () => {
  it('reads a single level as a range from and to that level, keeping the label as written', () => {
    expect(parseDifficultyRange('Medium')).toEqual({ from: 'medium', to: 'medium', label: 'Medium' });
  });

  it('reads a hyphenated range', () => {
    expect(parseDifficultyRange('Easy-Medium')).toEqual({ from: 'easy', to: 'medium', label: 'Easy-Medium' });
  });

  it('reads an en-dash range with spaces and trims the label', () => {
    expect(parseDifficultyRange('  Medium – Hard ')).toEqual({ from: 'medium', to: 'hard', label: 'Medium – Hard' });
  });

  it('accepts a range whose ends are the same level', () => {
    expect(parseDifficultyRange('hard-hard')).toEqual({ from: 'hard', to: 'hard', label: 'hard-hard' });
  });

  it('rejects a range that goes down', () => {
    expect(parseDifficultyRange('Hard-Easy')).toBeNull();
    expect(parseDifficultyRange('Medium-Easy')).toBeNull();
  });

  it('rejects three levels, unknown words and a dangling dash', () => {
    expect(parseDifficultyRange('Easy-Medium-Hard')).toBeNull();
    expect(parseDifficultyRange('Extreme')).toBeNull();
    expect(parseDifficultyRange('Easy-')).toBeNull();
    expect(parseDifficultyRange('')).toBeNull();
  });
});

describe('parseTopicFrontMatter: a valid front matter', () => {
  it('returns the typed fields and no diagnostics', () => {
    expect(parse(VALID)).toEqual({
      value: {
        id: '01',
        title: 'Math Foundations',
        difficulty: { from: 'easy', to: 'medium', label: 'Easy-Medium' },
        keyFor: 'Theory interviews',
        essential: true,
        summary: 'Calculus and linear algebra.',
      },
      diagnostics: [],
    });
  });

  it('trims the string fields', () => {
    const value = parse(withField('title', 'title: "  Math Foundations  "')).value;
    expect(value?.title).toBe('Math Foundations');
  });

  it('reads essential: false', () => {
    expect(parse(withField('essential', 'essential: false')).value?.essential).toBe(false);
  });

  it('does not compare the id with the file name when the file name has no number', () => {
    expect(parse(withField('id', 'id: "07"'), null)).toMatchObject({ value: { id: '07' }, diagnostics: [] });
  });

  it('accepts a summary of exactly 200 characters', () => {
    const summary = 'a'.repeat(200);
    expect(parse(withField('summary', `summary: ${summary}`))).toMatchObject({ value: { summary }, diagnostics: [] });
  });
});

describe('parseTopicFrontMatter: YAML that does not parse', () => {
  it('reports the YAML error on its file line, shifted by the first YAML line', () => {
    expect(parse('id: "01"\nid: "02"\n')).toEqual({
      value: null,
      diagnostics: [
        {
          file: '01_Math.md',
          line: 3,
          code: 'front-matter/yaml',
          severity: 'error',
          message: 'Front matter is not valid YAML: Map keys must be unique. Fix the YAML between the --- lines.',
        },
      ],
    });
  });

  it('reports every YAML error, each with the first line of its message only', () => {
    expect(lines('id: "01"\ntitle: "unclosed\n')).toEqual([
      '4 front-matter/yaml Front matter is not valid YAML: Missing closing "quote. Fix the YAML between the --- lines.',
    ]);
    expect(lines('id: "01"\n  bad: [\n')).toEqual([
      '3 front-matter/yaml Front matter is not valid YAML: All mapping items must start at the same column. Fix the YAML between the --- lines.',
      '4 front-matter/yaml Front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]. Fix the YAML between the --- lines.',
    ]);
  });

  it.each([
    ['an empty front matter', ''],
    ['a list', '- a\n- b\n'],
    ['a plain scalar', 'just text'],
  ])('rejects %s: it must be a mapping', (_name, yaml) => {
    expect(parse(yaml)).toEqual({
      value: null,
      diagnostics: [
        {
          file: '01_Math.md',
          line: 2,
          code: 'front-matter/yaml',
          severity: 'error',
          message: 'Front matter must be a YAML mapping of fields (id, title, difficulty, key_for, essential, summary).',
        },
      ],
    });
  });
});

describe('parseTopicFrontMatter: field errors', () => {
  it('reports a missing field on the opening --- line, as an error, and keeps no value', () => {
    const result = parse(withField('title', null));
    expect(result.value).toBeNull();
    expect(result.diagnostics).toEqual([
      {
        file: '01_Math.md',
        line: 1,
        code: 'front-matter/field',
        severity: 'error',
        message: 'Front matter field `title` is missing. Add `title: …`.',
      },
    ]);
  });

  it('treats an empty (null) field as missing, on the line of its key', () => {
    expect(lines(withField('key_for', 'key_for:'))).toEqual([
      '5 front-matter/field Front matter field `key_for` is missing. Add `key_for: …`.',
    ]);
  });

  it('reports each missing field once, in field order', () => {
    expect(lines('essential: true')).toEqual([
      '1 front-matter/field Front matter field `id` is missing. Add `id: …`.',
      '1 front-matter/field Front matter field `title` is missing. Add `title: …`.',
      '1 front-matter/field Front matter field `difficulty` is missing. Add `difficulty: …`.',
      '1 front-matter/field Front matter field `key_for` is missing. Add `key_for: …`.',
      '1 front-matter/field Front matter field `summary` is missing. Add `summary: …`.',
    ]);
  });

  it('asks to quote an unquoted numeric id, on the id line', () => {
    const result = parse(withField('id', 'id: 1'));
    expect(result.value).toBeNull();
    expect(lines(withField('id', 'id: 1'))).toEqual([
      '2 front-matter/field Front matter field `id` must be a non-empty string (quote it: id: "07").',
    ]);
  });

  it('rejects a non-string title without the quoting hint, on the title line', () => {
    expect(parse(withField('title', 'title: 5')).value).toBeNull();
    expect(lines(withField('title', 'title: 5'))).toEqual(['3 front-matter/field Front matter field `title` must be a non-empty string.']);
  });

  it('rejects a blank string field', () => {
    expect(parse(withField('summary', 'summary: "   "')).value).toBeNull();
    expect(lines(withField('summary', 'summary: "   "'))).toEqual([
      '7 front-matter/field Front matter field `summary` must be a non-empty string.',
    ]);
  });

  it('rejects an id that is not two digits', () => {
    expect(parse(withField('id', 'id: "1"')).value).toBeNull();
    expect(lines(withField('id', 'id: "1"'))).toEqual([
      '2 front-matter/field Front matter `id` is "1"; it must be two digits in quotes, like id: "07".',
    ]);
  });

  it('rejects an id that differs from the number of the file name', () => {
    expect(parse(withField('id', 'id: "02"')).value).toBeNull();
    expect(lines(withField('id', 'id: "02"'))).toEqual([
      '2 front-matter/field Front matter `id` is "02" but the file name starts with 01. Make them match.',
    ]);
  });

  it('rejects an unknown difficulty, on the difficulty line', () => {
    expect(parse(withField('difficulty', 'difficulty: Expert')).value).toBeNull();
    expect(lines(withField('difficulty', 'difficulty: Expert'))).toEqual([
      '4 front-matter/field Front matter `difficulty` is "Expert"; use Easy, Medium or Hard, or a range such as Easy-Medium.',
    ]);
  });

  it('rejects a summary over 200 characters and says how long it is', () => {
    const summary = 'a'.repeat(201);
    expect(parse(withField('summary', `summary: ${summary}`)).value).toBeNull();
    expect(lines(withField('summary', `summary: ${summary}`))).toEqual([
      '7 front-matter/field Front matter `summary` has 201 characters; keep it to one line under 200.',
    ]);
  });

  it('says how to add a missing essential flag', () => {
    expect(parse(withField('essential', null)).value).toBeNull();
    expect(lines(withField('essential', null))).toEqual([
      '1 front-matter/field Front matter field `essential` is missing. Add `essential: true` or `essential: false`.',
    ]);
  });

  it('rejects an essential flag that is not a boolean', () => {
    expect(parse(withField('essential', 'essential: "yes"')).value).toBeNull();
    expect(lines(withField('essential', 'essential: "yes"'))).toEqual([
      '6 front-matter/field Front matter `essential` must be true or false.',
    ]);
  });

  it('reports an unknown field on its line but still returns the value', () => {
    const yaml = `${VALID}\nauthor: someone`;
    expect(parse(yaml).value).toMatchObject({ id: '01', title: 'Math Foundations' });
    expect(lines(yaml)).toEqual([
      '8 front-matter/field Unknown front matter field `author`. The fields are: id, title, difficulty, key_for, essential, summary.',
    ]);
  });
});
