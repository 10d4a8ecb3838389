export * from './create-inventory.js';
export * from './inventory.js';
export type * from './report.js';
