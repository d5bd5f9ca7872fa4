// An exercise folder's files -> the Exercise model, with a diagnostic (file:line, rule code) for each problem of
// the README: front matter fields, the required sections and the hints list. Checks that need the rest of the
// vault (question ids, topics) or the Python files are in validate-exercises.ts. Isomorphic.

import type { List, ListItem, Root } from 'mdast';
import { LineCounter, parseDocument } from 'yaml';
import { DIFFICULTIES, isQuestionId, isTopicId, makeDiagnostic, type Diagnostic, type Difficulty } from '../model/index.js';
import type { QuestionId, TopicId } from '../model/index.js';
import { parseMarkdown } from '../parse/markdown.js';
import { EXERCISE_FILES, HINTS_RANGE, MINUTES_RANGE, isExerciseId, type Exercise, type ExerciseId } from './model.js';

const FIELDS = ['id', 'title', 'topic', 'difficulty', 'tags', 'questions', 'minutes', 'signature'] as const;

/** `---\n…\n---` at the very top: the YAML text and the body after it. */
function splitFrontMatter(source: string): { yaml: string; body: string; bodyLine: number } | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!m) return null;
  return { yaml: m[1]!, body: source.slice(m[0].length), bodyLine: m[0].split('\n').length };
}

/** The body split at `## ` headings: the text before the first one, then each section with its heading line. */
function splitSections(body: string, bodyLine: number): { intro: string; sections: { title: string; line: number; text: string }[] } {
  const lines = body.split('\n');
  const sections: { title: string; line: number; text: string }[] = [];
  const intro: string[] = [];
  let fence = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // A `## ` inside a fenced code block is code, not a heading.
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    const h = !fence && /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (h) sections.push({ title: h[1]!, line: bodyLine + i, text: '' });
    else if (sections.length) sections[sections.length - 1]!.text += `${line}\n`;
    else intro.push(line);
  }
  return { intro: intro.join('\n').trim(), sections: sections.map((s) => ({ ...s, text: s.text.trim() })) };
}

/** The bullets of the Hints section as markdown, or a diagnostic message. */
function parseHints(text: string): { hints: string[]; problem: string | null } {
  const tree: Root = parseMarkdown(text);
  const lists = tree.children.filter((n): n is List => n.type === 'list');
  if (lists.length !== 1 || tree.children.length !== 1 || lists[0]!.ordered)
    return { hints: [], problem: 'The `## Hints` section must be one bulleted list (`- hint`), one bullet per hint, and nothing else.' };
  const items = lists[0]!.children as ListItem[];
  if (items.some((it) => it.children.some((c) => c.type === 'list')))
    return { hints: [], problem: 'A hint must not contain a nested list: make each hint one bullet.' };
  const hints = items.map((it) => {
    const start = it.children[0]?.position?.start.offset ?? 0;
    const end = it.children[it.children.length - 1]?.position?.end.offset ?? start;
    // Keep the markdown (math, code) of the bullet, with its continuation lines unindented.
    return text
      .slice(start, end)
      .split('\n')
      .map((l) => l.replace(/^ {2,4}/, ''))
      .join('\n')
      .trim();
  });
  if (hints.length < HINTS_RANGE.min || hints.length > HINTS_RANGE.max)
    return {
      hints,
      problem: `\`## Hints\` has ${hints.length} bullet(s); give ${HINTS_RANGE.min} to ${HINTS_RANGE.max}, from gentle to nearly the answer.`,
    };
  return { hints, problem: null };
}

export interface ExerciseSources {
  /** The folder name under exercises/. */
  folder: string;
  readme: string | null;
  starter: string | null;
  solution: string | null;
  tests: string | null;
  hiddenTests: string | null;
}

