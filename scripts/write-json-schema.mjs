// Writes the record's JSON Schema to the package root, for users who do not run
// TypeScript. It lives at the root, not in dist/, so that the subpath
// `partner-taxonomy/partner-record.schema.json` resolves even where `exports` is ignored
// (node10 resolution). It runs on the build, so the file is what the code exports;
// test/json-schema-file.test.ts fails when the committed copy is stale.
import { writeFileSync } from 'node:fs';
import { partnerRecordJsonSchema } from '../dist/index.js';

const target = new URL('../partner-record.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(partnerRecordJsonSchema(), null, 2)}\n`);
