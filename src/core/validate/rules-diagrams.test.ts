// checkDiagrams: every ```mermaid block of a topic intro or a question must render (diagram/invalid) and carry a
// non-empty `accTitle:` line (diagram/title), both errors on the fence line; other blocks are not diagrams.
import { describe, expect, it } from 'vitest';
import { asTopicId } from '../model/index.js';
import { parseVault } from '../parse/index.js';
import { checkDiagrams } from './rules-diagrams.js';

const TOPIC = `---
id: "01"
title: T
difficulty: Easy
key_for: Tests
essential: false
summary: S.
---

# T

\`\`\`mermaid
flowchart LR
  a --> b
\`\`\`

## Part 1: P

### Which diagrams fail?
<!-- id: q-diagrams; difficulty: easy; tags: t -->

\`\`\`mermaid
flowchart LR
  accTitle: Data flows
  a["In"] --> b["Out"]
\`\`\`

\`\`\`mermaid
pie title Pets
  "Dogs" : 3
\`\`\`

\`\`\`mermaid
flowchart LR
  accTitle: A broken edge
  a -->
\`\`\`

\`\`\`mermaid
sequenceDiagram
  accTitle:
  A->>B: hi
\`\`\`

\`\`\`text
pie title Pets
\`\`\`

**Key points**
- One.
- Two.
`;
const USE = ' Use flowchart, stateDiagram-v2, sequenceDiagram, classDiagram, erDiagram or xychart-beta (docs/content-format.md).';
const NO_TITLE =
  "The mermaid diagram has no `accTitle:` line. Add `accTitle: <what the diagram shows>` right after its first line; it is the diagram's accessible name.";
const at = (line: number, code: string, message: unknown, file = '01_A.md') => ({ file, line, code, severity: 'error', message });

describe('checkDiagrams', () => {
  it('reports diagrams that do not render or have no title, on the fence line, topic intro first', () => {
    expect(checkDiagrams(parseVault([{ file: '01_A.md', source: TOPIC }]))).toEqual([
      at(12, 'diagram/title', NO_TITLE),
      at(
        28,
        'diagram/invalid',
        `The mermaid diagram does not render: Invalid mermaid header: "pie title Pets". Expected "graph TD", "flowchart LR", "stateDiagram-v2", etc.${USE}`,
      ),
      at(28, 'diagram/title', NO_TITLE),
      at(
        33,
        'diagram/invalid',
        expect.stringMatching(
          /^The mermaid diagram does not render: the diagram renders nearly empty \(\d+ label\(s\), \d+ shape\(s\)\): beautiful-mermaid did not understand its syntax\. Use flowchart, /,
        ),
      ),
      at(39, 'diagram/title', NO_TITLE),
    ]);
  });

  it('accepts a diagram that renders and has a title, in a topic intro and in a question', () => {
    const ok = '```mermaid\nflowchart LR\n  accTitle: In to out\n  a["In"] --> b["Out"]\n```';
    const source = TOPIC.replace(/\n# T\n\n```mermaid[\s\S]*?```\n/, `\n# T\n\n${ok}\n`).replace(
      /### Which[\s\S]*?```text/,
      `### Q\n<!-- id: q-ok; difficulty: easy; tags: t -->\n\n${ok}\n\n\`\`\`text`,
    );
    const vault = parseVault([{ file: '01_A.md', source }]);
    expect([vault.topics[0]?.code.length, vault.topics[0]?.parts[0]?.questions[0]?.code.length]).toEqual([1, 2]);
    expect(checkDiagrams(vault)).toEqual([]);
  });

  it('names the file "?" when a question belongs to no topic of the vault', () => {
    const vault = parseVault([{ file: '01_A.md', source: TOPIC }]);
    vault.topics[0]!.parts[0]!.questions[0]!.topicId = asTopicId('99');
    expect(checkDiagrams(vault).map((d) => `${d.file}:${d.line}`)).toEqual(['01_A.md:12', '?:28', '?:28', '?:33', '?:39']);
  });
});
