// Examples rule: a python block's asserts must be able to fail. Two shapes cannot, and are flagged:
// - an assert whose two sides are the same expression (`assert x == x`, `assert np.allclose(a, a)`,
//   `np.testing.assert_allclose(v, v)`): it holds by construction and checks nothing;
// - a block whose asserts all only check types (`isinstance(...)`, `type(x) == T`): it passes whatever the
//   numbers are.
// This is a lexical check on purpose (no Python parser in core): statements are read line by line, joined while
// brackets are open, and split at top-level commas and operators, ignoring strings and comments. Isomorphic.

import { listQuestions, makeDiagnostic, type CodeBlock, type Diagnostic, type Vault } from '../model/index.js';

interface Statement {
  /** 0-based line inside the block. */
  offset: number;
  text: string;
  /** Not indented: outside any loop, function or branch. */
  topLevel: boolean;
}

/**
 * Code with comments dropped and every character of a string literal that is not a word character replaced by `_`,
 * so brackets and operators inside strings do not count while `d["a"]` and `d["b"]` stay different.
 */
function blankStrings(line: string): string {
  return line.replace(/("""|'''|"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*')|#.*$/g, (m) =>
    m.startsWith('#') ? '' : `"${m.slice(1, -1).replace(/\W/g, '_')}"`,
  );
}

/** Logical lines: a physical line plus its continuations while a bracket is open or a line ends in `\`. */
function statements(code: string): Statement[] {
  const out: Statement[] = [];
  let current: Statement | null = null;
  let depth = 0;
  code.split('\n').forEach((raw, offset) => {
    const line = blankStrings(raw);
    // The text without a continuation backslash, which is not part of the expression.
    const text = line.trim().replace(/\\$/, '');
    if (current) current.text += ` ${text}`;
    else current = { offset, text, topLevel: !/^\s/.test(line) };
    for (const ch of line) depth += '([{'.includes(ch) ? 1 : ')]}'.includes(ch) ? -1 : 0;
    if (depth <= 0 && !line.trimEnd().endsWith('\\')) {
      out.push(current);
      current = null;
      depth = 0;
    }
  });
  if (current) out.push(current);
  return out;
}

/** Splits at `sep` (a regex matching at a position) outside brackets. */
function splitTopLevel(text: string, sep: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
    else if (depth === 0) {
      const m = sep.exec(text.slice(i));
      if (m && m.index === 0) {
        parts.push(text.slice(start, i));
        start = i + m[0].length;
        i = start - 1;
      }
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim());
}

const norm = (s: string) => s.replace(/\s+/g, '');
// A comparison operator with spaces or not: ==, !=, <=, >=, <, >, `is`, `is not` (longest first).
const COMPARISON = /^(?:==|!=|<=|>=|<|>|\s+is\s+not\s+|\s+is\s+)/;
// Calls whose first two arguments are compared: numpy/torch closeness and equality, and numpy's test helpers.
const PAIR_CALL =
  /^(?:np|numpy|torch|math)\.(?:testing\.)?(allclose|isclose|array_equal|equal|assert_allclose|assert_array_equal|assert_array_almost_equal|assert_equal|assert_almost_equal)\((.*)\)$/;

/** True when the assertion compares an expression with itself. */
export function isSelfComparison(expr: string): boolean {
  const inner = /^\((.*)\)$/.exec(expr.trim());
  if (inner && splitTopLevel(inner[1]!, /^,/).length === 1 && isSelfComparison(inner[1]!)) return true;
  const sides = splitTopLevel(expr, COMPARISON);
  if (sides.length === 2 && sides[0] !== '' && norm(sides[0]!) === norm(sides[1]!)) return true;
  const call = PAIR_CALL.exec(expr.trim());
  if (!call) return false;
  const args = splitTopLevel(call[2]!, /^,/).filter((a) => !/^[A-Za-z_]\w*\s*=[^=]/.test(a));
  return args.length >= 2 && norm(args[0]!) === norm(args[1]!);
}

/**
 * Replaces each defined name by its right-hand side until nothing changes (at most 8 rounds, 20 000 characters:
 * text only, enough to spot identities without evaluating anything).
 */
export function expand(expr: string, defs: ReadonlyMap<string, string>): string {
  let out = expr;
  for (let depth = 0; depth < 8 && out.length < 20_000; depth++) {
    const next = out.replace(/(?<![.\w])([A-Za-z_]\w*)(?![\w(])/g, (name) => defs.get(name) ?? name);
    if (next === out) break;
    out = next;
  }
  return out;
}

/** True when every conjunct of the assertion is an isinstance() or type() check. */
export function isTypeOnly(expr: string): boolean {
  return splitTopLevel(expr, /^\s+and\s+/).every((c) => /^(?:not\s+)?isinstance\(/.test(c) || /^type\(.*\)\s*(?:==|is)\s*[\w.]+$/.test(c));
}

export function checkExampleBlock(file: string, block: CodeBlock): Diagnostic[] {
  const out: Diagnostic[] = [];
  const asserts: { line: number; expr: string }[] = [];
  // Simple `name = expr` assignments seen so far: an assert comparing two names that expand to the same text
  // (A = Q - V; E = R + g * P @ V - V with Q = R + g * P @ V) checks an identity the code itself wrote down.
  const defs = new Map<string, string>();
  for (const s of statements(block.code)) {
    // A name changed in place (`H[i] = …`, `F += …`, `xs.append(…)`) or bound again in a tuple or a loop no longer
    // stands for its first right-hand side.
    for (const m of s.text.matchAll(/(?:^|[\s,(])([A-Za-z_]\w*)\s*(?:\[[^\]]*\]\s*=(?!=)|[-+*/@%&|^]=|\.\w+\(|,|\s+in\b)/g))
      defs.delete(m[1]!);
    const def = /^([A-Za-z_]\w*)\s*=(?!=)\s*(.+)$/.exec(s.text);
    if (def && s.topLevel) defs.set(def[1]!, def[2]!);
    else if (def) defs.delete(def[1]!);
    const line = block.line + 1 + s.offset;
    const assertion = /^assert\s+(.*)$/.exec(s.text);
    const expr = assertion ? splitTopLevel(assertion[1]!, /^,/)[0]! : PAIR_CALL.test(s.text) && /assert_/.test(s.text) ? s.text : null;
    if (expr === null) continue;
    if (assertion) asserts.push({ line, expr });
    if (isSelfComparison(expr) || isSelfComparison(expand(expr, defs)))
      out.push(
        makeDiagnostic(
          file,
          line,
          'example/trivial-assert',
          `This assert compares an expression with itself, so it can never fail. Compare against an independently computed or known value.`,
        ),
      );
  }
  if (asserts.length > 0 && asserts.every((a) => isTypeOnly(a.expr)))
    out.push(
      makeDiagnostic(
        file,
        asserts[0]!.line,
        'example/trivial-assert',
        `Every assert in this block only checks a type, so it passes whatever the values are. Assert a value, a shape or a property the code must have.`,
      ),
    );
  return out;
}

export function checkExamples(vault: Vault): Diagnostic[] {
  const out: Diagnostic[] = [];
  const fileOf = new Map(vault.topics.map((t) => [t.id, t.file]));
  const check = (file: string, blocks: readonly CodeBlock[]) => {
    for (const b of blocks) if (b.lang === 'python' && !b.noRun) out.push(...checkExampleBlock(file, b));
  };
  for (const t of vault.topics) check(t.file, t.code);
  for (const q of listQuestions(vault)) check(fileOf.get(q.topicId) ?? '?', q.code);
  return out;
}
