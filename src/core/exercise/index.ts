// core/exercise: the exercise format (model), its parser and its validation rules. Isomorphic.
export * from './model.js';
export { parseExercise, type ExerciseSources } from './parse-exercise.js';
export { groupExerciseFiles, isExerciseFile } from './group-files.js';
export { checkExercises, signatureName } from './validate-exercises.js';
export { linkExercises, type ExerciseLink } from './link-exercises.js';
