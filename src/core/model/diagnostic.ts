// Diagnostics: what parsing and validation report instead of throwing.
// Every diagnostic names a file (relative to the vault) and a 1-based line, a stable rule code and a message
// that says how to fix the problem.

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  file: string;
  line: number;
  code: RuleCode;
  severity: Severity;
  message: string;
}

/** The rule codes; docs/architecture.md lists them with their meaning. */
export type RuleCode =
  | 'file/empty'
  | 'file/binary'
  | 'file/too-large'
  | 'file/too-complex'
  | 'file/skipped'
  | 'front-matter/missing'
  | 'front-matter/yaml'
  | 'front-matter/field'
  | 'structure/title'
  | 'structure/heading-order'
  | 'structure/part-heading'
  | 'structure/part-number'
  | 'structure/empty-part'
  | 'question/metadata-missing'
  | 'question/metadata-invalid'
  | 'question/difficulty'
  | 'question/no-answer'
  | 'question/no-key-points'
  | 'question/key-points-count'
  | 'question/section'
  | 'question/reference'
  | 'id/invalid'
  | 'id/duplicate'
  | 'math/katex'
  | 'link/unresolved'
  | 'link/anchor'
  | 'code/no-run'
  | 'example/trivial-assert'
  | 'diagram/invalid'
  | 'diagram/title'
  | 'figure/name'
  | 'figure/duplicate'
  | 'figure/missing'
  | 'figure/unlinked'
  | 'image/alt'
  | 'plan/yaml'
  | 'plan/field'
  | 'plan/reference'
  | 'plan/concept-empty'
  | 'exercise/front-matter'
  | 'exercise/field'
  | 'exercise/id'
  | 'exercise/section'
  | 'exercise/file'
  | 'exercise/question'
  | 'exercise/topic'
  | 'exercise/tests'
  | 'exercise/signature';

export function makeDiagnostic(file: string, line: number, code: RuleCode, message: string, severity: Severity = 'error'): Diagnostic {
  return { file, line, code, severity, message };
}

/** Sort by file, then line, then code: the order the CLI prints and the fixtures expect. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.code.localeCompare(b.code));
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}  ${d.severity === 'error' ? 'error' : 'warn '}  ${d.code}  ${d.message}`;
}
