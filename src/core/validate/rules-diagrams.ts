// Diagram rules: every ```mermaid block must render with beautiful-mermaid (the renderer the app, the site, the
// PDF and Anki use; it fails on an unknown header and renders syntax it does not understand nearly empty, which
// counts as a failure here), and must carry an `accTitle:` line, its accessible name in the app. Isomorphic.

import { listQuestions, makeDiagnostic, type CodeBlock, type Diagnostic, type Vault } from '../model/index.js';
import { renderMermaid, splitAccessibility } from '../diagram/render-mermaid.js';

export function checkDiagrams(vault: Vault): Diagnostic[] {
  const out: Diagnostic[] = [];
  const check = (file: string, blocks: readonly CodeBlock[]) => {
    for (const b of blocks) {
      if (b.lang !== 'mermaid') continue;
      const r = renderMermaid(b.code);
      if (!r.ok)
        out.push(
          makeDiagnostic(
            file,
            b.line,
            'diagram/invalid',
            `The mermaid diagram does not render: ${r.error.replace(/\.+$/, '')}. Use flowchart, stateDiagram-v2, sequenceDiagram, classDiagram, erDiagram or xychart-beta (docs/content-format.md).`,
          ),
        );
      if (!splitAccessibility(b.code).title)
        out.push(
          makeDiagnostic(
            file,
            b.line,
            'diagram/title',
            "The mermaid diagram has no `accTitle:` line. Add `accTitle: <what the diagram shows>` right after its first line; it is the diagram's accessible name.",
          ),
        );
    }
  };
  const fileOf = new Map(vault.topics.map((t) => [t.id, t.file]));
  for (const t of vault.topics) check(t.file, t.code);
  for (const q of listQuestions(vault)) check(fileOf.get(q.topicId) ?? '?', q.code);
  return out;
}
