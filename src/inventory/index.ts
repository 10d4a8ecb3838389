export * from './inventory.js';
export type * from './report.js';
