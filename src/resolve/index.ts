export * from './resolve-partner-type.js';
export * from './resolve-names.js';
export { resolveGenericLabel, type GenericLabel } from './generic-labels.js';
export type { AliasSource } from './aliases.js';
