export type { Dimension } from './dimension.js';
export * from './homogeneity.js';
export * from './named-segments.js';
export * from './segment.js';
export * from './segment-context.js';
