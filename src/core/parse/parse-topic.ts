// Topic file -> Topic model. Walks the top-level blocks once: `#` title, `## Part N: Title`, `###` questions.
// Malformed input never throws: every problem becomes a diagnostic, and what can be kept is kept, so the app
// can still serve the valid part of a broken vault. Isomorphic.

import type { Heading, Root, RootContent, Yaml } from 'mdast';
import { asTopicId, makeDiagnostic, type Diagnostic, type Part, type Question, type Topic } from '../model/index.js';
import { parseTopicFrontMatter } from './front-matter.js';
import { collectNodes, parseMarkdown, plainText, sliceSource, startLine } from './markdown.js';
import { isMetaComment, parseQuestionMeta } from './question-meta.js';
import { splitQuestionBody } from './sections.js';
import { checkReadable } from './readable.js';

/**
 *   ^Part\s+    the word Part
 *   (\d+)       its number
 *   \s*:\s*     a colon
 *   (.+)$       the title
 */
const PART_HEADING = /^Part\s+(\d+)\s*:\s*(.+)$/;
/** `07_Neural_Architectures` -> `07`. */
const FILE_ID = /^(\d{2})_/;

export interface ParsedTopic {
  topic: Topic | null;
  diagnostics: Diagnostic[];
}

interface OpenQuestion {
  heading: Heading;
  nodes: RootContent[];
}

interface OpenPart {
  number: number;
  title: string;
  line: number;
  introNodes: RootContent[];
  questions: Question[];
}

/** Source text of a heading (keeps inline math as `$…$`). */
function headingSource(source: string, heading: Heading): string {
  return (sliceSource(source, heading.children as unknown as RootContent[])?.markdown ?? '').trim();
}

