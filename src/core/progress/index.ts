export * from './dashboard.js';
export * from './retrievability.js';
export * from './catalog.js';
export * from './scope.js';
export * from './paths.js';
export * from './mock.js';
export * from './settings-rules.js';
export * from './must-know.js';
