// The model's small rules: id patterns at their length and character limits, anchors, diagnostics' default
// severity, sort order and printed form, and how a wikilink resolves to a topic, part, question or note, with
// the message each unresolved form gives.

import { describe, expect, it } from 'vitest';
import { parseVault } from '../parse/index.js';
import { DIFFICULTIES } from './content.js';
import { formatDiagnostic, makeDiagnostic, sortDiagnostics } from './diagnostic.js';
import { asQuestionId, isQuestionId, isTopicId, partAnchor, questionAnchor } from './ids.js';
import { normalizeHeading, resolveWikiLink } from './resolve-link.js';
import { indexQuestions, listQuestions } from './vault.js';
import type { WikiLink } from './content.js';

describe('ids', () => {
  it('takes exactly two digits as a topic id', () => {
    for (const ok of ['00', '07', '13']) expect(isTopicId(ok), ok).toBe(true);
    for (const bad of ['7', '007', 'a7', '07 ', '']) expect(isTopicId(bad), bad).toBe(false);
  });

  it('takes 3 to 64 lowercase letters and digits in hyphen-joined words as a question id', () => {
    for (const ok of ['abc', 'a-b', 'gd-step-size', 'x1-2y', 'a'.repeat(64)]) expect(isQuestionId(ok), ok).toBe(true);
    for (const bad of ['ab', 'a'.repeat(65), 'A-b', 'a--b', '-ab', 'ab-', 'a_b', 'a b', 'ab\n'])
      expect(isQuestionId(bad), JSON.stringify(bad)).toBe(false);
  });

  it('names anchors q-<id> and part-<n>', () => {
    expect(questionAnchor(asQuestionId('gd-step'))).toBe('q-gd-step');
    expect(partAnchor(3)).toBe('part-3');
  });
});

describe('diagnostics', () => {
  it('are errors unless told otherwise, and print as file:line, severity, code, message', () => {
    const d = makeDiagnostic('01_A.md', 7, 'link/unresolved', 'Fix it.');
    expect(d).toEqual({ file: '01_A.md', line: 7, code: 'link/unresolved', severity: 'error', message: 'Fix it.' });
    expect(formatDiagnostic(d)).toBe('01_A.md:7  error  link/unresolved  Fix it.');
    expect(formatDiagnostic(makeDiagnostic('b.md', 1, 'math/katex', 'Hm.', 'warning'))).toBe('b.md:1  warn   math/katex  Hm.');
  });

  it('sort by file, then line, then code, without changing the input', () => {
    const list = [
      makeDiagnostic('b.md', 1, 'math/katex', ''),
      makeDiagnostic('a.md', 9, 'link/unresolved', ''),
      makeDiagnostic('a.md', 2, 'math/katex', ''),
      makeDiagnostic('a.md', 2, 'link/anchor', ''),
    ];
    const copy = [...list];
    expect(sortDiagnostics(list).map((d) => `${d.file}:${d.line}:${d.code}`)).toEqual([
      'a.md:2:link/anchor',
      'a.md:2:math/katex',
      'a.md:9:link/unresolved',
      'b.md:1:math/katex',
    ]);
    expect(list).toEqual(copy);
  });
});

const topic = `---
id: "01"
title: Alpha
difficulty: Easy
key_for: Tests
essential: false
summary: Links fixture.
---

# Alpha

## Part 1: The *First* Part

### What is $x$ here?
<!-- id: what-is-x; difficulty: easy; tags: t; aliases: old-x -->

Answer.

### Another question?
<!-- id: another-q; difficulty: easy; tags: t -->

Answer.
`;
const vault = parseVault([
  { file: '01_Alpha.md', source: topic },
  { file: 'README.md', source: '# Read me\n\n## Getting **Started**\n\nText.\n' },
]);
const link = (raw: string, over: Partial<WikiLink> = {}): WikiLink => {
  const [target = '', anchorPart] = raw.split('#');
  const blockRef = anchorPart?.startsWith('^') ?? false;
  return { raw, target, anchor: (anchorPart ?? '').replace(/^\^/, ''), blockRef, line: 1, ...over };
};
const resolve = (raw: string, from = '01_Alpha') => resolveWikiLink(vault, from, link(raw));

describe('normalizeHeading', () => {
  it('drops emphasis, code and math marks, collapses spaces and lowers case', () => {
    expect(normalizeHeading('  The *First*   `Part`  $x_1$ ')).toBe('the first part x1');
  });
});

