// Splitting a question body into its answer and the labelled sections: which paragraphs are labels, how items
// are cut into fragments, and the diagnostics for a repeated label or Key points without a list.
import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './markdown.js';
import { sectionLabel, splitQuestionBody } from './sections.js';

const label = (markdown: string) => sectionLabel(parseMarkdown(markdown).children[0] as RootContent);
const split = (markdown: string) => splitQuestionBody('03_Trees.md', markdown, parseMarkdown(markdown).children);

describe('sectionLabel', () => {
  it.each([
    ['**Key points**', 'keyPoints'],
    ['**Key points:**', 'keyPoints'],
    ['**Key points**:', 'keyPoints'],
    ['**Key points** :', 'keyPoints'],
    ['**KEY POINTS**', 'keyPoints'],
    ['**Pitfalls**', 'pitfalls'],
    ['**Common pitfalls:**', 'pitfalls'],
    ['**Follow-ups**', 'followUps'],
    ['**Follow-up questions**', 'followUps'],
    ['**Followups**', 'followUps'],
    ['**References**', 'references'],
    ['**Related**', 'related'],
    ['**Related :**', 'related'],
  ])('reads %s as the %s label', (markdown, name) => {
    expect(label(markdown)).toBe(name);
  });

  it.each([
    ['bold text that is not a label', '**Summary**'],
    ['a label followed by more text', '**Key points** are these'],
    ['a label followed by a colon and more', '**Key points**: a, b'],
    ['a label after other text', 'See **Key points**'],
    ['a label in italics', '*Key points*'],
    ['a heading', '## Key points'],
    ['a label followed by other inline content', '**Key points**`:`'],
  ])('does not read %s as a label', (_name, markdown) => {
    expect(label(markdown)).toBeNull();
  });
});

describe('splitQuestionBody', () => {
  it('keeps the blocks before the first label as the answer and cuts each section into its items', () => {
    const result = split(
      [
        'The answer.',
        '',
        'More answer.',
        '',
        '**Key points**',
        '',
        '- First *point*.',
        '- Second point.',
        '',
        '**Pitfalls**',
        '',
        'A paragraph pitfall.',
        '',
        '- A listed pitfall.',
        '',
        '**Related**',
        '',
        '- [[03_Trees#^other]]',
        '',
      ].join('\n'),
    );
    expect(result).toEqual({
      answer: { markdown: 'The answer.\n\nMore answer.', line: 1 },
      sections: {
        keyPoints: [
          { markdown: 'First *point*.', line: 7 },
          { markdown: 'Second point.', line: 8 },
        ],
        pitfalls: [
          { markdown: 'A paragraph pitfall.', line: 12 },
          { markdown: 'A listed pitfall.', line: 14 },
        ],
        followUps: [],
        references: [],
        related: [{ markdown: '[[03_Trees#^other]]', line: 18 }],
      },
      diagnostics: [],
    });
  });

  it('has no answer when the body starts with a label', () => {
    expect(split('**References**\n\n- A book.\n').answer).toBeNull();
  });

  it('has no answer for an empty body', () => {
    expect(split('')).toEqual({
      answer: null,
      sections: { keyPoints: [], pitfalls: [], followUps: [], references: [], related: [] },
      diagnostics: [],
    });
  });

  it('skips empty list items', () => {
    expect(split('**Follow-ups**\n\n- \n- Why?\n').sections.followUps).toEqual([{ markdown: 'Why?', line: 4 }]);
  });

  it('merges a repeated label into the first section and reports it on the repeated label', () => {
    const result = split('**Pitfalls**\n\n- one\n\n**Pitfalls:**\n\n- two\n');
    expect(result.sections.pitfalls).toEqual([
      { markdown: 'one', line: 3 },
      { markdown: 'two', line: 7 },
    ]);
    expect(result.diagnostics).toEqual([
      {
        file: '03_Trees.md',
        line: 5,
        code: 'question/section',
        severity: 'error',
        message: 'This question has a second "Pitfalls" section. Merge the two lists into one.',
      },
    ]);
  });

  it('requires a bullet list after Key points, reported on the label line', () => {
    const result = split('Answer.\n\n**Key points**\n\nJust a paragraph.\n');
    expect(result.sections.keyPoints).toEqual([{ markdown: 'Just a paragraph.', line: 5 }]);
    expect(result.diagnostics.map((d) => `${d.line} ${d.code} ${d.message}`)).toEqual([
      '3 question/section The "Key points" label must be followed by a bullet list (one "- " line per point).',
    ]);
  });

  it('does not require a list after the other labels', () => {
    expect(split('**Pitfalls**\n\nA paragraph.\n').diagnostics).toEqual([]);
  });
});
