// core/validate: model -> diagnostics. Runs every rule over the whole vault and returns them sorted together
// with the parse diagnostics. Isomorphic.

import { sortDiagnostics, type Diagnostic, type Vault } from '../model/index.js';
import { checkDiagrams } from './rules-diagrams.js';
import { checkExamples } from './rules-examples.js';
import { checkFigures } from './rules-figures.js';
import { checkLinks } from './rules-links.js';
import { checkMath } from './rules-math.js';
import { checkMustKnow } from './rules-must-know.js';
import { checkPlan } from './rules-plan.js';
import { checkReferences } from './rules-references.js';
import { checkQuestions } from './rules-questions.js';
import { checkExercises } from '../exercise/validate-exercises.js';

export function validateVault(vault: Vault): Diagnostic[] {
  return sortDiagnostics([
    ...vault.diagnostics,
    ...checkQuestions(vault),
    ...checkMath(vault),
    ...checkLinks(vault),
    ...checkPlan(vault),
    ...checkMustKnow(vault),
    ...checkReferences(vault),
    ...checkExercises(vault),
    ...checkExamples(vault),
    ...checkDiagrams(vault),
    ...checkFigures(vault),
  ]);
}
