// Questions -> Anki notes: fields in ANKI_FIELDS order, the deck per topic, hierarchical tags and a GUID from the id.
// The field HTML comes from a stand-in AnkiHtml that marks what it was given, so these tests see the wiring only.

import { describe, expect, it } from 'vitest';
import { parseVault } from '../parse/index.js';
import type { AnkiHtml } from './anki-html.js';
import { ANKI_FIELDS, ankiDeckName, ankiGuid, buildAnkiNotes } from './anki-notes.js';
import { selectQuestions } from './select-questions.js';

const TOPIC = `---
id: "01"
title: Math <&> Stats
difficulty: Easy
key_for: Tests
essential: true
summary: A topic.
---

# Math <&> Stats

## Part 3: Basics *one*

### What is $x$?
<!-- id: q-one; difficulty: hard; tags: demo, linear-algebra -->

The answer.

**Key points**
- First.
- Second.

**Pitfalls**
- A pitfall.

**References**
- A book.

### Bare question
<!-- id: q-two; difficulty: easy; tags: demo -->

Only an answer.
`;

const vault = parseVault([{ file: '01_Math.md', source: TOPIC }]);
const stub: AnkiHtml = {
  block: (m, slug) => `B[${typeof m === 'string' ? m : m.markdown}@${slug}]`,
  inline: (m, slug) => `I[${m}@${slug}]`,
  media: () => [],
};

describe('buildAnkiNotes', () => {
  it('fills the fields in order, the deck and the tags of a question', () => {
    const [note] = buildAnkiNotes(selectQuestions(vault), stub);
    expect(note).toEqual({
      guid: 'mlprep:q-one',
      fields: [
        'I[What is $x$?@01_Math]',
        'B[The answer.@01_Math]',
        '<ul>\n<li>I[First.@01_Math]</li>\n<li>I[Second.@01_Math]</li>\n</ul>',
        '<ul>\n<li>I[A pitfall.@01_Math]</li>\n</ul>',
        '<ul>\n<li>I[A book.@01_Math]</li>\n</ul>',
        '01 Math &lt;&amp;&gt; Stats · Part 3: I[Basics one@01_Math]',
        'q-one',
      ],
      deck: 'mlprep::01 Math <&> Stats',
      tags: ['mlprep::topic::01', 'mlprep::part::01.3', 'mlprep::difficulty::hard', 'mlprep::tag::demo', 'mlprep::tag::linear-algebra'],
    });
  });

  it('leaves the list fields of a question without them empty', () => {
    const notes = buildAnkiNotes(selectQuestions(vault), stub);
    expect(notes[1]!.fields.slice(2, 5)).toEqual(['', '', '']);
    expect(notes[1]!.fields[ANKI_FIELDS.indexOf('Id')]).toBe('q-two');
  });

  it('reports progress once per question', () => {
    const calls: [number, number][] = [];
    buildAnkiNotes(selectQuestions(vault), stub, (done, total) => calls.push([done, total]));
    expect(calls).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });
});

describe('ankiDeckName and ankiGuid', () => {
  it('keeps :: and runs of spaces out of the generated deck part', () => {
    expect(ankiDeckName({ id: '07', title: ' A::B   c ' })).toBe('mlprep::07 A:B c');
  });

  it('derives the GUID from the question id only', () => {
    expect(ankiGuid('bayes-rule')).toBe('mlprep:bayes-rule');
  });
});

describe('tags', () => {
  it('turn spaces and :: inside a tag into hyphens', () => {
    const q = vault.topics[0]!.parts[0]!.questions[1]!;
    const odd = { ...q, tags: [' two  words ', 'a::b'] };
    const [note] = buildAnkiNotes([{ topic: vault.topics[0]!, part: vault.topics[0]!.parts[0]!, question: odd }], stub);
    expect(note!.tags.slice(3)).toEqual(['mlprep::tag::two-words', 'mlprep::tag::a-b']);
  });
});
