// Computed related questions (text and tag similarity). Isomorphic.
export {
  similarQuestions,
  tagJaccard,
  SIMILAR_DEFAULTS,
  type SimilarInput,
  type SimilarOptions,
  type SimilarQuestion,
} from './similar-questions.js';
export { similarForVault, writtenRelated } from './vault-similar.js';
