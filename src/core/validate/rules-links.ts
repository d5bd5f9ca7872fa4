// Link rule: every wikilink resolves to a topic, part, question or note (see core/model/resolve-link). Isomorphic.

import { listQuestions, makeDiagnostic, resolveWikiLink, type Diagnostic, type Vault, type WikiLink } from '../model/index.js';

export function checkLinks(vault: Vault): Diagnostic[] {
  const out: Diagnostic[] = [];
  const check = (file: string, slug: string, links: readonly WikiLink[]) => {
    for (const link of links) {
      const r = resolveWikiLink(vault, slug, link);
      if (!r.ok) out.push(makeDiagnostic(file, link.line, r.code, r.message));
    }
  };
  const topicOf = new Map(vault.topics.map((t) => [t.id, t]));
  for (const t of vault.topics) check(t.file, t.slug, t.links);
  for (const q of listQuestions(vault)) {
    const t = topicOf.get(q.topicId);
    if (t) check(t.file, t.slug, q.links);
  }
  for (const n of vault.notes) check(n.file, n.slug, n.links);
  return out;
}
