// Reference rule: a reference line that is neither `Authors (Year). Title.` nor a dated or named source (a law, a
// manual) cannot be indexed on the references page, so it is reported. A warning: the answer still reads fine.
// Isomorphic.

import { listQuestions, makeDiagnostic, type Diagnostic, type Vault } from '../model/index.js';
import { parseReference } from '../references/index.js';

export function checkReferences(vault: Vault): Diagnostic[] {
  const out: Diagnostic[] = [];
  const fileOf = new Map(vault.topics.map((t) => [t.id, t.file]));
  for (const q of listQuestions(vault))
    for (const ref of q.references)
      if (!parseReference(ref.markdown))
        out.push(
          makeDiagnostic(
            fileOf.get(q.topicId) ?? '',
            ref.line,
            'question/reference',
            `Reference "${ref.markdown.slice(0, 60)}" is not in the form "Author, A. (Year). Title." (or a dated source), so the references index cannot list it.`,
            'warning',
          ),
        );
  return out;
}
