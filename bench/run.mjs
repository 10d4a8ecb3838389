/**
 * `npm run bench`: builds, then measures parsePartnerRecords against zod's compiled
 * safeParse of an equivalent plain schema, and prints the table and the ratios. It is a
 * report, not a test: it exits 0 whether or not the target is met.
 *
 * Knobs (environment): BENCH_ROWS (rows per batch, 10000), BENCH_ROUNDS (5),
 * BENCH_TIME_MS (time per task per round, 800), BENCH_SEED (20240601), and BENCH_DIST
 * (another build to measure instead of dist/index.js).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { compiledPlain, engines, measuredBuild, median, runParseBench } from './parse.bench.mjs';

const TARGET = 2; // parsePartnerRecords may take at most 2× the time of compiled zod.

const env = (name, fallback) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const options = {
  batch: env('BENCH_ROWS', 10_000),
  rounds: env('BENCH_ROUNDS', 5),
  time: env('BENCH_TIME_MS', 800),
  seed: env('BENCH_SEED', 20240601),
};

// Read from node_modules directly: tinybench's exports map does not expose package.json.
const version = (name) =>
  JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), 'utf8')).version;
const cpus = os.cpus();

console.log('parsePartnerRecords vs zod safeParse of an equivalent plain schema');
console.log(
  `node ${process.version} · ${os.platform()} ${os.arch()} · ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown'}) · ` +
    `zod ${version('zod')} · tinybench ${version('tinybench')}`,
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
console.log(
  `zod baseline: ${compiledPlain.compiled ? 'z.compile(schema) (AOT-compiled)' : `NOT compiled (${compiledPlain.why})`}`,
);
console.log(
  `${options.batch} rows per batch · ${options.rounds} rounds × ${options.time} ms per task · seed ${options.seed}\n`,
);

const started = performance.now();
const { sets, results } = await runParseBench({ ...options, log: (line) => process.stdout.write(`  ${line}\n`) });
const seconds = ((performance.now() - started) / 1000).toFixed(0);

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

// Ops are batches of `batch` rows; the figure per task is the median over rounds.
const byId = new Map(results.map((r) => [`${r.set.key}/${r.engine.key}`, r]));
console.log(`\nThroughput (median of ${options.rounds} rounds; one op = one batch of ${options.batch} rows)\n`);
console.log(
  table(
    ['row set', 'engine', 'ms / batch', 'batches/s', 'rows/s', 'spread', 'samples'],
    results.map((r) => {
      const ms = median(r.msPerBatch);
      const spread = `${fmt(Math.min(...r.msPerBatch), 2)}–${fmt(Math.max(...r.msPerBatch), 2)} ms`;
      return [r.set.key, r.engine.name, fmt(ms, 2), fmt(1000 / ms, 1), fmt((1000 / ms) * options.batch), spread, r.samples];
    }),
    2,
  ),
);

console.log('\nRow sets (checked before timing)\n');
console.log(
  table(
    ['row set', 'rows', 'invalid on purpose', 'records parsed', 'warnings', 'zod plain passes'],
    sets.map((s) => [s.title, s.check.rows, s.check.invalid, s.check.records, s.check.warnings, s.check.zodPasses]),
  ),
);

// The ratio is computed per round (both tasks measured minutes apart at most, under the
// same load) and the median taken, which is steadier than dividing two medians.
const baseline = engines.find((e) => e.baseline);
console.log(`\nRatio: time of parsePartnerRecords / time of ${baseline.name} (target ≤ ${TARGET}×)\n`);
const verdicts = sets.map((s) => {
  const parse = byId.get(`${s.key}/parse`).msPerBatch;
  const base = byId.get(`${s.key}/${baseline.key}`).msPerBatch;
  const runtime = byId.get(`${s.key}/runtime`).msPerBatch;
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
    ` (target ≤ ${TARGET}× on both). Bench took ${seconds} s.`,
);
