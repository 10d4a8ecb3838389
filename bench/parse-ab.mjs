/**
 * A/B of two builds of parsePartnerRecords, in one process, on the parse bench's row sets:
 * for measuring one change at a time. Not part of `npm run bench`.
 *
 *   node bench/parse-ab.mjs <A/index.js> <B/index.js> [set …]
 *
 * Each round parses every set once with each build, A and B in turn (B first on odd
 * rounds), after a warm-up round. Prints, per set, the median of B's time over A's
 * within each round, and the range: below 1 means B is faster. BENCH_ROWS (200000) and
 * BENCH_AB_ROUNDS (15) set the size.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseRowSets } from './synthetic.mjs';
import { median } from './rounds.mjs';

const [a, b, ...keys] = process.argv.slice(2);
if (a === undefined || b === undefined) throw new Error('usage: node bench/parse-ab.mjs <A/index.js> <B/index.js> [set …]');
const load = async (file) => (await import(pathToFileURL(resolve(file)).href)).parsePartnerRecords;
const builds = [await load(a), await load(b)];
const rows = Number(process.env.BENCH_ROWS ?? 200_000);
const rounds = Number(process.env.BENCH_AB_ROUNDS ?? 15);
const sets = parseRowSets(rows, 20240601).filter((s) => keys.length === 0 || keys.includes(s.key));

const times = new Map(sets.map((s) => [s.key, [[], []]]));
let sink = 0;
for (let round = -1; round < rounds; round++) {
  for (const set of sets) {
    for (const which of round % 2 === 0 ? [0, 1] : [1, 0]) {
      const started = performance.now();
      sink += builds[which](set.rows).records.length;
      if (round >= 0) times.get(set.key)[which].push(performance.now() - started);
    }
  }
}
if (sink === 0) throw new Error('no work was done');
for (const set of sets) {
  const [ta, tb] = times.get(set.key);
  const ratios = tb.map((t, i) => t / ta[i]);
  const f = (x) => x.toFixed(2);
  console.log(
    `${set.key.padEnd(15)} B/A ${f(median(ratios))} (${f(Math.min(...ratios))}–${f(Math.max(...ratios))}); ` +
      `A ${median(ta).toFixed(0)} ms, B ${median(tb).toFixed(0)} ms a call`,
  );
}
