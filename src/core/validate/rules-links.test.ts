// checkLinks: every wikilink of a topic intro, a question and a note must resolve; a same-file link resolves in the
// file that holds it. link/unresolved for an unknown file, link/anchor for an unknown question, part or heading.
import { describe, expect, it } from 'vitest';
import { asTopicId } from '../model/index.js';
import { parseVault } from '../parse/index.js';
import { checkLinks } from './rules-links.js';

const A = `---
id: "01"
title: A
difficulty: Easy
key_for: Tests
essential: false
summary: S.
---

# A

See [[99_Missing]], [[README]], [[README#Usage]] and [[README#Nope]].

## Part 1: P

### Question one
<!-- id: q-one; difficulty: easy; tags: t; aliases: q-old -->

Good: [[#^q-one]], [[#Part 1: P]], [[#Question one]], [[01_A#^q-old]], [[02_B]], [[02_B#^q-two]].
Bad: [[01_A#^no-such-q]] and [[#Part 9: Nothing]].

**Key points**
- One.
- Two.

**Related**
- [[02_B#^nope|the other topic]]
`;
const B = `---
id: "02"
title: B
difficulty: Easy
key_for: Tests
essential: false
summary: S.
---

# B

## Part 1: P

### Question two
<!-- id: q-two; difficulty: easy; tags: t -->

Back to [[01_A#^q-one]], but [[#^q-one]] is not in this file.

**Key points**
- One.
- Two.
`;
const NOTE = '# Notes\n\n## Usage\n\nStart at [[01_A]], [[01_A#^q-one]], [[#Usage]], [[#Missing heading]] and [[03_C]].\n';

const vaultOf = (files: Record<string, string>) => parseVault(Object.entries(files).map(([file, source]) => ({ file, source })));
const at = (file: string, line: number, code: string, message: string) => ({ file, line, code, severity: 'error', message });
const unknownFile = (raw: string, slug: string, known: string) =>
  `[[${raw}]] points at "${slug}", which is not a file of this vault. Known topics: ${known}.`;
const noQuestion = (raw: string, slug: string, id: string) =>
  `[[${raw}]]: ${slug} has no question with id "${id}". Check the id in the question's metadata line.`;

describe('checkLinks', () => {
  it('reports every unresolved link of topic intros, questions and notes, on its line, in its file', () => {
    expect(checkLinks(vaultOf({ '01_A.md': A, '02_B.md': B, 'README.md': NOTE }))).toEqual([
      at('01_A.md', 12, 'link/unresolved', unknownFile('99_Missing', '99_Missing', '01_A, 02_B')),
      at('01_A.md', 12, 'link/anchor', '[[README#Nope]]: README.md has no heading "Nope". Check the heading text.'),
      at('01_A.md', 20, 'link/anchor', noQuestion('01_A#^no-such-q', '01_A', 'no-such-q')),
      at(
        '01_A.md',
        20,
        'link/anchor',
        '[[#Part 9: Nothing]]: 01_A has no part or question heading "Part 9: Nothing". Use the full "Part N: Title" text, or the #^question-id form.',
      ),
      at('01_A.md', 27, 'link/anchor', noQuestion('02_B#^nope', '02_B', 'nope')),
      at('02_B.md', 17, 'link/anchor', noQuestion('#^q-one', '02_B', 'q-one')),
      at('README.md', 5, 'link/anchor', '[[#Missing heading]]: README.md has no heading "Missing heading". Check the heading text.'),
      at('README.md', 5, 'link/unresolved', unknownFile('03_C', '03_C', '01_A, 02_B')),
    ]);
  });

  it('accepts links to topics, parts, headings, question ids and aliases, and note headings', () => {
    const note = '# Notes\n\n## Usage\n\nStart at [[01_A]], [[01_A#Part 1: P]], [[01_A#^q-old]], [[#Usage]] and [[README#usage]].\n';
    const vault = vaultOf({
      '01_A.md': A.replace(/^See .*$/m, 'See [[README#Usage]].')
        .replace(/^Bad: .*$/m, '')
        .replace(/^- \[\[02_B#\^nope.*$/m, '- [[02_B#^q-two]]'),
      '02_B.md': B.replace(' but [[#^q-one]] is not in this file', ''),
      'README.md': note,
    });
    expect(vault.notes[0]?.links.length).toBe(5);
    expect(checkLinks(vault)).toEqual([]);
  });

  it('says "none" when the vault has no topic', () => {
    expect(checkLinks(vaultOf({ 'README.md': '# N\n\nSee [[01_A]].\n' }))).toEqual([
      at('README.md', 3, 'link/unresolved', unknownFile('01_A', '01_A', 'none')),
    ]);
  });

  it('skips the links of a question whose topic is not in the vault, and still checks the topic intro', () => {
    const vault = vaultOf({ '01_A.md': A, '02_B.md': B, 'README.md': NOTE });
    vault.topics[0]!.parts[0]!.questions[0]!.topicId = asTopicId('99');
    expect(checkLinks(vault).map((d) => `${d.file}:${d.line}`)).toEqual([
      '01_A.md:12',
      '01_A.md:12',
      '02_B.md:17',
      'README.md:5',
      'README.md:5',
    ]);
  });
});
