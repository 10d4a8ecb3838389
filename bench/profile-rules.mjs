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
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { findSourceMap } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const setKey = process.argv[2] ?? 'article';
const op = process.argv[3] ?? 'recommend';
const calls = Number(process.argv[4] ?? 200_000);
const topFunctions = 15;
const topLines = 25;
if (!['recommend', 'decide'].includes(op)) throw new Error(`op must be recommend or decide, not ${op}`);

const root = new URL('../', import.meta.url);
const srcDir = new URL(process.env.PROFILE_SRC ? `${process.env.PROFILE_SRC.replace(/\/?$/, '/')}` : 'src/', root);
const outDir = new URL('.tmp/profile/', root);
mkdirSync(outDir, { recursive: true });
const bundle = fileURLToPath(new URL('rules-index.mjs', outDir));
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
const { makeRuleSets } = await import('./rules.bench.mjs');
const map = findSourceMap(bundle);
const bundleLines = readFileSync(bundle, 'utf8').split('\n');

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
const rawName = `rules-${setKey}-${op}.cpuprofile`;
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
  if (isOurs(url) && node.positionTicks && node.hitCount > 0) {
    for (const { line, ticks } of node.positionTicks) {
      const text = bundleLines[line - 1] ?? '';
      const o = original(line - 1, text.length - text.trimStart().length);
      const lineKey = o ? `${o.file}:${o.line}` : `bundle:${line}`;
      const l = lines.get(lineKey) ?? { where: lineKey, fn: functionName, code: text.trim(), self: 0 };
      l.self += (self * ticks) / node.hitCount;
      lines.set(lineKey, l);
    }
  }
}

const pct = (us) => `${((100 * us) / total).toFixed(1)}%`;
const clip = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
console.log(
  `${op} on the ${setKey} rule set (${set.rules} rules), ${calls} calls over ${records.length} records: ` +
    `${ms.toFixed(0)} ms under the profiler (${((calls / ms) * 1000).toFixed(0)} records/s), ${result} decided\n`,
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
