/**
 * A/B of two builds of parsePartnerRecords, in one process, on the parse bench's row sets:
 * for measuring one change at a time. Not part of `npm run bench`.
 *
 *   node bench/parse-ab.mjs <A/index.js> <B/index.js> [set …]
 *
 * For each set in turn (only its rows in memory), each round parses the rows once with
 * each build, A and B in turn (B first on odd rounds), after a warm-up round. Prints the
 * median of B's time over A's within each round, and the range: below 1 means B is
 * faster. Both clocks: wall time, and the CPU time of the process (all its threads, the
 * collector's included), which a busy machine disturbs less. BENCH_ROWS (200000) and
 * BENCH_AB_ROUNDS (15) set the size.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { abReport, abRounds } from './rounds.mjs';
import { parseRowSets } from './synthetic.mjs';

const [a, b, ...keys] = process.argv.slice(2);
if (a === undefined || b === undefined) throw new Error('usage: node bench/parse-ab.mjs <A/index.js> <B/index.js> [set …]');
const load = async (file) => (await import(pathToFileURL(resolve(file)).href)).parsePartnerRecords;
const builds = [await load(a), await load(b)];
const count = Number(process.env.BENCH_ROWS ?? 200_000);
const rounds = Number(process.env.BENCH_AB_ROUNDS ?? 15);

let sink = 0;
for (const set of parseRowSets(count, 20240601).filter((s) => keys.length === 0 || keys.includes(s.key))) {
  const { rows } = set.make();
  const { wall, cpu } = abRounds(rounds, (which) => {
    sink += builds[which](rows).records.length;
  });
  console.log(`${set.key.padEnd(15)} wall: ${abReport(wall)}; CPU: ${abReport(cpu)}`);
}
if (sink === 0) throw new Error('no work was done');
