/**
 * A/B of two builds of the id index that finds repeated ids (src/schema/id-index.ts), in
 * one process: a million distinct CRM-style ids (`P-1` … `P-1000000`) added to a fresh
 * index, each build in turn (B first on odd rounds), after a warm-up round. Prints the
 * median of B's CPU time over A's within each round and the range: below 1, B is faster.
 * For measuring one change at a time; not part of `npm run bench`.
 *
 *   node bench/id-index-ab.mjs <A/dist> <B/dist>
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { abReport, abRounds } from './rounds.mjs';

const [a, b] = process.argv.slice(2);
if (a === undefined || b === undefined) throw new Error('usage: node bench/id-index-ab.mjs <A/dist> <B/dist>');
const load = async (dir) => (await import(pathToFileURL(resolve(dir, 'schema/id-index.js')).href)).createIdIndex;
const builds = [await load(a), await load(b)];
const ids = Array.from({ length: 1_000_000 }, (_, i) => `P-${i + 1}`);
const { cpu } = abRounds(15, (which) => {
  const index = builds[which]();
  for (let i = 0; i < ids.length; i++) if (index.firstRow(ids[i], i) !== undefined) throw new Error(`${ids[i]} is not repeated`);
});
console.log(`${abReport(cpu)} (CPU, 1,000,000 ids)`);
