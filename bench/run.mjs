/**
 * `npm run bench`: builds, then runs the benches and prints their tables and ratios.
 * They are a report, not a test: it exits 0 whether or not a target is met.
 *
 *   node bench/run.mjs [parse] [rules] [inventory] [import]   (all four when none is named)
 *
 * - parse: parsePartnerRecords against a loop of zod's compiled safeParse of the plain
 *   schema of the fields the rows carry, all rows in one call (bench/parse.bench.mjs).
 * - rules: the rule engine's recommend and decide against hand-written code, json-logic-js
 *   and json-rules-engine, on the default rules and on 50 user rules, and createRuleEngine
 *   (bench/rules.bench.mjs).
 * - inventory: inventory(records, { keepRecords: false }) over a million parsed records
 *   against a hand-written Map group-by loop, and the report's memory at 10k, 100k and
 *   1M records (bench/inventory.bench.mjs).
 * - import: the time importing the main entry adds to a fresh Node process, against
 *   importing zod/mini (what the package imports) alone; a new process per sample
 *   (bench/import-cost.mjs).
 *
 * Knobs (environment): BENCH_ROWS (parse: rows per call, 200000), BENCH_ROUNDS (5),
 * BENCH_TIME_MS (time per task per round, 800), BENCH_SEED (20240601), and BENCH_DIST
 * (another build to measure instead of dist/index.js). For the rules bench:
 * BENCH_RULE_RECORDS (records per op, 10000), BENCH_JRE_RECORDS (json-rules-engine's
 * records per op on the article set, 500), BENCH_JRE_RECORDS_50 (on the 50-rule sets,
 * 100), BENCH_JRE_CHECK (records json-rules-engine is checked on, 2000) and BENCH_BEFORE
 * (another build whose engine runs in the same rounds, to compare with). For the
 * inventory bench: BENCH_INVENTORY_RECORDS (records per op, 1000000),
 * BENCH_INVENTORY_DISTINCT (distinct records, repeated up to that; all of them distinct by
 * default), BENCH_INVENTORY_ROUNDS (5) and BENCH_INVENTORY_TIME_MS (1500). For the import
 * bench: BENCH_IMPORT_ROUNDS (processes per variant, 30, after 3 warm-up rounds).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

const parts = ['parse', 'rules', 'inventory', 'import'];
const asked = process.argv.slice(2);
const unknown = asked.filter((a) => !parts.includes(a));
if (unknown.length > 0) {
  console.error(`unknown bench ${unknown.join(', ')}; usage: node bench/run.mjs [${parts.join('] [')}]`);
  process.exit(2);
}
const selected = asked.length === 0 ? parts : parts.filter((p) => asked.includes(p));
const { measuredBuild } = await import(
  selected.includes('parse')
    ? './parse.bench.mjs'
    : selected.includes('rules')
      ? './rules.bench.mjs'
      : selected.includes('inventory')
        ? './inventory.bench.mjs'
        : './import-cost.mjs'
);

const env = (name, fallback) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const options = {
  rows: env('BENCH_ROWS', 200_000),
  rounds: env('BENCH_ROUNDS', 5),
  time: env('BENCH_TIME_MS', 800),
  seed: env('BENCH_SEED', 20240601),
};
const ruleOptions = {
  records: env('BENCH_RULE_RECORDS', 10_000),
  jreRecords: env('BENCH_JRE_RECORDS', 500),
  jreRecords50: env('BENCH_JRE_RECORDS_50', 100),
  jreCheck: env('BENCH_JRE_CHECK', 2_000),
  rounds: options.rounds,
  time: options.time,
  seed: options.seed,
};
const inventoryOptions = {
  records: env('BENCH_INVENTORY_RECORDS', 1_000_000),
  distinct: env('BENCH_INVENTORY_DISTINCT', env('BENCH_INVENTORY_RECORDS', 1_000_000)),
  rounds: env('BENCH_INVENTORY_ROUNDS', 5),
  time: env('BENCH_INVENTORY_TIME_MS', 1_500),
  seed: options.seed,
};
const importOptions = { rounds: env('BENCH_IMPORT_ROUNDS', 30), warmup: 3 };

// Read from node_modules directly: tinybench's exports map does not expose package.json.
const version = (name) =>
  JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), 'utf8')).version;
const cpus = os.cpus();

console.log(`partner-taxonomy benchmarks: ${selected.join(', ')}`);
console.log(
  `node ${process.version} · ${os.platform()} ${os.arch()} · ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown'}) · ` +
    `zod ${version('zod')} · tinybench ${version('tinybench')}` +
    (selected.includes('rules') ? ` · json-rules-engine ${version('json-rules-engine')}` : ''),
);
// Which source the build came from: the commit, and whether src/ had uncommitted changes.
const git = (...args) => {
  try {
    return execFileSync('git', args, { cwd: new URL('../', import.meta.url), encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
};
const commit = git('rev-parse', '--short', 'HEAD');
const dirty = git('status', '--porcelain', '--', 'src');
const source = process.env.BENCH_DIST
  ? 'BENCH_DIST (not built from this checkout)'
  : commit === undefined
    ? 'not a git checkout'
    : `commit ${commit}${dirty ? ' + uncommitted changes in src/' : ''}`;
console.log(`source: ${source}`);
console.log(`measured build: ${measuredBuild.replace(new URL('../', import.meta.url).href, '')}`);

const fmt = (n, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
// A Markdown table, so the output can be pasted into docs/benchmarks.md as it is. The
// first `left` columns are text (left-aligned), the rest figures (right-aligned).
const table = (header, rows, left = 1) => {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const pad = (c, i) => (i < left ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]));
  const line = (cells) => `| ${cells.map(pad).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i < left ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
};

// ---------------------------------------------------------------------------------------
// parse: parsePartnerRecords vs compiled zod

async function parsePart() {
  const TARGET = 2; // parsePartnerRecords may take at most 2× the time of compiled zod.
  const { zodCompiles, engines, median, runParseBench } = await import('./parse.bench.mjs');
  console.log('\nparsePartnerRecords vs zod safeParse of the plain schema of the fields the rows carry');
  console.log(
    `zod baseline: ${zodCompiles.compiled ? 'z.compile(schema) (AOT-compiled)' : `NOT compiled (${zodCompiles.why})`}`,
  );
  console.log(
    `${fmt(options.rows)} rows per call · ${options.rounds} rounds × ${options.time} ms (at least 3 calls) per task · seed ${options.seed}\n`,
  );

  const started = performance.now();
  const { sets, results } = await runParseBench({ ...options, log: (line) => process.stdout.write(`  ${line}\n`) });
  const seconds = ((performance.now() - started) / 1000).toFixed(0);

  // Ops are calls over all `rows` rows; the figure per task is the median over rounds.
  const byId = new Map(results.map((r) => [`${r.set.key}/${r.engine.key}`, r]));
  console.log(`\nThroughput (median of ${options.rounds} rounds; one op = one call over ${fmt(options.rows)} rows)\n`);
  console.log(
    table(
      ['row set', 'engine', 'ms / call', 'ns / row', 'rows/s', 'spread', 'samples'],
      results.map((r) => {
        const ms = median(r.msPerCall);
        const spread = `${fmt(Math.min(...r.msPerCall), 1)}–${fmt(Math.max(...r.msPerCall), 1)} ms`;
        return [r.set.key, r.engine.name, fmt(ms, 1), fmt((ms * 1e6) / options.rows), fmt((1000 / ms) * options.rows), spread, r.samples];
      }),
      2,
    ),
  );

  console.log('\nRow sets (checked before timing)\n');
  console.log(
    table(
      ['row set', 'rows', 'invalid on purpose', 'records parsed', 'unclassified', 'warnings', 'zod plain passes'],
      sets.map((s) => [s.title, s.check.rows, s.check.invalid, s.check.records, s.check.unclassified, s.check.warnings, s.check.zodPasses]),
    ),
  );

  // The ratio is computed per round (both tasks measured minutes apart at most, under the
  // same load) and the median taken, which is steadier than dividing two medians.
  const baseline = engines.find((e) => e.baseline);
  console.log(`\nRatio: time of parsePartnerRecords / time of ${baseline.name} (target ≤ ${TARGET}×)\n`);
  const verdicts = sets.map((s) => {
    const parse = byId.get(`${s.key}/parse`).msPerCall;
    const base = byId.get(`${s.key}/${baseline.key}`).msPerCall;
    const runtime = byId.get(`${s.key}/runtime`).msPerCall;
    const ratios = parse.map((ms, i) => ms / base[i]);
    const ratio = median(ratios);
    return {
      set: s,
      ratio,
      low: Math.min(...ratios),
      high: Math.max(...ratios),
      vsRuntime: median(parse.map((ms, i) => ms / runtime[i])),
      met: ratio <= TARGET,
    };
  });
  console.log(
    table(
      ['row set', 'parse / compiled zod', 'per-round range', 'parse / runtime zod', 'target ≤ 2×'],
      verdicts.map((v) => [
        v.set.key,
        `${fmt(v.ratio, 2)}×`,
        `${fmt(v.low, 2)}–${fmt(v.high, 2)}×`,
        `${fmt(v.vsRuntime, 2)}×`,
        v.met ? 'MET' : 'NOT MET',
      ]),
    ),
  );

  const allMet = verdicts.every((v) => v.met);
  console.log(
    `\n${allMet ? 'Target met' : 'Target NOT met'}: parsePartnerRecords is ` +
      verdicts.map((v) => `${fmt(v.ratio, 2)}× compiled zod on ${v.set.key} rows`).join(', ') +
      ` (target ≤ ${TARGET}× on every row set). Bench took ${seconds} s.`,
  );
}

// ---------------------------------------------------------------------------------------
// rules: the rule engine vs json-rules-engine and hand-written code

async function rulesPart() {
  // The rule-engine issue's targets, each a ratio in one process.
  const TRACE_VS_FLOOR = 3; // recommend (full trace) at most 3× the time of hand-written code.
  const TRACE_VS_LOGIC = 10; // recommend at least 10× json-logic-js's throughput.
  const DECIDE_VS_FLOOR = 2; // decide at most 2× the time of hand-written code.
  const { beforeBuild, median, runRulesBench } = await import('./rules.bench.mjs');
  const o = ruleOptions;
  console.log('\nRule engine: recommend and decide vs hand-written code, json-logic-js and json-rules-engine');
  console.log(
    `${o.records} parsed records per op (json-rules-engine: ${o.jreRecords} on the article set, ${o.jreRecords50} on the ` +
      `50-rule sets) · ${o.rounds} rounds × ${o.time} ms per task · seed ${o.seed} · json-logic-js ${version('json-logic-js')}` +
      (beforeBuild === undefined ? '' : `\nBENCH_BEFORE: ${beforeBuild}`) +
      '\n',
  );

  const started = performance.now();
  const { sets, results } = await runRulesBench({ ...o, log: (line) => process.stdout.write(`  ${line}\n`) });
  const seconds = ((performance.now() - started) / 1000).toFixed(0);

  // One op = one pass over the set's records (json-rules-engine: over its smaller batch;
  // createRuleEngine: one engine), so per-record figures are what compares across engines.
  const byId = new Map(results.map((r) => [`${r.set.key}/${r.engine.key}`, r]));
  const perRecordNs = (r) => r.msPerOp.map((ms) => (ms * 1e6) / r.perOp);
  console.log(`\nThroughput (median of ${o.rounds} rounds; one op = one pass over the records per op, or one engine built)\n`);
  console.log(
    table(
      ['rule set', 'engine', 'records / op', 'ms / op', 'ns / record', 'records/s', 'spread (ms / op)', 'samples'],
      results.map((r) => {
        const ms = median(r.msPerOp);
        const spread = `${fmt(Math.min(...r.msPerOp), 2)}–${fmt(Math.max(...r.msPerOp), 2)}`;
        const one = r.engine.batch === 'one';
        return [r.set.key, r.engine.name, one ? '' : fmt(r.perOp), fmt(ms, 2), one ? '' : fmt(median(perRecordNs(r))), one ? '' : fmt((1000 / ms) * r.perOp), spread, r.samples];
      }),
      2,
    ),
  );

  console.log('\nRule sets (checked before timing: every engine gives the same option for every record)\n');
  console.log(
    table(
      ['rule set', 'rules (ours)', 'json-rules-engine rules', 'records', 'decided', 'by a user rule', 'undecided', 'trace entries / record', 'rules that decide', 'json-rules-engine checked on'],
      sets.map((s) => [
        s.key,
        s.rules,
        s.jreRules,
        fmt(s.check.records),
        fmt(s.check.decided),
        fmt(s.check.byUser),
        fmt(s.check.records - s.check.decided),
        fmt(s.check.trace / s.check.records, 2),
        s.check.deciders.size,
        fmt(s.check.jreChecked),
      ]),
    ),
  );
  console.log(`\nOptions decided: ${sets.map((s) => `${s.key} ${Object.entries(s.check.options).map(([k, v]) => `${k} ${v}`).join(', ')}`).join('; ')}`);

  // Every ratio per round, then the median, as the parse bench does. "a / b" is a ratio
  // of times (lower is better for a); "a ÷ b" a ratio of throughputs (b's time over a's).
  const ratio = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values) });
  const verdicts = sets.map((s) => {
    const ns = (key) => perRecordNs(byId.get(`${s.key}/${key}`));
    const [recommend, decide, floor, logic, jre] = ['recommend', 'decide', 'floor', 'logic', 'jre'].map(ns);
    const per = (a, b) => ratio(a.map((x, i) => x / b[i]));
    return {
      set: s,
      traceVsFloor: per(recommend, floor),
      traceVsLogic: per(logic, recommend),
      decideVsFloor: per(decide, floor),
      traceVsJre: per(jre, recommend),
      decideVsJre: per(jre, decide),
    };
  });
  const cell = (r, digits) => `${fmt(r.median, digits)}× (${fmt(r.min, digits)}–${fmt(r.max, digits)})`;
  console.log(
    `\nRatios (per round; median and per-round range): recommend's time / hand-written (target ≤ ${TRACE_VS_FLOOR}×), ` +
      `recommend's throughput ÷ json-logic-js's (target ≥ ${TRACE_VS_LOGIC}×), decide's time / hand-written ` +
      `(target ≤ ${DECIDE_VS_FLOOR}×), and against json-rules-engine for the record\n`,
  );
  const met = (ok) => (ok ? 'MET' : 'NOT MET');
  console.log(
    table(
      ['rule set', 'recommend / hand-written', `≤ ${TRACE_VS_FLOOR}×`, 'recommend ÷ json-logic-js', `≥ ${TRACE_VS_LOGIC}×`, 'decide / hand-written', `≤ ${DECIDE_VS_FLOOR}×`, 'recommend ÷ json-rules-engine', 'decide ÷ json-rules-engine'],
      verdicts.map((v) => [
        v.set.key,
        cell(v.traceVsFloor, 2),
        met(v.traceVsFloor.median <= TRACE_VS_FLOOR),
        cell(v.traceVsLogic, 1),
        met(v.traceVsLogic.median >= TRACE_VS_LOGIC),
        cell(v.decideVsFloor, 2),
        met(v.decideVsFloor.median <= DECIDE_VS_FLOOR),
        `${fmt(v.traceVsJre.median, 0)}×`,
        `${fmt(v.decideVsJre.median, 0)}×`,
      ]),
    ),
  );
  if (beforeBuild !== undefined) {
    console.log('\nThis build against BENCH_BEFORE, in the same rounds (time ratios: below 1× is faster)\n');
    console.log(
      table(
        ['rule set', 'recommend', 'decide', 'createRuleEngine', 'createRuleEngine ms (this / before)'],
        sets.map((s) => {
          const t = (key) => byId.get(`${s.key}/${key}`).msPerOp;
          const per = (a, b) => ratio(t(a).map((x, i) => x / t(b)[i]));
          return [
            s.key,
            cell(per('recommend', 'recommendBefore'), 2),
            cell(per('decide', 'decideBefore'), 2),
            cell(per('create', 'createBefore'), 2),
            `${fmt(median(t('create')), 2)} / ${fmt(median(t('createBefore')), 2)}`,
          ];
        }),
      ),
    );
  }
  const all = (pick, ok) => verdicts.every((v) => ok(pick(v).median));
  console.log(
    `\nrecommend ≤ ${TRACE_VS_FLOOR}× hand-written: ${met(all((v) => v.traceVsFloor, (m) => m <= TRACE_VS_FLOOR))}; ` +
      `recommend ≥ ${TRACE_VS_LOGIC}× json-logic-js: ${met(all((v) => v.traceVsLogic, (m) => m >= TRACE_VS_LOGIC))}; ` +
      `decide ≤ ${DECIDE_VS_FLOOR}× hand-written: ${met(all((v) => v.decideVsFloor, (m) => m <= DECIDE_VS_FLOOR))}. ` +
      `Bench took ${seconds} s.`,
  );
}

// ---------------------------------------------------------------------------------------
// inventory: inventory(records, { keepRecords: false }) vs a hand-written Map group-by loop

async function inventoryPart() {
  const TARGET = 2; // inventory may take at most 2× the time of the hand-written loop.
  const SECONDS = 3; // "a few seconds" per million records, read as at most 3 s.
  const { inventoryEngines, measureMemory, median, runInventoryBench } = await import('./inventory.bench.mjs');
  const o = inventoryOptions;
  const perMillion = 1_000_000 / o.records;
  console.log('\ninventory(records, { keepRecords: false }) vs a hand-written Map group-by loop');
  console.log(
    `${fmt(o.records)} parsed records per op (${o.distinct >= o.records ? 'all distinct objects' : `${fmt(o.distinct)} distinct, repeated`}) · ` +
      `${o.rounds} rounds × ${o.time} ms per task · seed ${o.seed}\n`,
  );

  const started = performance.now();
  const { records, check, results } = await runInventoryBench({ ...o, log: (line) => process.stdout.write(`  ${line}\n`) });

  const byKey = new Map(results.map((r) => [r.engine.key, r]));
  console.log(`\nThroughput (median of ${o.rounds} rounds; one op = one pass over ${fmt(o.records)} records)\n`);
  console.log(
    table(
      ['task', 'ms / 1M records', 'records/s', 'spread (ms / 1M)', 'samples'],
      results.map((r) => {
        const ms = median(r.msPerOp) * perMillion;
        const spread = `${fmt(Math.min(...r.msPerOp) * perMillion)}–${fmt(Math.max(...r.msPerOp) * perMillion)}`;
        return [r.engine.name, fmt(ms), fmt((1000 / ms) * 1_000_000), spread, r.samples];
      }),
    ),
  );

  console.log('\nRecords (checked before timing: inventory and the hand-written loop agree on every count they share)\n');
  console.log(
    table(
      ['records', 'categories', 'category × unit', 'unowned', 'assessed', 'mismatches', 'of which by category alone', 'mismatch groups', 'undecided', 'undecided groups'],
      [[check.records, check.categories, check.pairs, check.unowned, check.assessed, check.mismatches, check.mismatchesByCategory, check.mismatchGroups, check.undecided, check.undecidedGroups].map((n) => fmt(n))],
      0,
    ),
  );

  const baseline = inventoryEngines.find((e) => e.baseline);
  const inv = byKey.get('inventory').msPerOp;
  const base = byKey.get(baseline.key).msPerOp;
  const decide = byKey.get('decide').msPerOp;
  const ratios = inv.map((ms, i) => ms / base[i]);
  const ratio = median(ratios);
  const seconds = (median(inv) * perMillion) / 1000;
  const vsDecide = median(inv.map((ms, i) => ms / decide[i]));
  console.log(`\nRatio: time of inventory / time of the ${baseline.name} (target ≤ ${TARGET}×), and time per 1M records (target ≤ ${SECONDS} s)\n`);
  console.log(
    table(
      ['inventory / hand-written', 'per-round range', `target ≤ ${TARGET}×`, 's / 1M records', `target ≤ ${SECONDS} s`, 'inventory / decide loop'],
      [[
        `${fmt(ratio, 2)}×`,
        `${fmt(Math.min(...ratios), 2)}–${fmt(Math.max(...ratios), 2)}×`,
        ratio <= TARGET ? 'MET' : 'NOT MET',
        fmt(seconds, 2),
        seconds <= SECONDS ? 'MET' : 'NOT MET',
        `${fmt(vsDecide, 2)}×`,
      ]],
      0,
    ),
  );

  const memory = measureMemory(records);
  const kb = (bytes) => `${fmt(bytes / 1024, 1)} KB`;
  console.log(
    "\nMemory: the report's JSON length, and inventory's live heap while it runs (growth since its first record, " +
      'after a forced GC at that point of the stream; code spaces left out; keepRecords: false is the median of 3 runs)\n',
  );
  console.log(
    table(
      ['records', 'keepRecords: false, report JSON', 'live heap growth', 'keepRecords: true, report JSON', 'live heap growth'],
      memory.sizes.map((row, i) => [
        fmt(row.records),
        `${fmt(row.lean.json)} chars`,
        kb(memory.live.lean[i].heap),
        `${fmt(row.keep.json)} chars`,
        kb(memory.live.keep[i].heap),
      ]),
      0,
    ),
  );
  const rss = process.resourceUsage().maxRSS * 1024;
  const heapRecords = process.memoryUsage().heapUsed;
  console.log(
    `\nPeak RSS of this process so far: ${fmt(rss / 2 ** 20)} MB${selected.length > 1 ? ' (all the benches run so far)' : ''}; ` +
      `heap now ${fmt(heapRecords / 2 ** 20)} MB, nearly all of it the ${fmt(records.length)} input records.`,
  );
  const sizes = memory.sizes;
  const growth = sizes.at(-1).lean.json - sizes[0].lean.json;
  console.log(
    `\n${ratio <= TARGET && seconds <= SECONDS ? 'Targets met' : 'Target NOT met'}: inventory takes ${fmt(ratio, 2)}× the time of the ` +
      `hand-written loop (target ≤ ${TARGET}×) and ${fmt(seconds, 2)} s per million records (target ≤ ${SECONDS} s); ` +
      `its report with keepRecords: false grows by ${fmt(growth)} characters from ${fmt(sizes[0].records)} to ` +
      `${fmt(sizes.at(-1).records)} records. Bench took ${((performance.now() - started) / 1000).toFixed(0)} s.`,
  );
}

// ---------------------------------------------------------------------------------------
// import: what importing the main entry adds to a fresh Node process, vs zod alone

async function importPart() {
  const TARGET = 2; // importing the package may take at most 2× the time of importing zod alone.
  const { runImportCostBench, summarize } = await import('./import-cost.mjs');
  const o = importOptions;
  console.log('\nImport cost: a fresh node process per sample, the import timed inside it');
  console.log(`${o.rounds} rounds (after ${o.warmup} warm-up rounds) × every variant, order reversed on odd rounds\n`);

  const started = performance.now();
  const result = await runImportCostBench({ ...o, log: (line) => process.stdout.write(`  ${line}\n`) });
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  const s = summarize(result);
  if (result.cjsFile === undefined) console.log('  (no .cjs next to the measured build: CommonJS not measured)');

  const emptyWall = s.medianWall('empty');
  console.log(`\nTimes (median of ${o.rounds} processes each)\n`);
  console.log(
    table(
      ['variant', 'import ms', 'range (ms)', 'process start → import done (ms)', 'process wall (ms)', 'wall − empty process (ms)'],
      result.variants.map((v) => {
        const [low, high] = s.range(v.key);
        return [
          v.name,
          fmt(s.medianMs(v.key), 1),
          `${fmt(low, 1)}–${fmt(high, 1)}`,
          fmt(s.medianSinceStart(v.key), 1),
          fmt(s.medianWall(v.key), 1),
          v.key === 'empty' ? '' : fmt(s.medianWall(v.key) - emptyWall, 1),
        ];
      }),
    ),
  );

  const own = s.medianMs('package') - s.medianMs('zod-mini');
  const times = (x) => `${fmt(x, 2)}×`;
  const span = ([low, high]) => `${fmt(low, 2)}–${fmt(high, 2)}×`;
  console.log(
    `\nRatios (per round, median). The target's reading: import time of the package, zod/mini included, ` +
      `over import time of zod/mini alone (target ≤ ${TARGET}×)\n`,
  );
  const rows = [
    ['package (incl. zod/mini) / zod/mini, ESM: the target', times(s.ratio), span(s.ratioRange), s.ratio <= TARGET ? 'MET' : 'NOT MET'],
    ["(package − zod/mini) / zod/mini: the package's own addition", times(s.ownRatio), span(s.ownRatioRange), ''],
    ['package after zod/mini / zod/mini: own addition, measured directly', times(s.afterRatio), span(s.afterRatioRange), ''],
    ['(process wall − empty process), package / zod/mini', times(s.wallRatio), span(s.wallRatioRange), ''],
  ];
  if (s.cjsRatio !== undefined) {
    rows.push(['package .cjs / zod/mini, CommonJS require', times(s.cjsRatio), span(s.cjsRatioRange), s.cjsRatio <= TARGET ? 'MET' : 'NOT MET']);
  }
  console.log(table(['ratio', 'median', 'per-round range', `target ≤ ${TARGET}×`], rows));
  console.log(
    `\n${s.ratio <= TARGET ? 'Target met' : 'Target NOT met'}: importing the package takes ${fmt(s.medianMs('package'), 1)} ms ` +
      `(zod/mini included) against ${fmt(s.medianMs('zod-mini'), 1)} ms for zod/mini alone, ${times(s.ratio)} (target ≤ ${TARGET}×); ` +
      `its own addition is ${fmt(own, 1)} ms by difference, ${fmt(s.medianMs('package-after-zod'), 1)} ms measured after zod/mini. ` +
      `Bench took ${seconds} s.`,
  );
}

// ---------------------------------------------------------------------------------------

const started = performance.now();
if (selected.includes('parse')) await parsePart();
if (selected.includes('rules')) await rulesPart();
if (selected.includes('inventory')) await inventoryPart();
if (selected.includes('import')) await importPart();
if (selected.length > 1) console.log(`\nWhole run: ${((performance.now() - started) / 1000).toFixed(0)} s.`);
