export * from './crosswalk.js';
export * from './motions.js';
export * from './parse-vocabulary.js';
export * from './program-roles.js';
export * from './salesforce.js';
export type * from './types.js';
