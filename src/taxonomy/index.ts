export * from './data.js';
export * from './guards.js';
export * from './ids.js';
export * from './lookup.js';
export * from './navigate.js';
export * from './typical-management.js';
export type * from './types.js';
export type { Compensation, Fact, FactSource, FactValue, NodeStatus } from './node-types.js';
export type { DeepReadonly } from './deep-freeze.js';
