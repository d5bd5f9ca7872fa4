// Reads a topic's YAML front matter into typed fields, with a diagnostic per missing or invalid field.
// Isomorphic. YAML syntax errors carry the YAML parser's own line, shifted to the file's line.

import { LineCounter, parseDocument } from 'yaml';
import {
  DIFFICULTIES,
  asTopicId,
  isTopicId,
  makeDiagnostic,
  type Diagnostic,
  type Difficulty,
  type DifficultyRange,
  type TopicId,
} from '../model/index.js';

export interface TopicFrontMatter {
  id: TopicId;
  title: string;
  difficulty: DifficultyRange;
  keyFor: string;
  essential: boolean;
  summary: string;
}

/** Parse `Medium`, `Easy-Medium`, `Medium–Hard` (hyphen or en dash) into a range. */
export function parseDifficultyRange(value: string): DifficultyRange | null {
  const parts = value.split(/\s*[-–]\s*/).map((s) => s.trim().toLowerCase());
  if (parts.length < 1 || parts.length > 2) return null;
  if (!parts.every((p): p is Difficulty => (DIFFICULTIES as readonly string[]).includes(p))) return null;
  const from = parts[0] as Difficulty;
  const to = (parts[1] ?? parts[0]) as Difficulty;
  if (DIFFICULTIES.indexOf(from) > DIFFICULTIES.indexOf(to)) return null;
  return { from, to, label: value.trim() };
}

/**
 * @param yamlText the text between the `---` lines
 * @param firstLine the file line of the first YAML line (the line after the opening `---`)
 * @param expectedId the `NN` of the file name, when it has one
 */
export function parseTopicFrontMatter(
  file: string,
  yamlText: string,
  firstLine: number,
  expectedId: string | null,
): { value: TopicFrontMatter | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      const line = firstLine + (lineCounter.linePos(err.pos[0]).line - 1);
      const reason = err.message.split('\n')[0] ?? err.message;
      diagnostics.push(
        makeDiagnostic(file, line, 'front-matter/yaml', `Front matter is not valid YAML: ${reason}. Fix the YAML between the --- lines.`),
      );
    }
    return { value: null, diagnostics };
  }
  const data: unknown = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    diagnostics.push(
      makeDiagnostic(
        file,
        firstLine,
        'front-matter/yaml',
        'Front matter must be a YAML mapping of fields (id, title, difficulty, key_for, essential, summary).',
      ),
    );
    return { value: null, diagnostics };
  }
  const record = data as Record<string, unknown>;
  /** The file line of a top-level key, falling back to the front matter's first line. */
  const lineOf = (key: string): number => {
    const pair =
      doc.contents && 'items' in doc.contents
        ? (doc.contents.items as Array<{ key?: { value?: unknown; range?: [number, number, number] } }>).find((p) => p.key?.value === key)
        : undefined;
    const offset = pair?.key?.range?.[0];
    return offset === undefined ? firstLine - 1 : firstLine + lineCounter.linePos(offset).line - 1;
  };
  const bad = (key: string, message: string) => diagnostics.push(makeDiagnostic(file, lineOf(key), 'front-matter/field', message));
  const str = (key: string): string | null => {
    const v = record[key];
    if (v === undefined || v === null) {
      bad(key, `Front matter field \`${key}\` is missing. Add \`${key}: …\`.`);
      return null;
    }
    if (typeof v !== 'string' || v.trim() === '') {
      bad(key, `Front matter field \`${key}\` must be a non-empty string${key === 'id' ? ' (quote it: id: "07")' : ''}.`);
      return null;
    }
    return v.trim();
  };

  const id = str('id');
  if (id !== null && !isTopicId(id)) bad('id', `Front matter \`id\` is "${id}"; it must be two digits in quotes, like id: "07".`);
  else if (id !== null && expectedId !== null && id !== expectedId)
    bad('id', `Front matter \`id\` is "${id}" but the file name starts with ${expectedId}. Make them match.`);
  const title = str('title');
  const difficultyText = str('difficulty');
  const difficulty = difficultyText === null ? null : parseDifficultyRange(difficultyText);
  if (difficultyText !== null && difficulty === null)
    bad('difficulty', `Front matter \`difficulty\` is "${difficultyText}"; use Easy, Medium or Hard, or a range such as Easy-Medium.`);
  const keyFor = str('key_for');
  const summary = str('summary');
  if (summary !== null && summary.length > 200)
    bad('summary', `Front matter \`summary\` has ${summary.length} characters; keep it to one line under 200.`);
  let essential: boolean | null = null;
  if (typeof record.essential === 'boolean') essential = record.essential;
  else
    bad(
      'essential',
      record.essential === undefined
        ? 'Front matter field `essential` is missing. Add `essential: true` or `essential: false`.'
        : 'Front matter `essential` must be true or false.',
    );

  const fatal = diagnostics.length > 0;
  const known = new Set(['id', 'title', 'difficulty', 'key_for', 'essential', 'summary']);
  for (const key of Object.keys(record)) {
    if (!known.has(key)) bad(key, `Unknown front matter field \`${key}\`. The fields are: ${[...known].join(', ')}.`);
  }
  if (
    id === null ||
    !isTopicId(id) ||
    title === null ||
    difficulty === null ||
    keyFor === null ||
    summary === null ||
    essential === null ||
    fatal
  ) {
    return { value: null, diagnostics };
  }
  return { value: { id: asTopicId(id), title, difficulty, keyFor, essential, summary }, diagnostics };
}
