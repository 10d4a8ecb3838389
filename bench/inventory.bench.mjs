/**
 * `inventory(records, { keepRecords: false })` over a million parsed records, against the
 * plain Map-based group-by loop a user would write for the same counts, on the same records,
 * in the same process. Imports the shipped build (../dist/index.js), so run `npm run build`
 * first (`npm run bench` does).
 *
 * Two parts:
 *
 * - Time: one op is one pass over all the records (1,000,000 by default) by `inventory`, by
 *   the hand-written loop, and, for context, by a bare `defaultEngine().decide` loop (the
 *   rule engine's share of inventory's work). Rounds in alternating order, ratios within
 *   rounds, medians, as the other benches do.
 * - Memory: the report's size (`JSON.stringify(report).length`) for 10k, 100k and 1M
 *   records, and inventory's live heap while it runs, sampled after a forced GC at those
 *   points of the stream, with `keepRecords: false` and, for contrast, `true`.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { median, runRounds } from './rounds.mjs';
import { generateRows } from './synthetic.mjs';

/** The build measured: dist/index.js, or BENCH_DIST (as in parse.bench.mjs). */
export const measuredBuild = process.env.BENCH_DIST
  ? pathToFileURL(resolve(process.env.BENCH_DIST)).href
  : new URL('../dist/index.js', import.meta.url).href;
const { defaultEngine, inventory, parsePartnerRecords, partnerCategories, typicalManagement } = await import(measuredBuild);

// ---------------------------------------------------------------------------------------
// Records

/**
 * `count` parsed records: `distinct` synthetic canonical rows (bench/synthetic.mjs, with
 * `managedBy` on about 80% of the rows and `management` on about 70%, drawn at random, so
 * many differ from what the rules recommend), parsed once in batches of 10,000, then
 * repeated (the same objects, in order) up to `count` when `distinct` is smaller. With
 * `distinct === count` (the default) every record is its own object.
 */
export function makeInventoryRecords({ count = 1_000_000, distinct = count, seed = 20240601 } = {}) {
  const n = Math.min(distinct, count);
  let { rows } = generateRows(n, { seed, set: 'canonical' });
  const parsed = [];
  for (let i = 0; i < rows.length; i += 10_000) {
    const batch = parsePartnerRecords(rows.slice(i, i + 10_000));
    if (batch.errors.length > 0) throw new Error(`parsePartnerRecords rejected ${batch.errors.length} canonical rows`);
    for (const record of batch.records) parsed.push(record);
  }
  rows = undefined; // let the rows go before the records are repeated
  if (parsed.length !== n) throw new Error(`expected ${n} records, got ${parsed.length}`);
  if (n === count) return parsed;
  const records = new Array(count);
  for (let i = 0; i < count; i++) records[i] = parsed[i % n];
  return records;
}

// ---------------------------------------------------------------------------------------
// The baseline: what a user would hand-write for the same counts

/** The article's typical option per category; msp-cmsp depends on its stage, so it has none. */
export const typicalByCategory = new Map(partnerCategories.map((id) => [id, typicalManagement({ category: id })]));

/**
 * A plain group-by loop over the records, the code a person would type for the same report:
 * counts per category and per category × `managedBy`, records without an owner, records
 * with a `management`, and per category the records whose `management` differs from the
 * typical option (a precomputed lookup). It runs no rule engine, so it leaves out msp-cmsp
 * (whose option depends on the stage), builds no trace, groups no undecided records and
 * writes no findings.
 */
export function handWrittenInventory(records) {
  const categories = new Map();
  let total = 0;
  let unowned = 0;
  let assessed = 0;
  for (const r of records) {
    total++;
    let c = categories.get(r.category);
    if (c === undefined) {
      c = { count: 0, units: new Map(), mismatches: 0 };
      categories.set(r.category, c);
    }
    c.count++;
    const unit = r.managedBy;
    if (unit) c.units.set(unit, (c.units.get(unit) ?? 0) + 1);
    else unowned++;
    const current = r.management;
    if (current !== undefined) {
      assessed++;
      const typical = typicalByCategory.get(r.category);
      if (typical !== undefined && typical !== current) c.mismatches++;
    }
  }
  return { total, unowned, assessed, categories };
}

