export * from './en.js';
export * from './sv.js';
export type * from './types.js';
