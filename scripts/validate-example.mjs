// `npm start`: the library's main job on the shipped example — read a CRM export,
// report every bad row precisely, and show where the good ones sit in the taxonomy.
// (The CSV copy of the same data is for the CLI, which brings a CSV parser.)
import { readFileSync } from 'node:fs';
import { formatIssues, getCategory, getFunction, parsePartnerRecords, partnerFunctions } from '../dist/index.js';

const file = new URL('../examples/partners.json', import.meta.url);
const rows = JSON.parse(readFileSync(file, 'utf8'));
const { records, errors, warnings } = parsePartnerRecords(rows);

console.log(`examples/partners.json: ${rows.length} rows, ${records.length} records, ${errors.length} errors, ${warnings.length} warnings\n`);
if (errors.length > 0) console.log(['Errors:', ...formatIssues(errors)].join('\n  '), '\n');
if (warnings.length > 0) console.log(['Warnings:', ...formatIssues(warnings)].join('\n  '), '\n');

for (const fn of partnerFunctions) {
  const inFunction = records.filter((r) => r.function === fn);
  console.log(`${getFunction(fn).label} (${inFunction.length})`);
  for (const category of new Set(inFunction.map((r) => r.category))) {
    const names = inFunction.filter((r) => r.category === category).map((r) => r.name);
    console.log(`  ${getCategory(category).label}: ${names.join(', ')}`);
  }
}
