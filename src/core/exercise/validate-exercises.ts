// Rules over the parsed exercises that need the rest of the vault or the Python files: every linked question
// exists, the topic exists, the tests follow the contract (top-level `test_*` functions, `from submission import`,
// the standalone `__main__` block) and the starter and solution define the signature's function. These are text
// checks; running the files is the job of src/node/exercise (CI runs every solution and starter). Isomorphic.

import { indexQuestions, makeDiagnostic, type Diagnostic, type Vault } from '../model/index.js';
import { EXERCISE_FILES, type Exercise } from './model.js';

const TEST_DEF = /^def (test_\w+)\s*\(/gm;
const MAIN_BLOCK = /^if __name__ == ["']__main__["']:/m;

/** The name of the function (`def name(...)`) or class (`class Name…`) of a signature. */
export function signatureName(signature: string): string {
  return /^(?:def|class) ([A-Za-z_]\w*)/.exec(signature)?.[1] ?? '';
}

/** Collapses whitespace so a signature wrapped over lines still matches. */
const squash = (s: string) => s.replace(/\s+/g, '').replace(/,\)/g, ')');

function checkTests(ex: Exercise, role: 'tests' | 'hiddenTests', out: Diagnostic[]): void {
  const file = `${ex.dir}/${EXERCISE_FILES[role]}`;
  const text = ex[role];
  if (!text) return; // reported as missing by group-files
  const names = [...text.matchAll(TEST_DEF)].map((m) => m[1]!);
  if (names.length === 0)
    out.push(makeDiagnostic(file, 1, 'exercise/tests', 'No top-level `def test_…():` function: the runner would find nothing to run.'));
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup)
    out.push(
      makeDiagnostic(
        file,
        lineOf(text, `def ${dup}`, 2),
        'exercise/tests',
        `Test \`${dup}\` is defined twice; the second hides the first.`,
      ),
    );
  if (!/^from submission import /m.test(text))
    out.push(makeDiagnostic(file, 1, 'exercise/tests', 'The tests must import the code under test with `from submission import …`.'));
  if (!MAIN_BLOCK.test(text))
    out.push(
      makeDiagnostic(
        file,
        text.split('\n').length,
        'exercise/tests',
        'End the file with the `if __name__ == "__main__":` block of docs/exercises.md so it runs standalone.',
      ),
    );
}

/** 1-based line of the `nth` occurrence of `needle`, or 1. */
function lineOf(text: string, needle: string, nth = 1): number {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return 1;
  }
  return text.slice(0, at).split('\n').length;
}

export function checkExercises(vault: Vault): Diagnostic[] {
  const out: Diagnostic[] = [];
  const questions = indexQuestions(vault);
  const topics = new Set(vault.topics.map((t) => t.id));
  for (const ex of vault.exercises) {
    const readme = `${ex.dir}/${EXERCISE_FILES.readme}`;
    ex.questions.forEach((q, i) => {
      if (!questions.has(q))
        out.push(
          makeDiagnostic(
            readme,
            ex.questionLines[i] ?? 1,
            'exercise/question',
            `Question id "${q}" does not exist in the vault; use an id from a \`<!-- id: … -->\` line.`,
          ),
        );
    });
    if (vault.topics.length > 0 && !topics.has(ex.topic))
      out.push(makeDiagnostic(readme, 1, 'exercise/topic', `Topic "${ex.topic}" has no topic file in the vault.`, 'warning'));
    checkTests(ex, 'tests', out);
    checkTests(ex, 'hiddenTests', out);
    // A signature may list several functions (or a class), separated by "; " before each `def`/`class`.
    for (const signature of ex.signature.split(/;\s*(?=(?:def|class)\s)/)) {
      const name = signatureName(signature);
      const kind = signature.startsWith('class ') ? 'class' : 'def';
      for (const role of ['starter', 'solution'] as const) {
        const text = ex[role];
        if (!text) continue;
        const file = `${ex.dir}/${EXERCISE_FILES[role]}`;
        if (!new RegExp(`^${kind} ${name}\\b`, 'm').test(text))
          out.push(
            makeDiagnostic(file, 1, 'exercise/signature', `${EXERCISE_FILES[role]} does not define \`${name}\` from the signature.`),
          );
        else if (role === 'starter' && kind === 'def' && !squash(text).includes(squash(signature)))
          out.push(
            makeDiagnostic(
              file,
              lineOf(text, `def ${name}`),
              'exercise/signature',
              `The starter's \`def ${name}\` differs from the front matter signature: copy it exactly.`,
            ),
          );
      }
    }
    if (ex.starter && !/raise NotImplementedError/.test(ex.starter))
      out.push(
        makeDiagnostic(
          `${ex.dir}/${EXERCISE_FILES.starter}`,
          1,
          'exercise/signature',
          'The starter should end its function with `raise NotImplementedError`.',
          'warning',
        ),
      );
  }
  return out;
}
