export { partnerRecordFields } from './columns.js';
export type * from './issues.js';
export * from './parse-partner-records.js';
export * from './partner-record.js';
export type { ReadOptions } from './read-row.js';
export * from './json-schema.js';
export * from './format-issues.js';
export * from './record-reader.js';
