// The model's public surface.
export * from './ids.js';
export * from './diagnostic.js';
export * from './content.js';
export * from './plan.js';
export * from './vault.js';
export * from './resolve-link.js';
