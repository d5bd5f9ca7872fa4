// Splits a question's body into the answer and its labelled sections (Key points, Pitfalls, Follow-ups,
// References, Related). A label is a paragraph holding only bold text, with an optional trailing colon.
// Isomorphic.

import type { List, Paragraph, RootContent } from 'mdast';
import { makeDiagnostic, type Diagnostic, type Fragment } from '../model/index.js';
import { plainText, sliceChildren, sliceSource, startLine } from './markdown.js';

export type SectionName = 'keyPoints' | 'pitfalls' | 'followUps' | 'references' | 'related';

/** Accepted label spellings, lower-cased, without the colon. */
const LABELS: Record<string, SectionName> = {
  'key points': 'keyPoints',
  pitfalls: 'pitfalls',
  'common pitfalls': 'pitfalls',
  'follow-ups': 'followUps',
  'follow-up questions': 'followUps',
  followups: 'followUps',
  references: 'references',
  related: 'related',
};

/** The section a paragraph opens, or null when it is ordinary text. */
export function sectionLabel(node: RootContent): SectionName | null {
  if (node.type !== 'paragraph') return null;
  const kids = (node as Paragraph).children;
  const strong = kids[0];
  if (!strong || strong.type !== 'strong') return null;
  const rest = kids.slice(1);
  // Allow `**Key points**:` (colon outside the bold) but nothing else after the label.
  if (!(rest.length === 0 || (rest.length === 1 && rest[0]?.type === 'text' && rest[0].value.trim() === ':'))) return null;
  const text = plainText(strong).trim().replace(/:$/, '').trim().toLowerCase();
  return LABELS[text] ?? null;
}

export interface SplitQuestion {
  answer: Fragment | null;
  sections: Record<SectionName, Fragment[]>;
  diagnostics: Diagnostic[];
}

/** Each list item becomes one fragment; any other block becomes one fragment of its own. */
function itemsOf(source: string, nodes: RootContent[]): Fragment[] {
  const out: Fragment[] = [];
  for (const node of nodes) {
    if (node.type === 'list') {
      for (const item of (node as List).children) {
        const frag = sliceChildren(source, item);
        if (frag && frag.markdown.trim() !== '') out.push(frag);
      }
    } else {
      const frag = sliceSource(source, [node]);
      if (frag && frag.markdown.trim() !== '') out.push(frag);
    }
  }
  return out;
}

export function splitQuestionBody(file: string, source: string, body: RootContent[]): SplitQuestion {
  const diagnostics: Diagnostic[] = [];
  const answerNodes: RootContent[] = [];
  const groups = new Map<SectionName, { line: number; nodes: RootContent[] }>();
  let current: SectionName | null = null;
  for (const node of body) {
    const label = sectionLabel(node);
    if (label) {
      if (groups.has(label)) {
        diagnostics.push(
          makeDiagnostic(
            file,
            startLine(node),
            'question/section',
            `This question has a second "${plainText(node).replace(/:$/, '')}" section. Merge the two lists into one.`,
          ),
        );
      } else groups.set(label, { line: startLine(node), nodes: [] });
      current = label;
      continue;
    }
    if (current) groups.get(current)?.nodes.push(node);
    else answerNodes.push(node);
  }
  const sections: Record<SectionName, Fragment[]> = { keyPoints: [], pitfalls: [], followUps: [], references: [], related: [] };
  for (const [name, group] of groups) {
    if (name === 'keyPoints' && !group.nodes.some((n) => n.type === 'list')) {
      diagnostics.push(
        makeDiagnostic(
          file,
          group.line,
          'question/section',
          'The "Key points" label must be followed by a bullet list (one "- " line per point).',
        ),
      );
    }
    sections[name] = itemsOf(source, group.nodes);
  }
  const answer = sliceSource(source, answerNodes);
  return { answer: answer && answer.markdown.trim() !== '' ? answer : null, sections, diagnostics };
}
