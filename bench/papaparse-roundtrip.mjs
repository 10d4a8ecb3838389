// A reference for `recommend --out` in bench/cli.bench.mjs, not its baseline: papaparse
// streaming the file with its header (as papaparse-baseline.mjs does) and writing every
// row back as CSV with papaparse's `unparse`, with three added columns the same for every
// row, in batches of 1,000 rows. It shows what reading and writing the same rows costs
// before any checking or rule: the target stays against papaparse reading alone.
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import Papa from 'papaparse';

const [input = '', output = ''] = process.argv.slice(2);
const out = createWriteStream(output);
let rows = 0;
let batch = [];
let header = true;
const added = { outcome: 'record', recommended: 'formal-program', reason: 'solution-reseller is typically managed by formal partner program (source article)' };
const flush = () => {
  const text = Papa.unparse(batch, { header, newline: '\r\n' });
  header = false;
  batch = [];
  return out.write(`${text}\r\n`);
};
Papa.parse(createReadStream(input, 'utf8'), {
  header: true,
  skipEmptyLines: 'greedy',
  step: (result, parser) => {
    rows++;
    batch.push({ ...result.data, ...added });
    if (batch.length === 1000 && !flush()) {
      parser.pause();
      once(out, 'drain').then(() => parser.resume());
    }
  },
  complete: () => {
    if (batch.length > 0) flush();
    out.end(() => console.log(`${rows} rows`));
  },
});
