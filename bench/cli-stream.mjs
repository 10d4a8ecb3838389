// The CLI's streaming check: generates a 1,000,000-row CRM export as CSV (BOM, CRLF,
// quoted cells with commas and line breaks, blank lines, 1% bad rows) and as NDJSON,
// then runs `validate` and `recommend` on each under /usr/bin/time -v, and prints the
// peak RSS and the throughput. Run after `npm run build`:
//   node bench/cli-stream.mjs [rows]
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const rows = Number(process.argv[2] ?? 1_000_000);
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'pt-cli-stream-'));

// A small seeded generator, so every run measures the same file.
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = (list) => list[Math.floor(random() * list.length)];
const types = ['ISV', 'IHV', 'SI', 'Systemintegratör', 'OEM', 'MSP', 'VAD', 'Solution reseller', 'cloud reseller', 'SA', '3PL', 'EPC', 'academia', 'Industry Analyst', 'platform partner'];
const units = ['Channel Sales', 'Product', 'Alliances', 'Services', 'Marketing', 'Executive', ''];
const options = ['Formal program', 'One-to-one', 'formal support', 'SLA', 'Marketing & PR', ''];
const regions = ['EMEA', 'AMER', 'APAC'];

function row(i) {
  const bad = i % 100 === 99; // 1% invalid: an unknown type
  const notes = i % 10 === 0 ? 'Offentlig sektor, Norrland\r\nsee "contract"' : i % 7 === 0 ? 'Builds add-ons' : '';
  const stage = i % 13 === 0 ? 'Pre-offer' : '';
  const type = bad ? 'resellr' : stage ? 'MSP' : pick(types);
  return { id: `P-${i}`, name: `Partner ${i} AB`, type, stage, unit: pick(units), option: pick(options), region: pick(regions), tier: pick(['Gold', 'Silver', '']), notes };
}

const quote = (v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

async function write(file, header, line) {
  const out = createWriteStream(file);
  let buffer = header;
  for (let i = 1; i <= rows; i++) {
    buffer += line(row(i), i);
    if (buffer.length > 1 << 16) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}

const csv = join(dir, 'partners.csv');
const ndjson = join(dir, 'partners.ndjson');
seed = 42;
await write(csv, '\ufeffPartner ID,Partner Name,Partner Type,Stage,Managed By,Management,Region,Tier,Notes\r\n', (r, i) =>
  `${[r.id, r.name, r.type, r.stage, r.unit, r.option, r.region, r.tier, r.notes].map(quote).join(',')}\r\n${i % 1000 === 0 ? '\r\n' : ''}`,
);
seed = 42;
await write(ndjson, '', (r) =>
  `${JSON.stringify({ 'Partner ID': r.id, 'Partner Name': r.name, 'Partner Type': r.type, Stage: r.stage, Owner: r.unit, Management: r.option, Region: r.region, Tier: r.tier, Notes: r.notes })}\n`,
);

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
console.log(`${rows.toLocaleString('en')} rows; CSV ${mb(statSync(csv).size)}, NDJSON ${mb(statSync(ndjson).size)}; node ${process.version}\n`);
console.log('| command | input | exit | wall | rows/s | peak RSS |');
console.log('| --- | --- | ---: | ---: | ---: | ---: |');
for (const [command, input, extra] of [
  ['validate', csv, []],
  ['validate', ndjson, []],
  ['recommend', csv, ['--out', join(dir, 'out.csv')]],
  ['recommend', ndjson, ['--out', join(dir, 'out.ndjson')]],
]) {
  const started = process.hrtime.bigint();
  const run = spawnSync('/usr/bin/time', ['-v', process.execPath, cli, command, input, ...extra], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1] ?? NaN);
  const kind = input.endsWith('.csv') ? 'CSV' : 'NDJSON';
  console.log(`| ${command} | ${kind} | ${run.status} | ${seconds.toFixed(1)} s | ${Math.round(rows / seconds).toLocaleString('en')} | ${mb(peakKb * 1024)} |`);
}
rmSync(dir, { recursive: true, force: true });
