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
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { findSourceMap } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const task = process.argv[2] ?? 'inventory';
const count = Number(process.argv[3] ?? 1_000_000);
const passes = Number(process.argv[4] ?? 5);
const topFunctions = 15;
const topLines = 25;
if (!['inventory', 'baseline'].includes(task)) throw new Error(`task must be inventory or baseline, not ${task}`);

const root = new URL('../', import.meta.url);
const srcDir = new URL(process.env.PROFILE_SRC ? `${process.env.PROFILE_SRC.replace(/\/?$/, '/')}` : 'src/', root);
const outDir = new URL('.tmp/profile/', root);
mkdirSync(outDir, { recursive: true });
const bundle = fileURLToPath(new URL('inventory-index.mjs', outDir));
await build({
  entryPoints: [fileURLToPath(new URL('index.ts', srcDir))],
  outfile: bundle,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  platform: 'neutral',
  external: ['zod', 'zod/*'],
  sourcemap: 'linked',
  sourcesContent: false,
  logLevel: 'warning',
});
process.setSourceMapsEnabled(true);
process.env.BENCH_DIST = bundle;
const { handWrittenInventory, makeInventoryRecords } = await import('./inventory.bench.mjs');
const { inventory } = await import(pathToFileURL(bundle).href);
const map = findSourceMap(bundle);
const bundleLines = readFileSync(bundle, 'utf8').split('\n');

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

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
const started = performance.now();
const result = runAll();
const ms = performance.now() - started;
const { profile } = await session.post('Profiler.stop');
session.disconnect();
const rawName = `inventory-${task}.cpuprofile`;
writeFileSync(new URL(rawName, outDir), JSON.stringify(profile));

const srcRoot = fileURLToPath(srcDir);
// Bundle position (0-based) → "src/…:line" (1-based) through the source map.
const original = (line, column) => {
  const entry = map.findEntry(line, column);
  if (!entry?.originalSource) return undefined;
  const file = fileURLToPath(new URL(entry.originalSource, pathToFileURL(bundle)));
  return { file: `src/${file.slice(srcRoot.length)}`, line: entry.originalLine + 1 };
};
const isOurs = (url) => url === pathToFileURL(bundle).href || url === bundle;
const isBench = (url) => /\/bench\/inventory\.bench\.mjs$/.test(url);

// Self time per node, in µs: a sample lasts until the next one (as DevTools counts it).
const selfOf = new Map();
let clock = profile.startTime;
const stamps = profile.timeDeltas.map((d) => (clock += d));
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  const next = i + 1 < stamps.length ? stamps[i + 1] : profile.endTime;
  selfOf.set(id, (selfOf.get(id) ?? 0) + Math.max(0, next - stamps[i]));
}
const total = [...selfOf.values()].reduce((a, b) => a + b, 0);

const benchLines = readFileSync(new URL('inventory.bench.mjs', import.meta.url), 'utf8').split('\n');
const functions = new Map();
const lines = new Map();
for (const node of profile.nodes) {
  const { functionName, url, lineNumber, columnNumber } = node.callFrame;
  const self = selfOf.get(node.id) ?? 0;
  const at = isOurs(url) ? original(lineNumber, columnNumber) : undefined;
  const where = at ? `${at.file}:${at.line}` : url === '' ? '(VM)' : url.replace(/^.*\/(node_modules|bench)\//, '$1/');
  const key = `${functionName}@${where}`;
  const f = functions.get(key) ?? { name: functionName || '(anonymous)', where, self: 0 };
  f.self += self;
  functions.set(key, f);
  // Share the node's self time over its lines by their tick counts.
  if ((isOurs(url) || isBench(url)) && node.positionTicks && node.hitCount > 0) {
    for (const { line, ticks } of node.positionTicks) {
      let lineKey;
      let text;
      if (isOurs(url)) {
        text = bundleLines[line - 1] ?? '';
        const o = original(line - 1, text.length - text.trimStart().length);
        lineKey = o ? `${o.file}:${o.line}` : `bundle:${line}`;
      } else {
        text = benchLines[line - 1] ?? '';
        lineKey = `bench/inventory.bench.mjs:${line}`;
      }
      const l = lines.get(lineKey) ?? { where: lineKey, fn: functionName, code: text.trim(), self: 0 };
      l.self += (self * ticks) / node.hitCount;
      lines.set(lineKey, l);
    }
  }
}

const pct = (us) => `${((100 * us) / total).toFixed(1)}%`;
const clip = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
console.log(
  `${task === 'inventory' ? 'inventory(records, { keepRecords: false })' : 'the hand-written loop'}, ${passes} passes over ` +
    `${records.length} records: ${ms.toFixed(0)} ms under the profiler (${((ms / passes / records.length) * 1e9 / 1e3).toFixed(0)} ms per 1M records), ${result} records counted\n`,
);
console.log('Top functions by self time (builtins called from a function count as its self time)\n');
console.log('| self | function | defined at |\n|---:|:--|:--|');
for (const f of [...functions.values()].sort((a, b) => b.self - a.self).slice(0, topFunctions)) {
  console.log(`| ${pct(f.self)} | ${f.name} | ${f.where} |`);
}
console.log('\nTop source lines by self time\n');
console.log('| self | line | in | code |\n|---:|:--|:--|:--|');
for (const l of [...lines.values()].sort((a, b) => b.self - a.self).slice(0, topLines)) {
  console.log(`| ${pct(l.self)} | ${l.where} | ${l.fn} | \`${clip(l.code, 90)}\` |`);
}
console.log(`\nRaw profile: .tmp/profile/${rawName}`);