describe('resolveWikiLink', () => {
  it('resolves a topic by slug, in any case', () => {
    expect(resolve('01_Alpha')).toMatchObject({ ok: true, target: { kind: 'topic' } });
    expect(resolve('01_alpha')).toMatchObject({ ok: true, target: { kind: 'topic' } });
  });

  it('resolves a part by its full heading and a question by its heading or id or alias', () => {
    expect(resolve('01_Alpha#Part 1: The First Part')).toMatchObject({ ok: true, target: { kind: 'part', part: { number: 1 } } });
    expect(resolve('01_Alpha#what is x here?')).toMatchObject({ ok: true, target: { kind: 'question', question: { id: 'what-is-x' } } });
    expect(resolve('01_Alpha#^another-q')).toMatchObject({ ok: true, target: { kind: 'question', question: { id: 'another-q' } } });
    expect(resolve('01_Alpha#^old-x')).toMatchObject({ ok: true, target: { kind: 'question', question: { id: 'what-is-x' } } });
    // A same-file link: the file part is empty.
    expect(resolve('#^another-q')).toMatchObject({ ok: true, target: { kind: 'question', question: { id: 'another-q' } } });
  });

  it('resolves a note and its headings', () => {
    expect(resolve('README')).toMatchObject({ ok: true, target: { kind: 'note' } });
    expect(resolve('README#getting started')).toMatchObject({ ok: true, target: { kind: 'note', heading: 'Getting Started' } });
  });

  it('says what is missing for each unresolved form', () => {
    expect(resolve('99_Nope')).toEqual({
      ok: false,
      code: 'link/unresolved',
      message: '[[99_Nope]] points at "99_Nope", which is not a file of this vault. Known topics: 01_Alpha.',
    });
    expect(resolveWikiLink(parseVault([]), 'x', link('Y'))).toMatchObject({ message: expect.stringMatching(/Known topics: none\.$/) });
    expect(resolve('README#Nowhere')).toEqual({
      ok: false,
      code: 'link/anchor',
      message: '[[README#Nowhere]]: README.md has no heading "Nowhere". Check the heading text.',
    });
    expect(resolve('01_Alpha#^no-such-id')).toEqual({
      ok: false,
      code: 'link/anchor',
      message: `[[01_Alpha#^no-such-id]]: 01_Alpha has no question with id "no-such-id". Check the id in the question's metadata line.`,
    });
    expect(resolve('01_Alpha#First Part')).toEqual({
      ok: false,
      code: 'link/anchor',
      message:
        '[[01_Alpha#First Part]]: 01_Alpha has no part or question heading "First Part". Use the full "Part N: Title" text, or the #^question-id form.',
    });
  });
});

describe('difficulties', () => {
  it('run easy, medium, hard', () => {
    expect(DIFFICULTIES).toEqual(['easy', 'medium', 'hard']);
  });
});

describe('sortDiagnostics by number', () => {
  it('orders lines as numbers (9 before 10) and codes alphabetically on one line', () => {
    const list = [
      makeDiagnostic('a.md', 10, 'math/katex', ''),
      makeDiagnostic('a.md', 9, 'math/katex', ''),
      makeDiagnostic('a.md', 9, 'id/duplicate', ''),
      makeDiagnostic('a.md', 100, 'code/no-run', ''),
    ];
    expect(sortDiagnostics(list).map((d) => `${d.line}:${d.code}`)).toEqual([
      '9:id/duplicate',
      '9:math/katex',
      '10:math/katex',
      '100:code/no-run',
    ]);
  });
});

describe('vault lookups', () => {
  const two = (id: string, qids: [string, string]) =>
    `---\nid: "${id}"\ntitle: T\ndifficulty: Easy\nkey_for: Tests\nessential: false\nsummary: S.\n---\n\n# T\n\n## Part 1: P\n\n` +
    qids.map((q) => `### ${q}?\n<!-- id: ${q}; difficulty: easy; tags: t -->\n\nA.\n\n`).join('');
  const v = parseVault([
    { file: '01_A.md', source: two('01', ['q-one', 'q-dup']) },
    { file: '02_B.md', source: two('02', ['q-dup', 'q-two']) },
  ]);

  it('lists questions in topic and part order, and indexes a repeated id by its first question', () => {
    expect(listQuestions(v).map((q) => `${q.topicId}:${q.id}`)).toEqual(['01:q-one', '01:q-dup', '02:q-dup', '02:q-two']);
    const index = indexQuestions(v);
    expect([...index.keys()]).toEqual(['q-one', 'q-dup', 'q-two']);
    expect(index.get(asQuestionId('q-dup'))!.topicId).toBe('01');
  });
});

describe('resolveWikiLink, more cases', () => {
  const notes = parseVault([
    { file: 'Notes.md', source: '# Upper\n' },
    { file: 'notes.md', source: '# Lower\n' },
  ]);
  const noteOf = (raw: string) => {
    const r = resolveWikiLink(notes, 'x', link(raw));
    return r.ok && r.target.kind === 'note' ? r.target.note.file : r;
  };

  it('prefers the note whose name matches in case, then the first one matching in any case', () => {
    expect(noteOf('notes')).toBe('notes.md');
    expect(noteOf('Notes')).toBe('Notes.md');
    expect(noteOf('NOTES')).toBe('notes.md');
    expect(notes.notes.map((n) => n.file)).toEqual(['notes.md', 'Notes.md']);
  });

  it('resolves a same-file heading link and a question heading with markup in the link', () => {
    expect(resolve('#Part 1: The First Part')).toMatchObject({ ok: true, target: { kind: 'part', topic: { id: '01' } } });
    expect(resolve('01_Alpha#What is *x* here?')).toMatchObject({ ok: true, target: { kind: 'question', question: { id: 'what-is-x' } } });
    expect(resolve('01_Alpha#Another   question?')).toMatchObject({
      ok: true,
      target: { kind: 'question', question: { id: 'another-q' } },
    });
  });

  it('does not resolve a question id written as a heading anchor, nor a heading written as a block reference', () => {
    expect(resolve('01_Alpha#another-q')).toMatchObject({ ok: false, code: 'link/anchor' });
    expect(resolve('01_Alpha#^Another question?')).toMatchObject({ ok: false, code: 'link/anchor' });
  });

  it('resolves a link from a note to a topic by the topic slug, and a link with an empty anchor to the note', () => {
    expect(resolveWikiLink(vault, 'README', link('01_Alpha'))).toMatchObject({ ok: true, target: { kind: 'topic', topic: { id: '01' } } });
    expect(resolveWikiLink(vault, 'README', link('README#'))).toEqual({ ok: true, target: { kind: 'note', note: vault.notes[0] } });
  });
});
