// The command line end to end, as a user runs it, against papaparse streaming the same
// file: a CRM-style CSV of a million rows (ten columns, labels such as "Referral partner"
// and "Marketing & PR", quoted notes with commas and line breaks, 1% bad rows) is made
// once, then each command runs as its own process, interleaved with the baseline, several
// rounds; the report gives each one's median wall time, its ratio to the baseline's, and
// its peak RSS. A second part runs the commands on 1,000,000 and 5,000,000 rows for peak
// memory only. A reference row shows papaparse reading and writing the same rows back.
// Run after `npm run build`:
//   node bench/cli.bench.mjs [--rounds 3] [--rows 1000000] [--memory-rows 1000000,5000000]
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure } from './measure-process.mjs';
import { median } from './rounds.mjs';

const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? fallback : process.argv[at + 1];
};
const rounds = Number(option('rounds', 3));
const rows = Number(option('rows', 1_000_000));
const memoryRows = String(option('memory-rows', '1000000,5000000')).split(',').filter(Boolean).map(Number);
const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
const baseline = join(root, 'bench', 'papaparse-baseline.mjs');
const roundtrip = join(root, 'bench', 'papaparse-roundtrip.mjs');
// Generated files are kept between runs (they take a while at 5M rows) in the ignored .tmp/.
const dir = join(root, '.tmp', 'bench-cli');
mkdirSync(dir, { recursive: true });

// A small seeded generator, so every run measures the same file.
function generator() {
  let seed = 42;
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}
const types = [
  'ISV', 'IHV', 'System integrator', 'Systemintegratör', 'OEM', 'MSP', 'Value-added distributor', 'Solution reseller',
  'Cloud reseller', 'Referral partner', 'Sales agent', '3PL', 'EPC', 'Academia', 'Industry analyst', 'Platform partner',
];
const units = ['Channel Sales', 'Product', 'Alliances', 'Services', 'Marketing', 'Executive', ''];
const managements = ['Formal program', 'One-to-one', 'Formal support', 'SLA', 'Marketing & PR', ''];
const regions = ['EMEA', 'AMER', 'APAC'];
const countries = ['SE', 'NO', 'DK', 'FI', 'DE', 'GB', 'US', 'NL'];
const quote = (v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

async function generate(count) {
  const file = join(dir, `partners-${count}.csv`);
  if (existsSync(file)) return file;
  const random = generator();
  const pick = (list) => list[Math.floor(random() * list.length)];
  const out = createWriteStream(file);
  let buffer = '\ufeffPartner ID,Partner Name,Partner Type,Stage,Managed By,Management,Region,Tier,Country,Notes\r\n';
  for (let i = 1; i <= count; i++) {
    const bad = i % 100 === 99; // 1%: a category no one can read
    const stage = i % 13 === 0 ? 'Pre-offer' : '';
    const type = bad ? 'resellr' : stage ? 'MSP' : pick(types);
    const notes = i % 10 === 0 ? 'Offentlig sektor, Norrland\r\nsee "contract"' : i % 7 === 0 ? 'Builds add-ons' : '';
    const cells = [`P-${i}`, `Partner ${i} AB`, type, stage, pick(units), pick(managements), pick(regions), pick(['Gold', 'Silver', '']), pick(countries), notes];
    buffer += `${cells.map(quote).join(',')}\r\n`;
    if (buffer.length > 1 << 16) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  return file;
}

const commands = (file) => ({
  'papaparse (baseline)': [baseline, file],
  validate: [cli, 'validate', file],
  'recommend --out': [cli, 'recommend', file, '--out', join(dir, 'out.csv')],
  inventory: [cli, 'inventory', file, '--md', join(dir, 'report.md')],
  // A reference for recommend --out, not a baseline: see papaparse-roundtrip.mjs.
  'papaparse read + unparse (reference)': [roundtrip, file, join(dir, 'roundtrip.csv')],
});

if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first');
if (rounds > 0) {
  const file = await generate(rows);
  console.log(`# CLI end to end: ${rows.toLocaleString('en')} rows, ${(statSync(file).size / 1e6).toFixed(0)} MB; node ${process.version}; ${rounds} rounds, interleaved\n`);
  const times = {};
  for (let round = 0; round < rounds; round++) {
    for (const [name, args] of Object.entries(commands(file))) (times[name] ??= []).push(measure(args));
  }
  // Ratios are worked out within each round (the baseline ran next to the command), then
  // the median is taken, as in the other benches; CPU time (user + system) is less
  // disturbed by a busy machine than wall time.
  const base = times['papaparse (baseline)'];
  const ratios = (runs, key) => runs.map((t, round) => t[key] / base[round][key]);
  const range = (values) => `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}`;
  console.log('| command | median wall | each round | × papaparse, wall (range) | × papaparse, CPU (range) | peak RSS |');
  console.log('| --- | ---: | --- | ---: | ---: | ---: |');
  for (const [name, runs] of Object.entries(times)) {
    const wall = ratios(runs, 'seconds');
    const cpu = ratios(runs, 'cpu');
    console.log(
      `| ${name} | ${median(runs.map((t) => t.seconds)).toFixed(2)} s | ${runs.map((t) => t.seconds.toFixed(2)).join(', ')} | ` +
        `${median(wall).toFixed(2)}× (${range(wall)}) | ${median(cpu).toFixed(2)}× (${range(cpu)}) | ${median(runs.map((t) => t.peak)).toFixed(0)} MB |`,
    );
  }
}

if (memoryRows.length > 0) {
  console.log('\n# Peak RSS by input size\n');
  console.log(`| command | ${memoryRows.map((n) => `${(n / 1e6).toLocaleString('en')}M rows`).join(' | ')} |`);
  console.log(`| --- | ${memoryRows.map(() => '---:').join(' | ')} |`);
  const files = [];
  for (const n of memoryRows) files.push(await generate(n));
  for (const name of ['validate', 'recommend --out', 'inventory']) {
    const peaks = files.map((f) => measure(commands(f)[name]).peak);
    console.log(`| ${name} | ${peaks.map((p) => `${p.toFixed(0)} MB`).join(' | ')} |`);
  }
}
