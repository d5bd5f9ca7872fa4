export { validateVault } from './validate-vault.js';
export { katexError } from './rules-math.js';
export { MIN_KEY_POINTS, MAX_KEY_POINTS } from './rules-questions.js';