export function parseExercise(src: ExerciseSources): { exercise: Exercise | null; diagnostics: Diagnostic[] } {
  const dir = `exercises/${src.folder}`;
  const file = `${dir}/${EXERCISE_FILES.readme}`;
  const diagnostics: Diagnostic[] = [];
  const bad = (
    line: number,
    message: string,
    code: 'exercise/front-matter' | 'exercise/field' | 'exercise/id' | 'exercise/section' = 'exercise/field',
  ) => diagnostics.push(makeDiagnostic(file, line, code, message));
  if (src.readme === null) {
    diagnostics.push(
      makeDiagnostic(file, 1, 'exercise/file', `The exercise folder ${dir}/ has no README.md: add the statement with its front matter.`),
    );
    return { exercise: null, diagnostics };
  }
  const split = splitFrontMatter(src.readme);
  if (!split) {
    bad(
      1,
      'README.md must start with YAML front matter between `---` lines (id, title, topic, difficulty, tags, questions, minutes, signature).',
      'exercise/front-matter',
    );
    return { exercise: null, diagnostics };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(split.yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    for (const e of doc.errors)
      bad(1 + lineCounter.linePos(e.pos[0]).line, `Front matter is not valid YAML: ${e.message.split('\n')[0]}`, 'exercise/front-matter');
    return { exercise: null, diagnostics };
  }
  const data = doc.toJS() as unknown;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    bad(2, 'Front matter must be a YAML mapping of fields.', 'exercise/front-matter');
    return { exercise: null, diagnostics };
  }
  const rec = data as Record<string, unknown>;
  const lineOf = (key: string): number => {
    const items = doc.contents && 'items' in doc.contents ? (doc.contents.items as { key?: { value?: unknown; range?: number[] } }[]) : [];
    const off = items.find((p) => p.key?.value === key)?.key?.range?.[0];
    return off === undefined ? 1 : 1 + lineCounter.linePos(off).line;
  };
  const missing = FIELDS.filter((k) => rec[k] === undefined || rec[k] === null);
  for (const k of missing) bad(1, `Front matter field \`${k}\` is missing. Add \`${k}: …\` (see docs/exercises.md).`);
  for (const k of Object.keys(rec))
    if (!(FIELDS as readonly string[]).includes(k))
      diagnostics.push(
        makeDiagnostic(
          file,
          lineOf(k),
          'exercise/field',
          `Unknown front matter field \`${k}\`; the fields are ${FIELDS.join(', ')}.`,
          'warning',
        ),
      );

  const str = (k: string): string | null => {
    const v = rec[k];
    if (v === undefined || v === null) return null;
    if (typeof v !== 'string' || !v.trim()) {
      bad(lineOf(k), `Front matter \`${k}\` must be a non-empty string${k === 'topic' ? ' in quotes, like topic: "04"' : ''}.`);
      return null;
    }
    return v.trim();
  };
  const id = str('id');
  if (id !== null && !isExerciseId(id))
    bad(
      lineOf('id'),
      `Exercise id "${id}" must be the two-digit topic and kebab-case words, like 04-softmax-cross-entropy.`,
      'exercise/id',
    );
  else if (id !== null && id !== src.folder)
    bad(lineOf('id'), `Exercise id "${id}" differs from its folder name "${src.folder}": make them the same.`, 'exercise/id');
  const title = str('title');
  const topic = str('topic');
  if (topic !== null && (!isTopicId(topic) || Number(topic) < 1 || Number(topic) > 13))
    bad(lineOf('topic'), `Front matter \`topic\` is "${topic}"; use two digits from "01" to "13", in quotes.`);
  else if (topic !== null && id !== null && isExerciseId(id) && id.slice(0, 2) !== topic)
    bad(lineOf('id'), `Exercise id "${id}" must start with its topic "${topic}".`, 'exercise/id');
  const difficulty = str('difficulty');
  if (difficulty !== null && !(DIFFICULTIES as readonly string[]).includes(difficulty))
    bad(lineOf('difficulty'), `Front matter \`difficulty\` is "${difficulty}"; use easy, medium or hard.`);
  const signature = str('signature');
  // A function (`def f(x) -> y`) or, for exercises about a module, a class (`class C(nn.Module): def __init__(…)`).
  if (signature !== null && !/^def [A-Za-z_]\w*\(.*\)(\s*->.+)?$/.test(signature) && !/^class [A-Za-z_]\w*\b/.test(signature))
    bad(
      lineOf('signature'),
      'Front matter `signature` must be one Python `def name(args) -> type` line without the colon, or `class Name(Base): …`.',
    );
  const minutes = rec.minutes;
  if (
    minutes !== undefined &&
    minutes !== null &&
    (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < MINUTES_RANGE.min || minutes > MINUTES_RANGE.max)
  )
    bad(
      lineOf('minutes'),
      `Front matter \`minutes\` is ${JSON.stringify(minutes)}; give a whole number of minutes from ${MINUTES_RANGE.min} to ${MINUTES_RANGE.max}.`,
    );
  const list = (k: string, min: number): string[] | null => {
    const v = rec[k];
    if (v === undefined || v === null) return null;
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || !x.trim()) || v.length < min) {
      bad(lineOf(k), `Front matter \`${k}\` must be a list of strings like [a, b]${min ? ` with at least ${min}` : ''}.`);
      return null;
    }
    return (v as string[]).map((x) => x.trim());
  };
  const tags = list('tags', 0);
  const questions = list('questions', 1);
  for (const q of questions ?? [])
    if (!isQuestionId(q)) bad(lineOf('questions'), `"${q}" is not a question id (lowercase kebab-case, 3–64 characters).`);

  const { intro, sections } = splitSections(split.body, split.bodyLine);
  const section = (name: string) => sections.find((s) => s.title.toLowerCase() === name.toLowerCase());
  if (!intro)
    bad(
      split.bodyLine,
      'The statement is empty: describe the task (inputs, shapes, what to return) before `## Examples`.',
      'exercise/section',
    );
  const examples = section('Examples');
  if (!examples) bad(split.bodyLine, 'The statement has no `## Examples` section: add one to three worked examples.', 'exercise/section');
  else if (!examples.text) bad(examples.line, '`## Examples` is empty.', 'exercise/section');
  const hintsSection = section('Hints');
  let hints: string[] = [];
  if (!hintsSection) bad(split.bodyLine, 'The statement has no `## Hints` section: add a bulleted list of 2–4 hints.', 'exercise/section');
  else {
    const parsed = parseHints(hintsSection.text);
    hints = parsed.hints;
    if (parsed.problem) bad(hintsSection.line, parsed.problem, 'exercise/section');
  }
  for (const s of sections)
    if (!['examples', 'hints', 'background'].includes(s.title.toLowerCase()))
      diagnostics.push(
        makeDiagnostic(
          file,
          s.line,
          'exercise/section',
          `Unknown section \`## ${s.title}\`; the sections are Examples, Hints and Background.`,
          'warning',
        ),
      );

  const errors = diagnostics.some((d) => d.severity === 'error');
  if (
    errors ||
    id === null ||
    title === null ||
    topic === null ||
    difficulty === null ||
    signature === null ||
    tags === null ||
    questions === null
  )
    return { exercise: null, diagnostics };
  const qLine = lineOf('questions');
  return {
    exercise: {
      id: id as ExerciseId,
      dir,
      title,
      topic: topic as TopicId,
      difficulty: difficulty as Difficulty,
      tags,
      questions: questions as QuestionId[],
      questionLines: questions.map(() => qLine),
      minutes: minutes as number,
      signature,
      statement: intro,
      examples: examples?.text ?? '',
      hints,
      background: section('Background')?.text ?? null,
      starter: src.starter ?? '',
      solution: src.solution ?? '',
      tests: src.tests ?? '',
      hiddenTests: src.hiddenTests ?? '',
    },
    diagnostics,
  };
}