export function parseTopic(file: string, source: string): ParsedTopic {
  const diagnostics: Diagnostic[] = [];
  const unreadable = checkReadable(file, source);
  if (unreadable) return { topic: null, diagnostics: [unreadable] };
  const slug = (file.split('/').pop() ?? file).replace(/\.md$/, '');
  const tree: Root = parseMarkdown(source);
  const fmNode = tree.children[0]?.type === 'yaml' ? (tree.children[0] as Yaml) : null;
  let frontMatter = null;
  if (!fmNode) {
    diagnostics.push(
      makeDiagnostic(
        file,
        1,
        'front-matter/missing',
        'The file has no front matter. Start it with a --- block holding id, title, difficulty, key_for, essential and summary.',
      ),
    );
  } else {
    const parsed = parseTopicFrontMatter(file, fmNode.value, startLine(fmNode) + 1, FILE_ID.exec(slug)?.[1] ?? null);
    diagnostics.push(...parsed.diagnostics);
    frontMatter = parsed.value;
  }
  const topicId = asTopicId(frontMatter?.id ?? FILE_ID.exec(slug)?.[1] ?? '00');

  let title: string | null = null;
  const introNodes: RootContent[] = [];
  const parts: OpenPart[] = [];
  let part: OpenPart | null = null;
  let question: OpenQuestion | null = null;
  const outside: RootContent[] = [];

  const closeQuestion = () => {
    if (!question) return;
    const q = buildQuestion(file, source, question, topicId, part, diagnostics);
    if (q && part) part.questions.push(q);
    question = null;
  };

  for (const node of tree.children) {
    if (node === fmNode) continue;
    if (node.type === 'heading' && node.depth <= 3) {
      const text = plainText(node).trim();
      if (node.depth === 1) {
        closeQuestion();
        if (title !== null)
          diagnostics.push(
            makeDiagnostic(
              file,
              startLine(node),
              'structure/title',
              `A second "# ${text}" title. A topic file has one "#" heading; use "## Part N: …" for parts.`,
            ),
          );
        else if (parts.length > 0)
          diagnostics.push(
            makeDiagnostic(file, startLine(node), 'structure/heading-order', 'The "#" title must come before the first part.'),
          );
        else title = text;
        continue;
      }
      if (node.depth === 2) {
        closeQuestion();
        const m = PART_HEADING.exec(text);
        if (!m) {
          diagnostics.push(
            makeDiagnostic(
              file,
              startLine(node),
              'structure/part-heading',
              `"## ${text}" is not a part heading. Write "## Part N: Title" (N = 0, 1, 2, …).`,
            ),
          );
          part = null;
          continue;
        }
        const number = Number(m[1]);
        const previous = parts[parts.length - 1];
        if (previous && number <= previous.number) {
          diagnostics.push(
            makeDiagnostic(
              file,
              startLine(node),
              'structure/part-number',
              `Part ${number} comes after Part ${previous.number}. Number parts in increasing order without repeats.`,
            ),
          );
        }
        part = { number, title: (m[2] ?? '').trim(), line: startLine(node), introNodes: [], questions: [] };
        parts.push(part);
        continue;
      }
      closeQuestion();
      if (!part) {
        diagnostics.push(
          makeDiagnostic(
            file,
            startLine(node),
            'structure/heading-order',
            `Question "### ${text}" is not inside a part. Put it under a "## Part N: Title" heading.`,
          ),
        );
        continue;
      }
      question = { heading: node, nodes: [] };
      continue;
    }
    if (question) (question as OpenQuestion).nodes.push(node);
    else if (part) part.introNodes.push(node);
    else if (title !== null) introNodes.push(node);
    else outside.push(node);
  }
  closeQuestion();

  if (title === null)
    diagnostics.push(
      makeDiagnostic(
        file,
        fmNode ? (fmNode.position?.end.line ?? 1) + 1 : 1,
        'structure/title',
        'The topic has no "# Title" heading. Add one after the front matter.',
      ),
    );
  if (parts.length === 0)
    diagnostics.push(
      makeDiagnostic(file, 1, 'structure/empty-part', 'The topic has no parts. Add "## Part 1: Title" and questions under it.'),
    );
  for (const p of parts) {
    if (p.questions.length === 0)
      diagnostics.push(
        makeDiagnostic(
          file,
          p.line,
          'structure/empty-part',
          `Part ${p.number} has no questions. Add "### …" questions or remove the part.`,
        ),
      );
  }

  const extra = collectNodes([...outside, ...introNodes, ...parts.flatMap((p) => p.introNodes)]);
  if (!frontMatter) return { topic: null, diagnostics };
  const topic: Topic = {
    id: frontMatter.id,
    slug,
    file,
    title: frontMatter.title,
    difficulty: frontMatter.difficulty,
    keyFor: frontMatter.keyFor,
    essential: frontMatter.essential,
    summary: frontMatter.summary,
    intro: sliceSource(source, introNodes),
    parts: parts.map((p): Part => ({
      number: p.number,
      title: p.title,
      line: p.line,
      intro: sliceSource(source, p.introNodes),
      questions: p.questions,
    })),
    links: extra.links,
    math: extra.math,
    code: extra.code,
    images: extra.images,
  };
  return { topic, diagnostics };
}

function buildQuestion(
  file: string,
  source: string,
  open: OpenQuestion,
  topicId: Topic['id'],
  part: OpenPart | null,
  diagnostics: Diagnostic[],
): Question | null {
  const line = startLine(open.heading);
  const first = open.nodes[0];
  if (!first || first.type !== 'html' || !isMetaComment(first.value)) {
    diagnostics.push(
      makeDiagnostic(
        file,
        line,
        'question/metadata-missing',
        'Question has no metadata line. Put `<!-- id: some-id; difficulty: medium; tags: some-tag -->` directly under its heading.',
      ),
    );
    return null;
  }
  const meta = parseQuestionMeta(file, startLine(first), first.value);
  diagnostics.push(...meta.diagnostics);
  if (!meta.value || !part) return null;
  const body = open.nodes.slice(1);
  const split = splitQuestionBody(file, source, body);
  diagnostics.push(...split.diagnostics);
  const collected = collectNodes([open.heading as RootContent, ...body]);
  return {
    id: meta.value.id,
    aliases: meta.value.aliases,
    topicId,
    partNumber: part.number,
    title: headingSource(source, open.heading),
    difficulty: meta.value.difficulty,
    tags: meta.value.tags,
    line,
    answer: split.answer ?? { markdown: '', line: startLine(first) + 1 },
    keyPoints: split.sections.keyPoints,
    pitfalls: split.sections.pitfalls,
    followUps: split.sections.followUps,
    references: split.sections.references,
    related: split.sections.related,
    code: collected.code,
    math: collected.math,
    links: collected.links,
    images: collected.images,
    words: collected.words,
  };
}
