// The search documents built from a parsed vault: one per question, in topic-id order, with every section's prose
// in the body, code and TeX apart, and the title stripped of markdown delimiters only.
import { describe, expect, it } from 'vitest';
import { parseVault } from '../parse/index.js';
import { buildSearchDocs } from './search-docs.js';
import { MATH_CLOSE, MATH_OPEN } from './tokenize.js';

const topic = (id: string, title: string, essential: boolean, body: string) => `---
id: "${id}"
title: ${title}
difficulty: Easy
key_for: Tests
essential: ${essential}
summary: A topic for the search documents.
---

# ${title}

## Part 1: Only part

${body}`;

const SECOND = topic(
  '02',
  'Second',
  false,
  `### Why is the step size at most  $1/L$ for \`gd\`?
<!-- id: step-size; difficulty: hard; tags: optimization, convergence -->

The answer prose, with $\\eta \\le 1/L$ inline.

\`\`\`python
assert lipschitz_constant > 0
\`\`\`

**Key points**
- keypointword in a list

**Common pitfalls**
- pitfallword here

**Follow-ups**
- followupword asked next
`,
);
const FIRST = topic(
  '01',
  'First',
  true,
  `### What is *bias*?
<!-- id: bias; difficulty: easy; tags: basics -->

Bias is a systematic error.
`,
);

describe('buildSearchDocs', () => {
  // The files come in the "wrong" order: documents follow topic ids, not the order the files were read in.
  const vault = parseVault([
    { file: '02_Second.md', source: SECOND },
    { file: '01_First.md', source: FIRST },
  ]);
  const docs = buildSearchDocs(vault);

  it('makes one document per question, ordered by topic id, numbered in that order', () => {
    expect(vault.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(docs.map((d) => [d.id, d.topicId, d.order])).toEqual([
      ['bias', '01', 0],
      ['step-size', '02', 1],
    ]);
  });

  it('keeps the title as text without markdown delimiters, spaces collapsed', () => {
    expect(docs.map((d) => d.title)).toEqual(['What is bias?', 'Why is the step size at most 1/L for gd?']);
  });

  it('puts the prose of the answer and of every section in the body, and code and TeX in extra', () => {
    const step = docs[1]!;
    expect(step.body).toContain(`The answer prose, with ${MATH_OPEN}η ≤ 1/L${MATH_CLOSE} inline.`);
    expect(step.body).toContain('inline. keypointword in a list pitfallword here followupword asked next');
    expect(step.body).not.toContain('lipschitz_constant');
    expect(step.extra).toMatch(/^assert lipschitz_constant > 0 eta le 1\/L( |$)/);
    expect(step.extra).not.toContain('prose');
  });

  it('carries the fields the filters need', () => {
    expect(docs.map((d) => [d.tags, d.difficulty, d.essential])).toEqual([
      [['basics'], 'easy', true],
      [['optimization', 'convergence'], 'hard', false],
    ]);
  });
});
