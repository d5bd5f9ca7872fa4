// Groups the vault's `exercises/<folder>/<file>` sources into one ExerciseSources per folder and reports what is
// missing or out of place: a required file absent, a file the format does not know, a nested folder. Files
// directly under exercises/ (an index README) are left to the notes. Isomorphic.

import { makeDiagnostic, type Diagnostic } from '../model/index.js';
import { EXERCISE_FILES, EXERCISES_DIR } from './model.js';
import type { ExerciseSources } from './parse-exercise.js';

const ROLE_OF = new Map<string, keyof Omit<ExerciseSources, 'folder'>>(
  Object.entries(EXERCISE_FILES).map(([role, name]) => [name, role as keyof Omit<ExerciseSources, 'folder'>]),
);

/** Whether a vault path belongs to an exercise folder (and so is not a note). */
export function isExerciseFile(file: string): boolean {
  const parts = file.split('/');
  return parts[0] === EXERCISES_DIR && parts.length >= 3;
}

export function groupExerciseFiles(files: readonly { file: string; source: string }[]): {
  folders: ExerciseSources[];
  diagnostics: Diagnostic[];
} {
  const byFolder = new Map<string, ExerciseSources>();
  const diagnostics: Diagnostic[] = [];
  for (const { file, source } of files) {
    if (!isExerciseFile(file)) continue;
    const [, folder, ...rest] = file.split('/');
    const entry = byFolder.get(folder!) ?? { folder: folder!, readme: null, starter: null, solution: null, tests: null, hiddenTests: null };
    byFolder.set(folder!, entry);
    const role = rest.length === 1 ? ROLE_OF.get(rest[0]!) : undefined;
    if (role) entry[role] = source;
    else
      diagnostics.push(
        makeDiagnostic(
          file,
          1,
          'exercise/file',
          `Unexpected file in an exercise folder; it holds only ${Object.values(EXERCISE_FILES).join(', ')}.`,
          'warning',
        ),
      );
  }
  for (const entry of byFolder.values())
    for (const [role, name] of Object.entries(EXERCISE_FILES))
      if (role !== 'readme' && entry[role as keyof Omit<ExerciseSources, 'folder'>] === null)
        diagnostics.push(
          makeDiagnostic(
            `${EXERCISES_DIR}/${entry.folder}/${name}`,
            1,
            'exercise/file',
            `The exercise is missing ${name}: add it (see docs/exercises.md).`,
          ),
        );
  return { folders: [...byFolder.values()].sort((a, b) => a.folder.localeCompare(b.folder)), diagnostics };
}
