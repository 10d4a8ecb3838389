/**
 * A/B of two builds of the command line, end to end: one command run by each build's
 * dist/cli.js as its own process, the builds alternating (B first on odd rounds), after a
 * warm-up run of each. Prints each build's median wall and CPU seconds and peak RSS, and
 * the median of B's time over A's within each round with the range: below 1, B is faster.
 * For measuring one change at a time; not part of `npm run bench`.
 *
 *   node bench/cli-ab.mjs <A/dist> <B/dist> [--rounds 6] -- recommend .tmp/bench-cli/partners-1000000.csv --out /tmp/out.csv
 *
 * `node bench/cli.bench.mjs` makes the million-row file in .tmp/bench-cli/.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { measure } from './measure-process.mjs';
import { median } from './rounds.mjs';

// parseArgs gives what follows `--` as positionals, after the two builds.
const { values, positionals } = parseArgs({ options: { rounds: { type: 'string', default: '6' } }, allowPositionals: true });
const [a, b, ...command] = positionals;
if (a === undefined || b === undefined || command.length === 0) {
  throw new Error('usage: node bench/cli-ab.mjs <A/dist> <B/dist> [--rounds 6] -- <command and its arguments>');
}
const rounds = Number(values.rounds);
const builds = [a, b].map((dir) => join(resolve(dir), 'cli.js'));

const runs = [[], []];
for (let round = -1; round < rounds; round++) {
  for (const which of round % 2 === 0 ? [0, 1] : [1, 0]) {
    const result = measure([builds[which], ...command]);
    if (round >= 0) runs[which].push(result);
  }
}
const ratio = (key) => runs[1].map((r, i) => r[key] / runs[0][i][key]);
const summary = (key) => {
  const values = ratio(key);
  return `${median(values).toFixed(2)} (${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)})`;
};
for (const [name, which] of [['A', 0], ['B', 1]]) {
  const r = runs[which];
  console.log(`${name}: wall ${median(r.map((x) => x.seconds)).toFixed(2)} s, CPU ${median(r.map((x) => x.cpu)).toFixed(2)} s, peak ${median(r.map((x) => x.peak)).toFixed(0)} MB`);
}
console.log(`B/A wall ${summary('seconds')}, CPU ${summary('cpu')}; ${rounds} rounds: ${command.join(' ')}`);
