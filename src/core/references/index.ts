export { buildReferenceIndex, type CitingQuestion, type ReferenceIndex, type ReferenceWork } from './build-index.js';
export { MUST_READ } from './must-read.js';
export { parseReference, type ParsedReference } from './parse-reference.js';
