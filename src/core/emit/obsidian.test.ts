import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadVault } from '../../node/load-vault.js';
import { unresolved } from '../../../test/helpers/obsidian-links.js';
import { parseVault } from '../parse/index.js';
import { emitObsidian, nestedFigureLinks, partNoteName } from './obsidian.js';

const VAULTS = path.join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'vaults');

describe('emitObsidian', () => {
  it('writes one note per question with properties and a folded answer, and index notes per topic and part', async () => {
    const { vault } = await loadVault(path.join(VAULTS, 'web-prep'));
    const files = emitObsidian(vault);
    const note = files.find((f) => f.path === '02_Probability_Statistics/bayes-rule.md')!;
    const props = parse(note.content.split('---\n')[1]!) as Record<string, unknown>;
    expect(props).toMatchObject({
      id: 'bayes-rule',
      topic: '02',
      part: 1,
      difficulty: 'easy',
      tags: ['mlprep/probability', 'mlprep/bayes'],
    });
    expect(note.content).toContain('> [!note]- Answer');
    expect(note.content).toMatch(/> \*\*Key points\*\*\n> - Posterior/);
    // the link to a question of another topic now points at that question's note, titled
    expect(note.content).toContain('[[gd-step-size|the step-size question]]');
    expect(files.map((f) => f.path)).toEqual(
      expect.arrayContaining([
        '01_Math_Foundations.md',
        '01_Math_Foundations/01_Math_Foundations Part 1.md',
        'README.md',
        'Interview_Tips.md',
      ]),
    );
    expect(unresolved(files)).toEqual([]);
  });

  it('leaves links inside code alone', async () => {
    const { rewriteWikiLinks } = await import('./markdown-links.js');
    const text = 'See [[A]].\n\n```python\nx = "[[B]]"\n```\n\nand `[[C]]` then [[D|d]].';
    expect(rewriteWikiLinks(text, (l) => `<${l.target}>`)).toBe('See <A>.\n\n```python\nx = "[[B]]"\n```\n\nand `[[C]]` then <D>.');
  });

  it('keeps mermaid blocks as they are and re-points figure images from notes in a topic folder', async () => {
    const { vault } = await loadVault(path.join(VAULTS, 'pictures-valid'));
    const note = emitObsidian(vault).find((f) => f.path === '01_Pictures/residual-block.md')!;
    expect(note.content).toContain(
      '> ```mermaid\n> flowchart LR\n>   accTitle: A residual block adds its input to the output of two layers\n',
    );
    expect(note.content).toContain('> ![A straight line rising from 1 to 3](../figures/01-line.svg)');
    expect(note.content).not.toMatch(/\]\(figures\//);
  });
});

const TOPIC = `---
id: "01"
title: Demo Topic
difficulty: Easy-Medium
key_for: Tests
essential: true
summary: A topic.
---

# Demo Topic

Intro links [[01_Demo#Part 2: More]] and [[#^q-two|second]].

## Part 1: Basics [x]

Part intro with ![a plot](figures/p.svg).

### What is $x$ | a thing?
<!-- id: q-one; difficulty: easy; tags: demo, two-words; aliases: old-one -->

An answer with [[#^q-two]] and ![fig](./figures/f.svg).
   
More answer.

**Key points**
- First point
  continued.
- Second [[README]].

**Pitfalls**
- A pitfall.

**Follow-ups**
- Follow up?

**References**
- Ref one.

**Related**
- [[#^q-two]]

## Part 2: More

### Second question
<!-- id: q-two; difficulty: hard; tags: demo -->

Answer two with [[01_Demo]] and [[01_Demo|the topic]] and [[Missing]] and \`[[q-one]]\`.
`;

const TOPIC2 = `---
id: "02"
title: Zero
difficulty: Hard
key_for: Tests
essential: false
summary: Another.
---

# Zero

## Part 1: Only

### Zero question
<!-- id: z-one; difficulty: medium; tags: zero -->

Zero answer.
`;

function vault() {
  return parseVault([
    { file: '01_Demo.md', source: TOPIC },
    {
      file: 'README.md',
      source:
        '# Index\n\nSee [[Interview_Tips#Tips|tips]], [[Interview_Tips#Tips]] and [[01_Demo#^q-one]].\n\n[[01_Demo#Part 2: More|two]], [[02_Zero#Part 1: Only]], [[01_Demo#^q-two|a[b c]] and [[02_Zero]].\n',
    },
    { file: '02_Zero.md', source: TOPIC2 },
    { file: 'Interview_Tips.md', source: '# Tips\n\n## Tips\n\nBack to [[README]].\n' },
  ]);
}

describe('emitObsidian (inline vault)', () => {
  // The topics in reverse: the emitter orders them by id itself.
  // Emitted inside each test (not while collecting them), so every test exercises the emitter itself.
  const emitted = () => emitObsidian({ ...vault(), topics: [...vault().topics].reverse() });
  const content = (path: string) => emitted().find((f) => f.path === path)?.content;

  it('writes topic, part and question notes in id order, then the other notes', () => {
    expect(emitted().map((f) => f.path)).toEqual([
      '01_Demo.md',
      '01_Demo/01_Demo Part 1.md',
      '01_Demo/q-one.md',
      '01_Demo/01_Demo Part 2.md',
      '01_Demo/q-two.md',
      '02_Zero.md',
      '02_Zero/02_Zero Part 1.md',
      '02_Zero/z-one.md',
      'Interview_Tips.md',
      'README.md',
    ]);
  });

  it('writes a topic index note with its properties, its intro links rewritten and its parts listed', () => {
    expect(content('01_Demo.md')).toBe(`---
topic: "01"
title: Demo Topic
difficulty: Easy-Medium
essential: true
tags:
  - mlprep/topic
---

# Demo Topic

Intro links [[01_Demo Part 2|Part 2: More]] and [[q-two|second]].

## Parts

- [[01_Demo Part 1|Part 1: Basics x]] (1 questions)
- [[01_Demo Part 2|Part 2: More]] (1 questions)
`);
  });

  it('writes a part note linking back to its topic, with its intro figure re-pointed and its questions listed', () => {
    expect(content('01_Demo/01_Demo Part 1.md')).toBe(`---
topic: "01"
part: 1
tags:
  - mlprep/part
---

# Demo Topic, Part 1: Basics [x]

In [[01_Demo]].

Part intro with ![a plot](../figures/p.svg).

- [[q-one|What is x a thing?]] · easy
`);
  });

  it('writes a question note with properties, aliases, the answer and its sections folded in a callout, and Related outside it', () => {
    expect(content('01_Demo/q-one.md')).toBe(`---
id: q-one
topic: "01"
part: 1
difficulty: easy
tags:
  - mlprep/demo
  - mlprep/two-words
aliases:
  - What is x | a thing?
  - old-one
---

# What is $x$ | a thing?

Demo Topic · [[01_Demo Part 1|Part 1: Basics x]] · easy

> [!note]- Answer (click to reveal)
> An answer with [[q-two|Second question]] and ![fig](../figures/f.svg).
>
> More answer.
>
> **Key points**
> - First point
>     continued.
> - Second [[README]].
>
> **Pitfalls**
> - A pitfall.
>
> **Follow-ups**
> - Follow up?
>
> **References**
> - Ref one.

**Related**
- [[q-two|Second question]]
`);
  });

  it('writes a part note without an intro', () => {
    expect(content('01_Demo/01_Demo Part 2.md')).toBe(`---
topic: "01"
part: 2
tags:
  - mlprep/part
---

# Demo Topic, Part 2: More

In [[01_Demo]].

- [[q-two|Second question]] · hard
`);
  });

  it('keeps unresolved links and links inside code as written, and leaves out empty sections', () => {
    expect(content('01_Demo/q-two.md')).toBe(`---
id: q-two
topic: "01"
part: 2
difficulty: hard
tags:
  - mlprep/demo
aliases:
  - Second question
---

# Second question

Demo Topic · [[01_Demo Part 2|Part 2: More]] · hard

> [!note]- Answer (click to reveal)
> Answer two with [[01_Demo]] and [[01_Demo|the topic]] and [[Missing]] and \`[[q-one]]\`.
`);
  });

  it('writes a topic note without an intro', () => {
    expect(content('02_Zero.md')).toBe(`---
topic: "02"
title: Zero
difficulty: Hard
essential: false
tags:
  - mlprep/topic
---

# Zero

## Parts

- [[02_Zero Part 1|Part 1: Only]] (1 questions)
`);
  });

  it('rewrites the links of the other notes: note headings and aliases kept, parts and questions titled', () => {
    expect(content('README.md')).toBe(`# Index

See [[Interview_Tips#Tips|tips]], [[Interview_Tips#Tips]] and [[q-one|What is x a thing?]].

[[01_Demo Part 2|two]], [[02_Zero Part 1|Part 1: Only]], [[q-two|a b c]] and [[02_Zero]].
`);
  });
});

describe('partNoteName', () => {
  it('names a part note by topic slug and part number', () => {
    const topic = vault().topics[0]!;
    expect(partNoteName(topic, topic.parts[1]!)).toBe('01_Demo Part 2');
  });
});

describe('nestedFigureLinks', () => {
  it('re-points figure images, with or without ./, and leaves other links alone', () => {
    expect(nestedFigureLinks('![a](figures/x.svg) ![](./figures/y.svg) [l](figures/z.svg) ![b](img/figures/w.svg)')).toBe(
      '![a](../figures/x.svg) ![](../figures/y.svg) [l](figures/z.svg) ![b](img/figures/w.svg)',
    );
  });
});

describe('emitObsidian front matter', () => {
  it('keeps a long title on one line', () => {
    const title = 'A very long topic title that goes on and on well past the eighty columns of a YAML line';
    const source = TOPIC2.replace('title: Zero', `title: ${title}`);
    const note = emitObsidian(parseVault([{ file: '02_Zero.md', source }])).find((f) => f.path === '02_Zero.md')!;
    expect(note.content.split('\n').slice(0, 4)).toEqual(['---', 'topic: "02"', `title: ${title}`, 'difficulty: Hard']);
  });
});

describe('emitObsidian part notes', () => {
  it('list the questions of a part one per line', () => {
    const source = TOPIC2.replace(
      'Zero answer.\n',
      'Zero answer.\n\n### Next question\n<!-- id: z-two; difficulty: hard; tags: zero -->\n\nNext answer.\n',
    );
    const note = emitObsidian(parseVault([{ file: '02_Zero.md', source }])).find((f) => f.path === '02_Zero/02_Zero Part 1.md')!;
    expect(note.content.slice(note.content.indexOf('In [['))).toBe(
      'In [[02_Zero]].\n\n- [[z-one|Zero question]] · medium\n- [[z-two|Next question]] · hard\n',
    );
  });
});
