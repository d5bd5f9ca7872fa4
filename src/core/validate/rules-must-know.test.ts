// checkMustKnow: every must-know area lists concepts, every concept names questions that exist (when any topic is
// written), and area and concept ids are unique (concept ids across areas). Diagnostics sit in study.yaml.
import { describe, expect, it } from 'vitest';
import { parseVault } from '../parse/index.js';
import { checkMustKnow } from './rules-must-know.js';

const TOPIC = `---\nid: "01"\ntitle: A\ndifficulty: Easy\nkey_for: Tests\nessential: false\nsummary: S.\n---\n\n# A\n\n## Part 1: P\n\n### Q?\n<!-- id: q-a1; difficulty: easy; tags: t -->\n\nAn answer.\n\n**Key points**\n- One.\n- Two.\n`;
/** Lines 1–5; the areas start on line 6. */
const HEAD = 'topics:\n  - { id: "01", file: 01_A, title: A }\npaths: []\nchecklists: []\nmustKnow:\n';

const vaultOf = (plan: string | null, written = true) =>
  parseVault([...(written ? [{ file: '01_A.md', source: TOPIC }] : []), ...(plan === null ? [] : [{ file: 'study.yaml', source: plan }])]);
const at = (line: number, code: string, message: string) => ({ file: 'study.yaml', line, code, severity: 'error', message });
const noQuestions = (id: string) =>
  `Must-know concept "${id}" names no questions. Add \`questions: [a-question-id, …]\` listing the questions that cover it.`;

const BROKEN = `${HEAD}  - id: core
    title: Any role
    concepts:
      - { id: gd, text: T, questions: [q-a1] }
      - { id: nothing, text: T }
      - { id: ghost, text: T, questions: [q-a1, no-such-q, also-missing] }
      - { id: gd, text: T, questions: [q-a1] }
  - id: core
    title: Again
    concepts: []
  - id: deep
    title: D
    concepts:
      - { id: ghost, text: T, questions: [] }
`;

describe('checkMustKnow', () => {
  it('has nothing to check without a study.yaml', () => {
    expect(checkMustKnow(vaultOf(null))).toEqual([]);
  });

  it('accepts areas whose concepts name existing questions', () => {
    const vault = vaultOf(`${HEAD}  - id: core\n    title: C\n    concepts:\n      - { id: gd, text: T, questions: [q-a1] }\n`);
    expect(vault.plan?.mustKnow[0]?.concepts.length).toBe(1);
    expect(checkMustKnow(vault)).toEqual([]);
  });

  it('reports empty areas and concepts, missing questions and repeated ids, each on its own line', () => {
    const vault = vaultOf(BROKEN);
    expect(vault.diagnostics).toEqual([]);
    expect(checkMustKnow(vault)).toEqual([
      at(10, 'plan/concept-empty', noQuestions('nothing')),
      at(11, 'plan/reference', 'Must-know concept "ghost" lists question "no-such-q", which does not exist.'),
      at(11, 'plan/reference', 'Must-know concept "ghost" lists question "also-missing", which does not exist.'),
      at(12, 'plan/reference', 'The must-know concept id "gd" is already used at line 9.'),
      at(13, 'plan/reference', 'The must-know area id "core" is already used at line 6.'),
      at(13, 'plan/concept-empty', 'Must-know area "core" lists no concepts.'),
      at(19, 'plan/reference', 'The must-know concept id "ghost" is already used at line 11.'),
      at(19, 'plan/concept-empty', noQuestions('ghost')),
    ]);
  });

  it('does not check question ids while no topic is written, and still checks the rest', () => {
    expect(checkMustKnow(vaultOf(BROKEN, false)).map((d) => `${d.line} ${d.code}`)).toEqual([
      '10 plan/concept-empty',
      '12 plan/reference',
      '13 plan/reference',
      '13 plan/concept-empty',
      '19 plan/reference',
      '19 plan/concept-empty',
    ]);
  });
});
