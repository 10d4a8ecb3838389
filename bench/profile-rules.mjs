/**
 * Where the rule engine spends its time. Not part of `npm run bench`; run it when the
 * bench says a rule-engine target is missed:
 *
 *   node bench/profile-rules.mjs [article|user50|user50-alone] [recommend|decide] [calls=200000]
 *
 * As bench/profile.mjs does for parsing: it bundles src/index.ts as tsup does for
 * dist/index.js (esbuild, ESM, es2022, zod external) but with a source map, into
 * .tmp/profile/, builds the bench's rule sets and records from that bundle (through
 * BENCH_DIST, so they are exactly the bench's), CPU-profiles `calls` calls of
 * `recommend` or `decide` (passes over the bench's 10,000 records), and prints the
 * functions and the source lines with the most self time, as src/ file:line. The raw
 * profile is written to .tmp/profile/rules-<set>-<op>.cpuprofile (open it in Chrome
 * DevTools). Set PROFILE_SRC=<dir> to profile a candidate source tree.
 */

import { bundleSource, profileAndPrint } from './profile-support.mjs';

const setKey = process.argv[2] ?? 'article';
const op = process.argv[3] ?? 'recommend';
const calls = Number(process.argv[4] ?? 200_000);
if (!['recommend', 'decide'].includes(op)) throw new Error(`op must be recommend or decide, not ${op}`);

const bundle = await bundleSource('rules-index.mjs');
process.env.BENCH_DIST = bundle;
const { makeRuleSets } = await import('./rules.bench.mjs');

const { sets } = makeRuleSets({ records: 10_000, jreRecords: 0 });
const set = sets.find((s) => s.key === setKey);
if (set === undefined) throw new Error(`no rule set ${setKey}; one of ${sets.map((s) => s.key).join(', ')}`);
const run = set.ours[op];
const records = set.records;
// A named caller, so the profile keeps the engine's frames under it.
function runAll() {
  let n = 0;
  for (let i = 0; i < calls; i++) {
    const out = run(records[i % records.length]);
    n += out === undefined ? 0 : 1;
  }
  return n;
}
// Warm up, so the profile shows optimised code rather than the tiers before it.
for (let i = 0; i < Math.min(calls, 50_000); i++) run(records[i % records.length]);

const rawName = `rules-${setKey}-${op}.cpuprofile`;
await profileAndPrint({
  run: runAll,
  rawName,
  bundle,
  header: (ms, result) =>
    `${op} on the ${setKey} rule set (${set.rules} rules), ${calls} calls over ${records.length} records: ` +
    `${ms.toFixed(0)} ms under the profiler (${((calls / ms) * 1000).toFixed(0)} records/s), ${result} decided`,
});
