// Math rule: every `$…$` and `$$…$$` must parse with KaTeX 0.16 (the renderer the app uses), so nothing shows
// up as a red error box. Isomorphic: katex has no node dependencies.

import katex from 'katex';
import { listQuestions, makeDiagnostic, type Diagnostic, type MathExpr, type Vault } from '../model/index.js';

/** The KaTeX parse error message for an expression, or null when it renders. */
export function katexError(expr: Pick<MathExpr, 'tex' | 'display'>): string | null {
  try {
    // The app renders with trust off, so \href, \url, \includegraphics and \htmlData… show as red text
    // there: record which of them the expression asks for and report it like a parse error.
    const untrusted: string[] = [];
    const trust = (ctx: { command: string }) => {
      untrusted.push(ctx.command);
      return false;
    };
    katex.renderToString(expr.tex, { displayMode: expr.display, throwOnError: true, strict: 'ignore', trust });
    if (untrusted.length > 0)
      return `${[...new Set(untrusted)].join(', ')} is disabled in mlprep (links, images and HTML inside math are not rendered)`;
    return null;
  } catch (err) {
    return err instanceof Error ? err.message.replace(/^KaTeX parse error: /, '') : String(err);
  }
}

export function checkMath(vault: Vault): Diagnostic[] {
  const out: Diagnostic[] = [];
  const check = (file: string, list: readonly MathExpr[]) => {
    for (const expr of list) {
      const error = katexError(expr);
      if (error)
        out.push(
          makeDiagnostic(
            file,
            expr.line,
            'math/katex',
            `KaTeX cannot render ${expr.display ? '$$…$$' : '$…$'}: ${error}. Use commands from katex.org/docs/supported.html.`,
          ),
        );
    }
  };
  const fileOf = new Map(vault.topics.map((t) => [t.id, t.file]));
  for (const t of vault.topics) check(t.file, t.math);
  for (const q of listQuestions(vault)) check(fileOf.get(q.topicId) ?? '?', q.math);
  for (const n of vault.notes) check(n.file, n.math);
  return out;
}