// ---------------------------------------------------------------------------------------
// Checks before timing

/**
 * Runs `inventory` and the hand-written loop once over all the records and checks that
 * they agree wherever they count the same thing: the total, the count per category and per
 * category × unit, the records without an owner, the records with a `management`, and the
 * mismatches per category for the 21 categories the default rules decide by category alone
 * (inventory's mismatch groups summed per category; msp-cmsp, decided by stage, is left
 * out). Also checks that `decide` gives the typical option on every record of those 21
 * categories, which is what makes the two mismatch counts mean the same thing.
 */
export function checkInventory(records) {
  const report = inventory(records, { keepRecords: false });
  const base = handWrittenInventory(records);
  const fail = (what) => {
    throw new Error(`inventory and the hand-written loop disagree: ${what}`);
  };
  if (report.total !== base.total) fail(`total ${report.total} vs ${base.total}`);
  if (report.unowned.count !== base.unowned) fail(`unowned ${report.unowned.count} vs ${base.unowned}`);
  if (report.assessed !== base.assessed) fail(`assessed ${report.assessed} vs ${base.assessed}`);
  const mismatchesOf = new Map();
  for (const g of report.mismatches) mismatchesOf.set(g.category, (mismatchesOf.get(g.category) ?? 0) + g.count);
  let byCategory = 0;
  let pairs = 0;
  for (const c of report.categories) {
    const b = base.categories.get(c.category) ?? { count: 0, units: new Map(), mismatches: 0 };
    if (c.count !== b.count) fail(`${c.category}: ${c.count} vs ${b.count} records`);
    const units = new Map(c.managedBy.map((u) => [u.unit, u.count]));
    if (units.size !== b.units.size || [...b.units].some(([u, n]) => units.get(u) !== n)) {
      fail(`${c.category}: units ${JSON.stringify([...units])} vs ${JSON.stringify([...b.units])}`);
    }
    pairs += units.size;
    if (c.typical === undefined) continue; // msp-cmsp: decided by stage
    if ((mismatchesOf.get(c.category) ?? 0) !== b.mismatches) {
      fail(`${c.category}: ${mismatchesOf.get(c.category) ?? 0} vs ${b.mismatches} mismatches`);
    }
    byCategory += b.mismatches;
  }
  const engine = defaultEngine();
  for (const r of records) {
    const typical = typicalByCategory.get(r.category);
    if (typical !== undefined && engine.decide(r) !== typical) fail(`decide(${r.id}) is not the typical ${typical}`);
  }
  return {
    records: report.total,
    categories: report.categories.filter((c) => c.count > 0).length,
    pairs,
    unowned: report.unowned.count,
    assessed: report.assessed,
    mismatches: report.mismatchCount,
    mismatchesByCategory: byCategory,
    mismatchGroups: report.mismatches.length,
    undecided: report.undecidedCount,
    undecidedGroups: report.undecided.length,
  };
}

// ---------------------------------------------------------------------------------------
// Timing

/** The tasks timed; `baseline` is what the target is measured against. */
export const inventoryEngines = [
  { key: 'inventory', name: 'inventory(records, { keepRecords: false })', run: (records) => inventory(records, { keepRecords: false }).total },
  { key: 'baseline', name: 'hand-written Map group-by loop', baseline: true, run: (records) => handWrittenInventory(records).total },
  { key: 'decide', name: 'defaultEngine().decide loop alone (context)', run: decideLoop() },
];

// Compiled on its own (as in rules.bench.mjs), so its call site sees only `decide`.
function decideLoop() {
  const engine = defaultEngine();
  // eslint-disable-next-line no-new-func
  return new Function(
    'decide',
    'return function run(records) { let n = 0; for (let i = 0; i < records.length; i++) n += decide(records[i]) === undefined ? 0 : 1; return n; };',
  )(engine.decide);
}

