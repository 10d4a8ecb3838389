/**
 * Where parsePartnerRecords spends its time. Not part of `npm run bench`; run it when the
 * bench says the target is missed:
 *
 *   node bench/profile.mjs [set=plain] [rows=200000] [batch=rows]
 *
 * `set` is one of the parse bench's row sets (plain, plain-invalid, plain-shuffled, full,
 * mixed); the rows are parsed in one call, as the bench does, or in calls of `batch`
 * rows. It bundles src/index.ts as tsup does for dist/index.js (esbuild, ESM, es2022, zod
 * external) but with a source map, into .tmp/profile/, CPU-profiles the calls, and prints
 * the functions and the source lines with the most self time, as src/ file:line. The raw
 * profile is written to .tmp/profile/parse-<set>.cpuprofile (open it in Chrome DevTools).
 */

import { pathToFileURL } from 'node:url';
import { bundleSource, profileAndPrint } from './profile-support.mjs';
import { parseRowSets } from './synthetic.mjs';

const key = process.argv[2] ?? 'plain';
const count = Number(process.argv[3] ?? 200_000);
const batch = Math.min(count, Number(process.argv[4] ?? count));

const bundle = await bundleSource('index.mjs');
const { parsePartnerRecords } = await import(pathToFileURL(bundle).href);

const set = parseRowSets(count, 20240601).find((s) => s.key === key);
if (set === undefined) throw new Error(`no row set ${key}; one of ${parseRowSets(0, 0).map((s) => s.key).join(', ')}`);
const { rows } = set.make();
const batches = [];
for (let i = 0; i < rows.length; i += batch) batches.push(rows.slice(i, i + batch));
// A named caller, so the profile keeps a parsePartnerRecords frame under it.
function parseAll() {
  const totals = { records: 0, errors: 0 };
  for (const b of batches) {
    const r = parsePartnerRecords(b);
    totals.records += r.records.length;
    totals.errors += r.errors.length;
  }
  return totals;
}
// Warm up, so the profile shows optimised code rather than the tiers before it.
for (let i = 0; i < 3; i++) parseAll();

await profileAndPrint({
  run: parseAll,
  rawName: `parse-${key}.cpuprofile`,
  bundle,
  header: (ms, result) =>
    `parsePartnerRecords on ${count} ${key} rows in calls of ${batch}: ${ms.toFixed(0)} ms under the profiler ` +
    `(${((count / ms) * 1000).toFixed(0)} rows/s), ${result.records} records, ${result.errors} errors`,
});
