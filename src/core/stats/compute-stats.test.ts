// Per-topic picture counts: mermaid blocks count as diagrams, python blocks with figure= as figures (and still as
// code examples); a python block without figure= and a plain code block count as neither.

import { describe, expect, it } from 'vitest';
import { parseVault } from '../parse/index.js';
import { computeStats } from './compute-stats.js';

const topic = (id: string, body: string) => `---
id: "${id}"
title: T${id}
difficulty: Easy
key_for: Tests
essential: false
summary: Stats fixture.
---

# T${id}

${body}

## Part 1: P

### Q?
<!-- id: q-${id}; difficulty: easy; tags: t -->

\`\`\`mermaid
flowchart LR
  accTitle: A to B
  a --> b
\`\`\`

\`\`\`python figure="${id}-plot"
print(1)
\`\`\`

\`\`\`python
print(2)
\`\`\`

\`\`\`text
mermaid
\`\`\`

**Key points**
- One.
- Two.
`;

describe('computeStats pictures', () => {
  it('counts diagrams and figures per topic, including the topic intro, and in the totals', () => {
    const intro = '```mermaid\nsequenceDiagram\n  accTitle: hi\n  A->>B: hi\n```';
    const vault = parseVault([
      { file: '01_A.md', source: topic('01', intro) },
      { file: '02_B.md', source: topic('02', 'Intro.') },
    ]);
    const stats = computeStats(vault);
    expect(stats.topics.map((t) => [t.id, t.diagrams, t.figures, t.codeExamples])).toEqual([
      ['01', 2, 1, 2],
      ['02', 1, 1, 2],
    ]);
    expect([stats.totals.diagrams, stats.totals.figures]).toEqual([3, 2]);
  });
});

const counted = (id: string) => `---
id: "${id}"
title: T${id}
difficulty: Easy
key_for: Tests
essential: false
summary: Counts fixture.
---

# T${id}

Intro with $a$, $c$ and

$$
b
$$

## Part 1: First

### One?
<!-- id: c-${id}-one; difficulty: easy; tags: t -->

Inline $x$, $y$, $v$ and a display:

$$
z = 1
$$

**Key points**
- One.
- Two.
- Three.

### Two?
<!-- id: c-${id}-two; difficulty: hard; tags: t -->

Words only here.

\`\`\`python
print(1)
\`\`\`

\`\`\`python
print(2)
\`\`\`

\`\`\`python figure="fig-${id}"
print(3)
\`\`\`

\`\`\`text figure="not-a-figure"
plain
\`\`\`

## Part 2: Second

### Three?
<!-- id: c-${id}-three; difficulty: hard; tags: t -->

$$
w
$$

**Key points**
- Only.
`;

describe('computeStats counts', () => {
  // Files are given out of order: topics come back sorted by id.
  const vault = parseVault([
    { file: '03_C.md', source: counted('03') },
    { file: '02_B.md', source: counted('02') },
  ]);
  const stats = computeStats(vault);

  it('counts questions by difficulty, math by kind (question and topic text), key points and parts', () => {
    expect(stats.topics.map((t) => t.id)).toEqual(['02', '03']);
    const t = stats.topics[0]!;
    expect([t.parts, t.questions, t.easy, t.medium, t.hard]).toEqual([2, 3, 1, 0, 2]);
    // Questions: 3 inline + 2 display; topic intro: 2 inline + 1 display.
    expect([t.inlineMath, t.displayEquations, t.keyPoints]).toEqual([5, 3, 4]);
    // Only a python block with figure= draws a figure: not a plain python block, not figure= on another language.
    expect([t.codeExamples, t.figures, t.diagrams]).toEqual([3, 1, 0]);
    expect(t.partsDetail).toEqual([
      { number: 1, title: 'First', questions: 2 },
      { number: 2, title: 'Second', questions: 1 },
    ]);
  });

  it('adds up words per question and sums every count over topics', () => {
    const words = vault.topics[0]!.parts.flatMap((p) => p.questions).reduce((n, q) => n + q.words, 0);
    expect(words).toBeGreaterThan(0);
    expect(stats.topics[0]!.words).toBe(words);
    expect(stats.totals).toMatchObject({ parts: 4, questions: 6, easy: 2, hard: 4, keyPoints: 8, words: 2 * words });
    expect([stats.totals.inlineMath, stats.totals.displayEquations]).toEqual([10, 6]);
  });
});
