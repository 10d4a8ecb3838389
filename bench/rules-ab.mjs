/**
 * A/B of two builds of the rule engine, in one process: each build's `recommend` (or
 * `decide`) over the rules bench's 10,000 records, on one of its rule sets, 30 passes a
 * turn, each build in turn (B first on odd rounds) after a warm-up round. Prints the
 * median of B's CPU time over A's within each round and the range: below 1, B is faster.
 * Both builds get the same records and the same rules. For measuring one change at a time;
 * not part of `npm run bench`.
 *
 *   node bench/rules-ab.mjs <A/dist> <B/dist> [user50|user50-alone|article] [recommend|decide] [rounds=20]
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { abReport, abRounds } from './rounds.mjs';
import { generateUserRules } from './rules.bench.mjs';
import { generateRows } from './synthetic.mjs';

const [a, b, setKey = 'user50', op = 'recommend', rounds = '20'] = process.argv.slice(2);
if (a === undefined || b === undefined) throw new Error('usage: node bench/rules-ab.mjs <A/dist> <B/dist> [set] [op] [rounds]');
const load = async (dir) => import(pathToFileURL(resolve(dir, 'index.js')).href);
const builds = [await load(a), await load(b)];

const seed = 20240601;
const { rows } = generateRows(10_000, { seed, set: 'canonical', metrics: true });
const records = builds[0].parsePartnerRecords(rows).records;
const userRules = generateUserRules(50, seed);
const engines = builds.map((build) => {
  if (setKey === 'article') return build.defaultEngine();
  return build.createRuleEngine({ rules: setKey === 'user50' ? [...build.defaultRules(), ...userRules] : userRules });
});
for (const [i, record] of records.entries()) {
  if (engines[0].decide(record) !== engines[1].decide(record)) throw new Error(`the builds disagree on record ${i}`);
}
const runs = engines.map((engine) => {
  const f = engine[op];
  return () => {
    let n = 0;
    for (let pass = 0; pass < 30; pass++) for (let i = 0; i < records.length; i++) n += f(records[i]) === undefined ? 0 : 1;
    return n;
  };
});
const { cpu } = abRounds(Number(rounds), (which) => runs[which]());
console.log(`${abReport(cpu)} (CPU, ${op} on ${setKey}, 30 passes over 10,000 records a turn)`);
