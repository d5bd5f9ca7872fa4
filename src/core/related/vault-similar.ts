// Feeds the vault to similarQuestions: one input per question in collection order (topic id, part, file order),
// excluding the questions its written `Related` section already links to, so a suggestion never repeats them.
// Isomorphic.

import { resolveWikiLink, type Question, type Topic, type Vault } from '../model/index.js';
import { similarQuestions, type SimilarInput, type SimilarOptions, type SimilarQuestion } from './similar-questions.js';

/** Line span of a fragment: a `Related` item may wrap onto more lines than the one it starts on. */
const spans = (q: Question) => q.related.map((f) => [f.line, f.line + (f.markdown.match(/\n/g)?.length ?? 0)] as const);

/** The question ids a question's written `Related` section links to (aliases resolved to current ids). */
export function writtenRelated(vault: Vault, topic: Topic, q: Question): Set<string> {
  const ranges = spans(q);
  const ids = new Set<string>();
  for (const link of q.links) {
    if (!ranges.some(([from, to]) => link.line >= from && link.line <= to)) continue;
    const resolved = resolveWikiLink(vault, topic.slug, link);
    if (resolved.ok && resolved.target.kind === 'question') ids.add(resolved.target.question.id);
  }
  return ids;
}

export function similarForVault(vault: Vault, options?: SimilarOptions): Map<string, SimilarQuestion[]> {
  const topics = [...vault.topics].sort((a, b) => a.id.localeCompare(b.id));
  const inputs: SimilarInput[] = topics.flatMap((t) =>
    t.parts.flatMap((p) =>
      p.questions.map((q) => ({
        id: q.id,
        topicId: t.id,
        title: q.title,
        text: q.answer.markdown,
        tags: q.tags,
        exclude: writtenRelated(vault, t, q),
      })),
    ),
  );
  return similarQuestions(inputs, options);
}
