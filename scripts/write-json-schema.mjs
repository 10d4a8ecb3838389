// Writes the JSON Schemas of a partner record and of a rule file to the package root, for
// users who do not run TypeScript. They live at the root, not in dist/, so that the
// subpaths `partner-taxonomy/partner-record.schema.json` and
// `partner-taxonomy/rules.schema.json` resolve even where `exports` is ignored (node10
// resolution). It runs on the build, so the files are what the code exports;
// test/json-schema-file.test.ts and test/rules-schema-file.test.ts fail when a committed
// copy is stale.
import { writeFileSync } from 'node:fs';
import * as api from '../dist/index.js';

const schemas = {
  'partner-record.schema.json': api.partnerRecordJsonSchema,
  'rules.schema.json': api.ruleFileJsonSchema,
};

for (const [file, make] of Object.entries(schemas)) {
  // A clear failure beats a schema file silently left stale.
  if (typeof make !== 'function') throw new Error(`dist/index.js exports no generator for ${file}.`);
  writeFileSync(new URL(`../${file}`, import.meta.url), `${JSON.stringify(make(), null, 2)}\n`);
}
