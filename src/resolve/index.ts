export * from './resolve-partner-type.js';
export * from './resolve-names.js';
export type { AliasSource } from './aliases.js';
