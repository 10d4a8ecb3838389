/**
 * Where `inventory` spends its time. Not part of `npm run bench`; run it when the bench
 * says the inventory target is missed:
 *
 *   node bench/profile-inventory.mjs [inventory|baseline] [records=1000000] [passes=5]
 *
 * As bench/profile-rules.mjs does for the rule engine: it bundles src/index.ts as tsup
 * does for dist/index.js (esbuild, ESM, es2022, zod external) but with a source map, into
 * .tmp/profile/, makes the bench's records from that bundle (through BENCH_DIST, so they
 * are exactly the bench's: 100,000 distinct records, repeated up to `records`, to keep the
 * set-up short), CPU-profiles `passes` passes of `inventory(records, { keepRecords: false })`
 * (or of the hand-written loop, `baseline`), and prints the functions and the source lines
 * with the most self time, as src/ file:line. The raw profile is written to
 * .tmp/profile/inventory-<task>.cpuprofile. Set PROFILE_SRC=<dir> to profile a candidate
 * source tree.
 */

import { pathToFileURL } from 'node:url';
import { bundleSource, profileAndPrint } from './profile-support.mjs';

const task = process.argv[2] ?? 'inventory';
const count = Number(process.argv[3] ?? 1_000_000);
const passes = Number(process.argv[4] ?? 5);
if (!['inventory', 'baseline'].includes(task)) throw new Error(`task must be inventory or baseline, not ${task}`);

const bundle = await bundleSource('inventory-index.mjs');
process.env.BENCH_DIST = bundle;
const { handWrittenInventory, makeInventoryRecords } = await import('./inventory.bench.mjs');
const { inventory } = await import(pathToFileURL(bundle).href);

const records = makeInventoryRecords({ count, distinct: Math.min(count, 100_000) });
const run = task === 'inventory' ? (r) => inventory(r, { keepRecords: false }).total : (r) => handWrittenInventory(r).total;
// A named caller, so the profile keeps the frames under it.
function runAll() {
  let n = 0;
  for (let i = 0; i < passes; i++) n += run(records);
  return n;
}
// Warm up, so the profile shows optimised code rather than the tiers before it.
run(records);

const rawName = `inventory-${task}.cpuprofile`;
await profileAndPrint({
  run: runAll,
  rawName,
  bundle,
  header: (ms, result) =>
    `${task === 'inventory' ? 'inventory(records, { keepRecords: false })' : 'the hand-written loop'}, ${passes} passes over ` +
    `${records.length} records: ${ms.toFixed(0)} ms under the profiler (${((ms / passes / records.length) * 1e9 / 1e3).toFixed(0)} ms per 1M records), ${result} records counted`,
});
