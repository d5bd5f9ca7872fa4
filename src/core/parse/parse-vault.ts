// A whole vault from its files: `NN_Title.md` are topics, `exercises/<id>/*` are coding exercises (core/exercise),
// other `.md` files are notes, `study.yaml` is the plan, `figures/*.svg` are the examples' figures. The caller (node/load-vault, or a test) supplies the text, so this stays isomorphic.

import { makeDiagnostic, type Diagnostic, type Note, type StudyPlan, type Topic, type Vault } from '../model/index.js';
import { groupExerciseFiles, isExerciseFile } from '../exercise/group-files.js';
import type { Exercise } from '../exercise/model.js';
import { parseExercise } from '../exercise/parse-exercise.js';
import { checkSourceLimits } from './source-limits.js';
import { parseNote } from './parse-note.js';
import { parsePlan } from './parse-plan.js';
import { parseTopic } from './parse-topic.js';
import { FIGURE_FILE, PLAN_FILE, TOPIC_FILE, type SourceFile } from './vault-files.js';

export { FIGURE_FILE, PLAN_FILE, TOPIC_FILE, type SourceFile };

export function parseVault(files: readonly SourceFile[]): Vault {
  const topics: Topic[] = [];
  const notes: Note[] = [];
  let plan: StudyPlan | null = null;
  const diagnostics: Diagnostic[] = [];
  const figures: string[] = [];
  const sorted = [...files].sort((a, b) => a.file.localeCompare(b.file));
  for (const { file, source, skipped } of sorted) {
    const base = file.split('/').pop() ?? file;
    if (FIGURE_FILE.test(file) && !skipped) {
      // Only its presence matters to the content model; the runner compares its bytes (node/python).
      figures.push(file);
      continue;
    }
    if (skipped) {
      diagnostics.push(makeDiagnostic(file, 1, 'file/skipped', `Skipped: ${skipped}.`, 'warning'));
      continue;
    }
    const tooBig = checkSourceLimits(file, source);
    if (tooBig) {
      diagnostics.push(tooBig);
      continue;
    }
    try {
      parseOne(file, base, source);
    } catch (err) {
      // A parser failure (a stack overflow on input the limits did not foresee) costs this file, not the vault.
      diagnostics.push(
        makeDiagnostic(
          file,
          1,
          'file/too-complex',
          `The file could not be parsed (${err instanceof Error ? err.message : String(err)}). It was skipped.`,
        ),
      );
    }
  }
  const exercises: Exercise[] = [];
  const grouped = groupExerciseFiles(sorted.filter((f) => !f.skipped && !checkSourceLimits(f.file, f.source)));
  diagnostics.push(...grouped.diagnostics);
  for (const folder of grouped.folders) {
    const parsed = parseExercise(folder);
    if (parsed.exercise) exercises.push(parsed.exercise);
    diagnostics.push(...parsed.diagnostics);
  }
  return { topics, notes, plan, diagnostics, exercises, figures };

  function parseOne(file: string, base: string, source: string): void {
    if (isExerciseFile(file)) return; // grouped per folder below
    if (file === PLAN_FILE) {
      const parsed = parsePlan(file, source);
      plan = parsed.plan;
      diagnostics.push(...parsed.diagnostics);
    } else if (TOPIC_FILE.test(base)) {
      const parsed = parseTopic(file, source);
      if (parsed.topic) topics.push(parsed.topic);
      diagnostics.push(...parsed.diagnostics);
    } else if (base.endsWith('.md')) {
      const parsed = parseNote(file, source);
      if (parsed.note) notes.push(parsed.note);
      diagnostics.push(...parsed.diagnostics);
    }
  }
}
