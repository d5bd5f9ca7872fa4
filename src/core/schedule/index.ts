export * from './scheduler.js';
export * from './queue.js';
export * from './card-table.js';
export * from './card-rules.js';
export * from './card-marks.js';
