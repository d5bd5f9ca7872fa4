// checkPlan: what study.yaml names must exist. Planned topics once each, topic files under their planned names,
// path steps, checklist items and format/focus weights on planned topics and existing parts, checklist questions
// that exist in the item's topic, and ids unique per kind. Every diagnostic is plan/reference, an error.
import { describe, expect, it } from 'vitest';
import { parseVault } from '../parse/index.js';
import { checkPlan } from './rules-plan.js';

const topic = (id: string, body: string) =>
  `---\nid: "${id}"\ntitle: T${id}\ndifficulty: Easy\nkey_for: Tests\nessential: false\nsummary: S.\n---\n\n# T${id}\n\n${body}`;
const question = (id: string) =>
  `### Question ${id}?\n<!-- id: ${id}; difficulty: easy; tags: t -->\n\nAn answer.\n\n**Key points**\n- One.\n- Two.\n`;

/** 01_A has parts 1 and 3 (questions q-a1, q-a3); 02_B has part 1 (q-b1); topic 03 is planned but not written. */
const TOPICS = {
  '01_A.md': topic('01', `## Part 1: P\n\n${question('q-a1')}\n## Part 3: R\n\n${question('q-a3')}`),
  '02_B.md': topic('02', `## Part 1: P\n\n${question('q-b1')}`),
};
/** Lines 1–4 of every plan below. */
const PLANNED =
  'topics:\n  - { id: "01", file: 01_A, title: A }\n  - { id: "02", file: 02_B, title: B }\n  - { id: "03", file: 03_C, title: C }\n';

const vaultOf = (plan: string | null, topics: Record<string, string> = TOPICS) =>
  parseVault([
    ...Object.entries(topics).map(([file, source]) => ({ file, source })),
    ...(plan === null ? [] : [{ file: 'study.yaml', source: plan }]),
  ]);
const run = (plan: string | null, topics: Record<string, string> = TOPICS) => checkPlan(vaultOf(plan, topics));
const bad = (line: number, message: string) => ({ file: 'study.yaml', line, code: 'plan/reference', severity: 'error', message });
const notPlanned = (where: string, id: string) => `${where} names topic "${id}", which is not among the planned topics of study.yaml.`;

