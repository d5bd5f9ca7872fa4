export * from './scheduler.js';
export * from './queue.js';
