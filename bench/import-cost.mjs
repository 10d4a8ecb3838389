/**
 * Import cost: what importing the main entry adds to a fresh Node process, against what
 * importing zod alone adds. Each sample is a new `node` process, so nothing is cached in
 * memory between samples (the OS file cache is warm after the warm-up rounds, as it is for
 * a user's second run).
 *
 * Inside the child, `process.hrtime` brackets one `await import(x)` (or `require(x)`), so
 * Node's own start-up, the same for every variant, stays out of the figure. The parent also
 * times each process from spawn to exit, for the whole-process view.
 *
 * Variants, spawned in turn within each round (order reversed on odd rounds, as the other
 * benches do):
 * - empty: `import('data:text/javascript,')`, an empty module: the floor of an import,
 *   and the wall time of a process that loads nothing.
 * - zod/mini: what the package itself imports (dist/index.js has `import * as z from
 *   "zod/mini"`), so the zod the package costs on top of.
 * - zod: classic zod, what a zod user imports, for context.
 * - package: the measured build (dist/index.js or BENCH_DIST), zod/mini included.
 * - package after zod/mini: zod/mini imported first, untimed; then the package, timed. The
 *   package's own addition, measured directly rather than as a difference of medians.
 * - CommonJS: `require('zod/mini')` and `require` of the build's .cjs twin.
 *
 * Figures are medians over the rounds; the ratios are computed within each round and
 * then the median taken, as in the other benches.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median } from './rounds.mjs';

/** The build measured: dist/index.js, or BENCH_DIST (as in parse.bench.mjs). Not imported here. */
export const measuredBuild = process.env.BENCH_DIST
  ? pathToFileURL(resolve(process.env.BENCH_DIST)).href
  : new URL('../dist/index.js', import.meta.url).href;

// The child scripts. The specifier comes in argv; the result goes out as one JSON line:
// the import's own time, and the time since the process started (performance.now()).
const esmChild = `
const [specifier, preload] = process.argv.slice(1);
if (preload) await import(preload);
const start = process.hrtime.bigint();
await import(specifier);
const ms = Number(process.hrtime.bigint() - start) / 1e6;
process.stdout.write(JSON.stringify({ ms, sinceStart: performance.now() }));
`;
const cjsChild = `
const [specifier] = process.argv.slice(1);
const start = process.hrtime.bigint();
require(specifier);
const ms = Number(process.hrtime.bigint() - start) / 1e6;
process.stdout.write(JSON.stringify({ ms, sinceStart: performance.now() }));
`;

/**
 * The variants, for a build at `buildUrl`. Bare specifiers resolve from the build's
 * package root, so BENCH_DIST builds use the zod they would load themselves.
 */
export function importVariants(buildUrl = measuredBuild) {
  const buildFile = fileURLToPath(buildUrl);
  const cjsFile = buildFile.replace(/\.m?js$/, '.cjs');
  const variants = [
    { key: 'empty', name: 'empty module (process floor)', format: 'esm', args: ['data:text/javascript,'] },
    { key: 'zod-mini', name: "import('zod/mini')", format: 'esm', args: ['zod/mini'] },
    { key: 'zod', name: "import('zod') (classic)", format: 'esm', args: ['zod'] },
    { key: 'package', name: 'import(package), zod/mini included', format: 'esm', args: [buildUrl] },
    { key: 'package-after-zod', name: 'import(package) after zod/mini', format: 'esm', args: [buildUrl, 'zod/mini'] },
    { key: 'cjs-zod-mini', name: "require('zod/mini')", format: 'cjs', args: ['zod/mini'] },
  ];
  if (existsSync(cjsFile)) {
    variants.push({ key: 'cjs-package', name: 'require(package .cjs), zod/mini included', format: 'cjs', args: [cjsFile] });
  }
  return { variants, cwd: dirname(dirname(buildFile)), cjsFile: existsSync(cjsFile) ? cjsFile : undefined };
}

function sample(variant, cwd) {
  return new Promise((resolvePromise, reject) => {
    const flags = variant.format === 'esm' ? ['--input-type=module', '-e', esmChild] : ['-e', cjsChild];
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [...flags, '--', ...variant.args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wall = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0) {
        reject(new Error(`${variant.name} failed (exit ${code}) in ${cwd}:\n${stderr}`));
        return;
      }
      resolvePromise({ ...JSON.parse(stdout), wall });
    });
  });
}

/**
 * Spawns every variant once per round, `warmup` rounds first (discarded), then `rounds`.
 * @returns { variants, cwd, cjsFile, samples: Map<key, [{ ms, sinceStart, wall }]> }
 */
export async function runImportCostBench({ rounds = 30, warmup = 3, buildUrl = measuredBuild, log = () => {} } = {}) {
  const { variants, cwd, cjsFile } = importVariants(buildUrl);
  const samples = new Map(variants.map((v) => [v.key, []]));
  for (let round = -warmup; round < rounds; round++) {
    // Sequential, one process at a time: parallel children would share the 2 cores.
    const order = round % 2 === 0 ? variants : [...variants].reverse();
    for (const variant of order) {
      const s = await sample(variant, cwd);
      if (round >= 0) samples.get(variant.key).push(s);
    }
    if (round >= 0 && (round + 1) % 10 === 0) log(`round ${round + 1}/${rounds} done`);
  }
  return { variants, cwd, cjsFile, samples };
}

/**
 * The figures and ratios the report prints: medians of each variant, and per-round ratios.
 * `ratio` is the target's reading: import time of the package (zod/mini included) over
 * that of zod/mini alone.
 */
export function summarize({ samples }) {
  const ms = (key) => samples.get(key)?.map((s) => s.ms) ?? [];
  const perRound = (f) => ms('package').map((_, i) => f(i));
  const at = (key, i) => samples.get(key)[i];
  const pkgOverZod = perRound((i) => at('package', i).ms / at('zod-mini', i).ms);
  const ownOverZod = perRound((i) => (at('package', i).ms - at('zod-mini', i).ms) / at('zod-mini', i).ms);
  const afterOverZod = perRound((i) => at('package-after-zod', i).ms / at('zod-mini', i).ms);
  const wallOverZod = perRound(
    (i) => (at('package', i).wall - at('empty', i).wall) / (at('zod-mini', i).wall - at('empty', i).wall),
  );
  const cjs = samples.has('cjs-package')
    ? perRound((i) => at('cjs-package', i).ms / at('cjs-zod-mini', i).ms)
    : undefined;
  const range = (xs) => [Math.min(...xs), Math.max(...xs)];
  return {
    medianMs: (key) => median(ms(key)),
    medianWall: (key) => median(samples.get(key).map((s) => s.wall)),
    medianSinceStart: (key) => median(samples.get(key).map((s) => s.sinceStart)),
    range: (key) => range(ms(key)),
    ratio: median(pkgOverZod),
    ratioRange: range(pkgOverZod),
    ownRatio: median(ownOverZod),
    ownRatioRange: range(ownOverZod),
    afterRatio: median(afterOverZod),
    afterRatioRange: range(afterOverZod),
    wallRatio: median(wallOverZod),
    wallRatioRange: range(wallOverZod),
    cjsRatio: cjs && median(cjs),
    cjsRatioRange: cjs && range(cjs),
  };
}
