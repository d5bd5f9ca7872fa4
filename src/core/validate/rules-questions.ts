// Question rules: answer present, 2–6 key points, ids unique across the vault (aliases included), python
// blocks that opt out of execution must say why (in questions and in topic and part intros). Isomorphic.

import { listQuestions, makeDiagnostic, type CodeBlock, type Diagnostic, type Vault } from '../model/index.js';

export const MIN_KEY_POINTS = 2;
export const MAX_KEY_POINTS = 6;

export function checkQuestions(vault: Vault): Diagnostic[] {
  const out: Diagnostic[] = [];
  const fileOf = new Map(vault.topics.map((t) => [t.id, t.file]));
  const seen = new Map<string, { file: string; line: number; what: string }>();
  for (const q of listQuestions(vault)) {
    const file = fileOf.get(q.topicId) ?? '?';
    if (q.answer.markdown.trim() === '')
      out.push(
        makeDiagnostic(
          file,
          q.line,
          'question/no-answer',
          `Question "${q.id}" has no answer. Write the answer between the metadata line and "**Key points**".`,
        ),
      );
    if (q.keyPoints.length === 0)
      out.push(
        makeDiagnostic(
          file,
          q.line,
          'question/no-key-points',
          `Question "${q.id}" has no key points. Add "**Key points**" and a list of ${MIN_KEY_POINTS}–${MAX_KEY_POINTS} checkable facts.`,
        ),
      );
    else if (q.keyPoints.length < MIN_KEY_POINTS || q.keyPoints.length > MAX_KEY_POINTS)
      out.push(
        makeDiagnostic(
          file,
          q.keyPoints[0]?.line ?? q.line,
          'question/key-points-count',
          `Question "${q.id}" has ${q.keyPoints.length} key points; give ${MIN_KEY_POINTS}–${MAX_KEY_POINTS}.`,
        ),
      );
    for (const [name, what] of [[q.id, 'id'], ...q.aliases.map((a) => [a, 'alias'] as const)] as const) {
      const prior = seen.get(name);
      if (prior)
        out.push(
          makeDiagnostic(
            file,
            q.line,
            'id/duplicate',
            `The ${what} "${name}" is already used as an ${prior.what} at ${prior.file}:${prior.line}. Ids and aliases must be unique across the collection.`,
          ),
        );
      else seen.set(name, { file, line: q.line, what });
    }
    out.push(...unexplainedNoRun(file, q.code));
  }
  // Blocks of a topic's intro and part intros run too (node/examples.ts), so their opt-outs need a reason as well.
  for (const t of vault.topics) out.push(...unexplainedNoRun(t.file, t.code));
  return out;
}

function unexplainedNoRun(file: string, blocks: readonly CodeBlock[]): Diagnostic[] {
  return blocks
    .filter((block) => block.lang === 'python' && block.noRun === '')
    .map((block) =>
      makeDiagnostic(
        file,
        block.line,
        'code/no-run',
        'This python block opts out of execution without a reason. Write no-run="why it cannot run here".',
      ),
    );
}
