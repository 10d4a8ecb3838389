/**
 * What the profile scripts (profile.mjs, profile-rules.mjs, profile-inventory.mjs) share:
 * bundling src/ with a source map as tsup bundles dist/index.js, recording a CPU profile
 * of one named run, and printing its self time per function and per source line as
 * src/ file:line.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { findSourceMap } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);
// PROFILE_SRC profiles another source tree (a candidate change kept outside src/).
export const srcDir = new URL(process.env.PROFILE_SRC ? `${process.env.PROFILE_SRC.replace(/\/?$/, '/')}` : 'src/', root);
export const outDir = new URL('.tmp/profile/', root);

/** Bundles src/index.ts (esbuild, ESM, es2022, zod external) with a linked source map. */
export async function bundleSource(name) {
  mkdirSync(outDir, { recursive: true });
  const bundle = fileURLToPath(new URL(name, outDir));
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
  return bundle;
}

/** CPU-profiles one call of `run` (give it a name: the profile keeps frames under it). */
export async function recordProfile(run, rawName) {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  const started = performance.now();
  const result = run();
  const ms = performance.now() - started;
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  writeFileSync(new URL(rawName, outDir), JSON.stringify(profile));
  return { profile, ms, result };
}

/**
 * Profiles `run` and prints the report: what each profile script ends with. `header`
 * gets the milliseconds `run` took and what it returned.
 */
export async function profileAndPrint({ run, rawName, bundle, header }) {
  const { profile, ms, result } = await recordProfile(run, rawName);
  printProfile({ profile, bundle, rawName, header: header(ms, result) });
}

/** Prints the top functions and source lines by self time, after a one-line `header`. */
export function printProfile({ profile, bundle, header, rawName, topFunctions = 15, topLines = Number(process.env.PROFILE_LINES ?? 25) }) {
  const map = findSourceMap(bundle);
  const bundleLines = readFileSync(bundle, 'utf8').split('\n');
  const srcRoot = fileURLToPath(srcDir);
  // Bundle position (0-based) → "src/…:line" (1-based) through the source map.
  const original = (line, column) => {
    const entry = map.findEntry(line, column);
    if (!entry?.originalSource) return undefined;
    const file = fileURLToPath(new URL(entry.originalSource, pathToFileURL(bundle)));
    return { file: `src/${file.slice(srcRoot.length)}`, line: entry.originalLine + 1 };
  };
  const isOurs = (url) => url === pathToFileURL(bundle).href || url === bundle;

  // Self time per node, in µs: a sample lasts until the next one (as DevTools counts it;
  // timeDeltas[i] is the gap *before* sample i, which for the first is the start-up gap).
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
  console.log(`${header}\n`);
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
}
