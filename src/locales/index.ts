export * from './en.js';
export * from './en-labels.js';
export * from './sv.js';
export * from './sv-labels.js';
export type * from './types.js';
