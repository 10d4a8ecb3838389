export * from './taxonomy/index.js';
export * from './locales/index.js';
export * from './resolve/index.js';
export * from './schema/index.js';
export * from './rules/index.js';
export * from './segment/index.js';
export * from './inventory/index.js';
export * from './render/index.js';
