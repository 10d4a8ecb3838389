/**
 * Where parsePartnerRecords spends its time. Not part of `npm run bench`; run it when the
 * bench says the target is missed:
 *
 *   node bench/profile.mjs [canonical|mixed] [rows=200000] [batch=10000]
 *
 * The rows are parsed in calls of `batch` rows, as the bench does (one call over all
 * 200,000 would mostly measure the duplicate-id map growing). It bundles src/index.ts as tsup does for dist/index.js (esbuild, ESM, es2022, zod
 * external) but with a source map, into .tmp/profile/, CPU-profiles one
 * parsePartnerRecords call on synthetic rows, and prints the functions and the source
 * lines with the most self time, as src/ file:line. The raw profile is written to
 * .tmp/profile/parse-<set>.cpuprofile (open it in Chrome DevTools).
 */

import { pathToFileURL } from 'node:url';
import { bundleSource, profileAndPrint } from './profile-support.mjs';
import { generateRows } from './synthetic.mjs';

const set = process.argv[2] ?? 'canonical';
const count = Number(process.argv[3] ?? 200_000);
const batch = Math.min(count, Number(process.argv[4] ?? 10_000));

const bundle = await bundleSource('index.mjs');
const { parsePartnerRecords } = await import(pathToFileURL(bundle).href);

const { rows } = generateRows(count, { seed: 20240601 + (set === 'mixed' ? 1 : 0), set });
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
for (let i = 0; i < 20; i++) parsePartnerRecords(batches[i % batches.length]);

const rawName = `parse-${set}.cpuprofile`;
await profileAndPrint({
  run: parseAll,
  rawName,
  bundle,
  header: (ms, result) =>
    `parsePartnerRecords on ${count} ${set} rows in calls of ${batch}: ${ms.toFixed(0)} ms under the profiler ` +
    `(${((count / ms) * 1000).toFixed(0)} rows/s), ${result.records} records, ${result.errors} errors`,
});
