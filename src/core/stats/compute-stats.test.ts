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