/**
 * Runs every task over all the records, `rounds` times, each round a fresh tinybench run
 * with the task order reversed on odd rounds (as the other benches do).
 * @returns The check, and one entry per task with the mean ms per op of each round.
 */
export async function runInventoryBench({
  records: count = 1_000_000,
  distinct = count,
  seed = 20240601,
  rounds = 5,
  time = 1_500,
  warmupTime = 200,
  log = () => {},
} = {}) {
  const started = performance.now();
  const records = makeInventoryRecords({ count, distinct, seed });
  log(`made ${records.length.toLocaleString('en-US')} parsed records in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const check = checkInventory(records);
  log('checked: inventory and the hand-written loop agree');

  const results = new Map(inventoryEngines.map((engine) => [engine.key, { engine, msPerOp: [], samples: 0 }]));
  // One op takes a few hundred ms, so a round is a handful of ops per task.
  const timings = await runRounds(
    inventoryEngines.map((engine) => ({ id: engine.key, run: () => engine.run(records) })),
    { rounds, time, warmupTime, iterations: 3, warmupIterations: 1, log },
  );
  for (const [id, t] of timings) Object.assign(results.get(id), { msPerOp: t.msPerOp, samples: t.samples });
  return { records, check, results: [...results.values()] };
}

// ---------------------------------------------------------------------------------------
// Memory

/**
 * `gc()` without `--expose-gc` on the command line. Also turns bytecode flushing off: V8
 * drops the bytecode of functions it has not run for a while during GC, which moves the
 * heap by hundreds of KB between two samples and would hide a report of tens of KB.
 */
function exposeGc() {
  v8.setFlagsFromString('--no-flush-bytecode');
  if (typeof globalThis.gc === 'function') return globalThis.gc;
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc');
}

/**
 * The heap in use after a full GC, without the code spaces: the JIT compiles and drops
 * optimised code as it pleases, which moves those by up to a few hundred KB.
 */
const heapAfterGc = (gc) => {
  gc();
  let used = 0;
  for (const space of v8.getHeapSpaceStatistics()) if (!space.space_name.includes('code')) used += space.space_used_size;
  return used;
};

/**
 * Inventory's live heap while it runs: `inventory` reads a generator over the first
 * `last` records that, on reaching each of `points`, forces a GC and reads the heap. The
 * records are already in memory, so what grows is inventory's own state (tallies, groups,
 * kept ids). Growth is counted from just before its first record.
 */
function measureLive(gc, records, points, keepRecords) {
  const samples = [];
  const last = points.at(-1);
  function* stream() {
    const start = heapAfterGc(gc);
    for (let i = 0; i < last; i++) {
      yield records[i];
      if (points.includes(i + 1)) samples.push({ records: i + 1, heap: heapAfterGc(gc) - start });
    }
  }
  inventory(stream(), { keepRecords });
  return samples;
}

/**
 * For each size in `sizes` (records from the start of `records`): the JSON length of the
 * report with `keepRecords: false` and, for contrast, `true`; and inventory's live heap
 * growth while it runs (see `measureLive`), the median of `repeats` runs with `false`
 * (its figures are small, so the noise of a few tens of KB shows) and one run with `true`.
 */
export function measureMemory(records, { sizes = [10_000, 100_000, 1_000_000], repeats = 3 } = {}) {
  const gc = exposeGc();
  const points = sizes.filter((n) => n <= records.length);
  const sizesOut = points.map((n) => {
    const slice = n === records.length ? records : records.slice(0, n);
    const json = (keepRecords) => JSON.stringify(inventory(slice, { keepRecords })).length;
    return { records: n, lean: { json: json(false) }, keep: { json: json(true) } };
  });
  // Warm up, so that the first sample does not count what the first run compiles.
  measureLive(gc, records, points.slice(0, 1), false);
  const leanRuns = Array.from({ length: repeats }, () => measureLive(gc, records, points, false));
  const keepRun = measureLive(gc, records, points, true);
  return {
    sizes: sizesOut,
    live: {
      lean: points.map((n, i) => ({ records: n, heap: median(leanRuns.map((r) => r[i].heap)) })),
      keep: keepRun,
    },
  };
}

export { median };
