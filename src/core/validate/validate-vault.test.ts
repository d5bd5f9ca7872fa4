// validateVault: the parse diagnostics and every rule's diagnostics together, sorted by file, line and code.
// One vault below breaks one rule of each kind, so a rule left out of the run changes the list.
import { describe, expect, it } from 'vitest';
import type { Exercise, ExerciseId } from '../exercise/model.js';
import { asQuestionId, asTopicId } from '../model/index.js';
import { parseVault } from '../parse/index.js';
import { validateVault } from './validate-vault.js';

const TOPIC = `---
id: "01"
title: T
difficulty: Easy
key_for: Tests
essential: false
summary: S.
---

# T

See [[99_X]] and ![](pic.png).

## Part 1: P

### Q
<!-- id: q-one; difficulty: easy; tags: t -->

\`\`\`python
x = 1
assert x == x
\`\`\`

Bad $\\frac{1}{2$.

\`\`\`mermaid
flowchart LR
  a["In"] --> b["Out"]
\`\`\`

**Key points**
- One.

**References**
- a blog post

## Part 2: Empty
`;
const PLAN = `topics:
  - { id: "01", file: 01_A, title: A }
paths:
  - { id: p, title: P, summary: S, steps: [{ topic: "42" }] }
checklists: []
mustKnow:
  - id: core
    title: C
    concepts:
      - { id: c, text: T }
`;
const EXERCISE: Exercise = {
  id: '01-ex' as ExerciseId,
  dir: 'exercises/01-ex',
  title: 'Ex',
  topic: asTopicId('01'),
  difficulty: 'easy',
  tags: [],
  questions: [asQuestionId('nope')],
  questionLines: [7],
  minutes: 10,
  signature: 'def f(x)',
  statement: '',
  examples: '',
  hints: [],
  background: null,
  starter: '',
  solution: '',
  tests: '',
  hiddenTests: '',
};

describe('validateVault', () => {
  it('returns nothing for a vault that passes every rule', () => {
    const clean = TOPIC.replace('See [[99_X]] and ![](pic.png).', 'Intro.')
      .replace('assert x == x', 'assert x + 1 == 2')
      .replace('Bad $\\frac{1}{2$.', 'Good $x$.')
      .replace('flowchart LR\n', 'flowchart LR\n  accTitle: In to out\n')
      .replace('- One.\n', '- One.\n- Two.\n')
      .replace('- a blog post', 'Nocedal, J. (2006). *Numerical Optimization*. Springer.')
      .replace('\n## Part 2: Empty\n', '');
    const vault = parseVault([
      { file: '01_A.md', source: clean },
      { file: 'study.yaml', source: PLAN.replace('"42"', '"01"').replace('{ id: c, text: T }', '{ id: c, text: T, questions: [q-one] }') },
    ]);
    expect(validateVault(vault)).toEqual([]);
  });

  it('joins the parse diagnostics and every rule, sorted by file, then line, then code', () => {
    const vault = parseVault([
      { file: 'study.yaml', source: PLAN },
      { file: '01_A.md', source: TOPIC },
    ]);
    vault.exercises.push(EXERCISE);
    const all = validateVault(vault);
    expect(all.map((d) => `${d.file}:${d.line} ${d.code} ${d.severity}`)).toEqual([
      '01_A.md:12 image/alt error',
      '01_A.md:12 link/unresolved error',
      '01_A.md:21 example/trivial-assert error',
      '01_A.md:24 math/katex error',
      '01_A.md:26 diagram/title error',
      '01_A.md:32 question/key-points-count error',
      '01_A.md:35 question/reference warning',
      '01_A.md:37 structure/empty-part error',
      'exercises/01-ex/README.md:7 exercise/question error',
      'study.yaml:4 plan/reference error',
      'study.yaml:10 plan/concept-empty error',
    ]);
    expect(all[1]?.message).toBe('[[99_X]] points at "99_X", which is not a file of this vault. Known topics: 01_A.');
  });
});
