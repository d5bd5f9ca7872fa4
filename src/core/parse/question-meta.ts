// Reads the metadata comment under a question heading:
//   <!-- id: gd-step-size; difficulty: medium; tags: optimization, convexity; aliases: old-id -->
// Isomorphic. Returns diagnostics rather than throwing; the question is dropped from the model when its
// metadata cannot identify it, so the rest of the vault still loads.

import {
  DIFFICULTIES,
  asQuestionId,
  isQuestionId,
  makeDiagnostic,
  type Diagnostic,
  type Difficulty,
  type QuestionId,
} from '../model/index.js';

export interface QuestionMeta {
  id: QuestionId;
  difficulty: Difficulty;
  tags: string[];
  aliases: QuestionId[];
}

/**
 *   ^<!--\s*   comment opener
 *   ([\s\S]*?) the body, lazily, across lines
 *   \s*-->$    comment closer
 */
const COMMENT = /^<!--\s*([\s\S]*?)\s*-->$/;
/** A tag: lowercase words of letters/digits joined by `-` or `/` (a slash nests tags as in Obsidian). */
const TAG = /^[a-z0-9]+(?:[-/][a-z0-9]+)*$/;
const KEYS = ['id', 'difficulty', 'tags', 'aliases'];

/** True when an html node looks like question metadata (a comment that starts with `id:`). */
export function isMetaComment(html: string): boolean {
  const m = COMMENT.exec(html.trim());
  return m !== null && /^id\s*:/.test(m[1] ?? '');
}

const list = (v: string) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

export function parseQuestionMeta(file: string, line: number, html: string): { value: QuestionMeta | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const bad = (code: Diagnostic['code'], message: string) => diagnostics.push(makeDiagnostic(file, line, code, message));
  const body = COMMENT.exec(html.trim())?.[1] ?? '';
  const fields = new Map<string, string>();
  for (const chunk of body.split(';')) {
    if (chunk.trim() === '') continue;
    const colon = chunk.indexOf(':');
    if (colon < 0) {
      bad('question/metadata-invalid', `Metadata entry "${chunk.trim()}" has no colon. Write \`key: value\` pairs separated by ";".`);
      continue;
    }
    const key = chunk.slice(0, colon).trim().toLowerCase();
    if (!KEYS.includes(key)) bad('question/metadata-invalid', `Unknown metadata key "${key}". The keys are: ${KEYS.join(', ')}.`);
    else if (fields.has(key)) bad('question/metadata-invalid', `Metadata key "${key}" appears twice. Keep one.`);
    fields.set(key, chunk.slice(colon + 1).trim());
  }

  const idText = fields.get('id') ?? '';
  let id: QuestionId | null = null;
  if (!isQuestionId(idText)) {
    bad(
      'id/invalid',
      `Question id "${idText}" is invalid: use 3–64 lowercase letters, digits and single hyphens, like "attention-scaling".`,
    );
  } else id = asQuestionId(idText);

  const diffText = (fields.get('difficulty') ?? '').toLowerCase();
  let difficulty: Difficulty | null = null;
  if (!fields.has('difficulty'))
    bad('question/difficulty', 'Question metadata has no difficulty. Add `difficulty: easy`, `medium` or `hard`.');
  else if (!(DIFFICULTIES as readonly string[]).includes(diffText))
    bad('question/difficulty', `Unknown difficulty "${fields.get('difficulty')}". Use easy, medium or hard.`);
  else difficulty = diffText as Difficulty;

  const tags = list(fields.get('tags') ?? '');
  if (tags.length === 0) bad('question/metadata-invalid', 'Question metadata has no tags. Add `tags: some-tag, another-tag`.');
  for (const tag of tags)
    if (!TAG.test(tag)) bad('question/metadata-invalid', `Tag "${tag}" is invalid: use lowercase letters, digits and hyphens.`);

  const aliases: QuestionId[] = [];
  for (const alias of list(fields.get('aliases') ?? '')) {
    if (isQuestionId(alias)) aliases.push(asQuestionId(alias));
    else bad('id/invalid', `Alias "${alias}" is not a valid question id.`);
  }
  if (id === null || difficulty === null) return { value: null, diagnostics };
  return { value: { id, difficulty, tags, aliases }, diagnostics };
}
