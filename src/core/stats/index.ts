export * from './compute-stats.js';
export * from './stats-block.js';
