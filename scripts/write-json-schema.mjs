// Writes the record's JSON Schema next to the build, for users who do not run TypeScript.
// It runs on the built package, so the shipped file is exactly what the code exports.
import { writeFileSync } from 'node:fs';
import { partnerRecordJsonSchema } from '../dist/index.js';

const target = new URL('../dist/partner-record.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(partnerRecordJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