describe('checkPlan', () => {
  it('has nothing to check without a study.yaml', () => {
    expect(run(null)).toEqual([]);
  });

  it('accepts a plan whose every reference exists, reusing one id across kinds', () => {
    const plan = `${PLANNED}paths:
  - id: same
    title: P
    summary: S
    steps:
      - { topic: "01" }
      - { topic: "01", parts: "1,3" }
      - { topic: "03", parts: "5" }
checklists:
  - id: same
    title: C
    items:
      - { id: same, text: T, topic: "01", parts: "1", questions: [q-a1, q-a3] }
      - { id: other, text: T, topic: "02", questions: [q-b1] }
formats:
  - { id: same, title: F, summary: S, weights: [{ topic: "01", parts: "3", weight: 2 }] }
focuses:
  - { id: same, title: G, summary: S, weights: [{ topic: "02", weight: 1 }] }
`;
    const vault = vaultOf(plan);
    expect(vault.diagnostics).toEqual([]);
    expect([vault.plan?.paths[0]?.steps.length, vault.plan?.checklists[0]?.items.length, vault.plan?.formats.length]).toEqual([3, 2, 1]);
    expect(checkPlan(vault)).toEqual([]);
  });

  it('reports a planned topic listed twice, on line 1', () => {
    const plan = `${PLANNED}  - { id: "01", file: 01_A, title: A again }\npaths: []\nchecklists: []\n`;
    expect(run(plan)).toEqual([bad(1, 'Planned topic "01" is listed twice.')]);
  });

  it('reports a topic file whose name is not the planned one, in that file, and ignores unplanned topics', () => {
    const plan = 'topics:\n  - { id: "01", file: 01_A, title: A }\n  - { id: "02", file: 02_Other, title: B }\npaths: []\nchecklists: []\n';
    const extra = { ...TOPICS, '04_D.md': topic('04', `## Part 1: P\n\n${question('q-d1')}`) };
    expect(run(plan, extra)).toEqual([
      {
        file: '02_B.md',
        line: 1,
        code: 'plan/reference',
        severity: 'error',
        message: 'Topic 02 must be in a file named 02_Other.md (see study.yaml), not 02_B.md.',
      },
    ]);
  });

  it('reports path steps on unplanned topics and on parts the written topic lacks, numbering steps from 1', () => {
    const plan = `${PLANNED}paths:
  - id: p
    title: P
    summary: S
    steps:
      - { topic: "01" }
      - { topic: "01", parts: "1,3" }
      - { topic: "01", parts: "1-4" }
      - { topic: "42" }
      - { topic: "03", parts: "5" }
checklists: []
`;
    expect(run(plan)).toEqual([
      bad(12, 'Path "p", step 3, names part(s) 2, 4 of 01_A, which has parts 1, 3.'),
      bad(13, notPlanned('Path "p", step 4,', '42')),
    ]);
  });

  it('reports checklist items on unplanned topics or missing parts, and questions missing or of another topic', () => {
    const plan = `${PLANNED}paths: []
checklists:
  - id: mle
    title: ML Engineer
    items:
      - { id: good, text: T, topic: "01", parts: "1,3", questions: [q-a1, q-a3] }
      - { id: ghost, text: T, topic: "01", questions: [q-a1, no-such-q] }
      - { id: wrong, text: T, topic: "01", questions: [q-b1] }
      - { id: off, text: T, topic: "42", questions: [q-a1] }
      - { id: part, text: T, topic: "02", parts: "2" }
`;
    expect(run(plan)).toEqual([
      bad(11, 'Checklist "mle", item "ghost" lists question "no-such-q", which does not exist.'),
      bad(12, 'Checklist "mle", item "wrong": question "q-b1" belongs to topic 02, not 01.'),
      bad(13, notPlanned('Checklist "mle", item "off",', '42')),
      bad(13, 'Checklist "mle", item "off": question "q-a1" belongs to topic 01, not 42.'),
      bad(14, 'Checklist "mle", item "part", names part(s) 2 of 02_B, which has parts 1.'),
    ]);
  });

  it('reports format and focus weights on unplanned topics or missing parts, numbering weights from 1', () => {
    const plan = `${PLANNED}paths: []
checklists: []
formats:
  - id: fund
    title: F
    summary: S
    weights:
      - { topic: "01", weight: 2 }
      - { topic: "42", weight: 1 }
focuses:
  - id: labs
    title: L
    summary: S
    weights:
      - { topic: "02", parts: "1", weight: 1 }
      - { topic: "02", parts: "7", weight: 1 }
`;
    expect(run(plan)).toEqual([
      bad(13, notPlanned('Format "fund", weight 2,', '42')),
      bad(20, 'Focus "labs", weight 2, names part(s) 7 of 02_B, which has parts 1.'),
    ]);
  });

  it('reports an id repeated within its kind (items across checklists too), naming the first line', () => {
    const plan = `${PLANNED}paths:
  - { id: same, title: P, summary: S, steps: [] }
  - { id: same, title: P2, summary: S, steps: [] }
formats:
  - { id: same, title: F, summary: S, weights: [] }
  - { id: same, title: F2, summary: S, weights: [] }
focuses:
  - { id: same, title: G, summary: S, weights: [] }
  - { id: same, title: G2, summary: S, weights: [] }
checklists:
  - id: same
    title: C
    items:
      - { id: same, text: T, topic: "01" }
  - id: same
    title: C2
    items:
      - { id: same, text: T, topic: "01" }
      - { id: other, text: T, topic: "01" }
`;
    const again = (kind: string, line: number, prior: number) =>
      bad(line, `The ${kind} id "same" is already used at line ${prior} of study.yaml. Give each ${kind} its own id.`);
    expect(run(plan)).toEqual([
      again('path', 7, 6),
      again('format', 10, 9),
      again('focus', 13, 12),
      again('checklist', 19, 15),
      again('item', 22, 18),
    ]);
  });
});
