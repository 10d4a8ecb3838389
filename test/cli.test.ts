/**
 * The `partner-taxonomy` command, tested as a user meets it: a child process with
 * arguments, files and standard input, judged by its exit code, standard output and
 * standard error. It runs dist/cli.js, which `npm test` builds before the tests. The
 * 1,000,000-row streaming run lives in the benchmark, not here.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuild, root } from './support/built-package.js';
import { runProcess, type ProcessResult } from './support/run-process.js';

const cli = join(root, 'dist', 'cli.js');
let dir = '';

type Run = ProcessResult;

function run(args: readonly string[], input?: string | Buffer): Promise<Run> {
  return runProcess(process.execPath, [cli, ...args], { cwd: dir, env: { NO_COLOR: '1' }, ...(input === undefined ? {} : { input }) });
}

const file = (name: string, content: string | Buffer): string => {
  writeFileSync(join(dir, name), content);
  return name;
};

// A user mistake must read as a message, never as a stack trace.
const noStack = (r: Run): void => expect(r.stderr).not.toMatch(/\n\s+at \S+ \(|Error: /);

// A CRM export as it comes: byte-order mark, CRLF, headers in odd case and by common
// names, a quoted cell with a comma and a line break, blank lines and a row of empty cells.
const crmExport = [
  '\ufeffPARTNER ID,Partner Name,partner type,Stage,Owner,Notes',
  'P-1,Acme AB,SI,,Channel Sales,"Offentlig sektor, Norrland"',
  'P-2,Bolt Ltd,resellr,,Product,"line one',
  'line two, with a comma"',
  '',
  'P-3,Cloudy,MSP,Pre-offer,Services,',
  ',,,,,',
  'P-4,,OEM,,Alliances,',
  '',
  'P-1,Dupe Inc,OEM,,Alliances,',
  '',
].join('\r\n');

beforeAll(() => {
  requireBuild();
  dir = mkdtempSync(join(tmpdir(), 'partner-taxonomy-cli-'));
  // Inputs that several tests read; the tests run concurrently, so they exist first.
  file('crm.csv', crmExport);
  file('good.csv', 'id,name,category\n1,Acme,SI\n2,Bolt,VAD\n');
  file('msp.ndjson', '{"id":"1","name":"A","category":"msp-cmsp"}\n{"id":"2","name":"B","category":"OEM","tier":"Gold"}\n');
});

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

describe.concurrent('validate', { timeout: 30_000 }, () => {
  it('reports each bad row of a real-world CSV with its line, field and column', async () => {
    const r = await run(['validate', 'crm.csv']);
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split('\n')).toEqual([
      `line 3, category (column "partner type"): category 'resellr' is not a partner category; did you mean 'solution-reseller'?`,
      'line 8, name (column "Partner Name"): name is missing',
      'line 10, id (column "PARTNER ID"): id \'P-1\' is already used on line 2',
    ]);
    expect(r.stderr).toContain(
      'crm.csv: 5 rows: 2 records, 0 partners without a category, 0 rows skipped (not partners), 3 invalid rows.',
    );
    noStack(r);
  });

  it('exits 0 and prints no problems when every row is valid', async () => {
    const r = await run(['validate', 'good.csv']);
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(r.stderr).toContain('good.csv: 2 rows: 2 records, 0 partners without a category');
  });

  it('lists partners without a category with their candidates, and exits 1', async () => {
    const r = await run(['validate', file('var.csv', 'id,name,category\n1,Acme,VAR\n2,Bolt,\n')]);
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split('\n')).toEqual([
      "no category: line 2, category: 'VAR' can be read as 'value-added-distributor' or 'solution-reseller'; give the category",
      'no category: line 3, category: no category given',
    ]);
    expect(r.stderr).toContain('var.csv: 2 rows: 0 records, 2 partners without a category');
  });

  it('reads a JSON array and names rows by index', async () => {
    const rows = [{ id: '1', name: 'A', category: 'SI' }, { id: '2', name: 'B', category: 'nope' }];
    const r = await run(['validate', file('rows.json', JSON.stringify(rows))]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^index 1, category: category 'nope' is not a partner category/);
  });

  it('says when a JSON input is not an array', async () => {
    const r = await run(['validate', file('object.json', '{"partners": []}')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('expected a list of records');
  });

  it('reads NDJSON line by line: blank lines skipped, a bad line reported, the rest read', async () => {
    const ndjson = ['{"id":"1","name":"A","category":"SI"}', '', '{oops', '{"id":"2","name":"B","category":"OEM","stage":"pre-offer"}', ''].join('\n');
    const r = await run(['validate', file('rows.ndjson', ndjson)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^line 3: the line is not a JSON object \(/m);
    expect(r.stdout).toContain('line 4, stage: stage applies only to msp-cmsp, not to oem');
    expect(r.stderr).toContain('3 rows: 1 record, 0 partners without a category, 0 rows skipped (not partners), 2 invalid rows');
  });

  it('prints one JSON document with --json: every entry, and the counts', async () => {
    const r = await run(['validate', file('crm-json.csv', crmExport), '--json']);
    expect(r.code).toBe(1);
    type Entry = { type: string; line: number; code: string; path: string[]; column?: string; message: string };
    const result = JSON.parse(r.stdout) as { file: string; entries: Entry[]; counts: object; warnings: number };
    expect(result.entries.map((e) => [e.type, e.line, e.code, e.path[0]])).toEqual([
      ['error', 3, 'unknown_category', 'category'],
      ['error', 8, 'missing_field', 'name'],
      ['error', 10, 'duplicate_id', 'id'],
    ]);
    expect(result.entries[0]).toMatchObject({ column: 'partner type', suggestion: 'solution-reseller' });
    expect(result.entries[2]).toMatchObject({ column: 'PARTNER ID', value: 'P-1', firstLine: 2 });
    expect(result).toMatchObject({ file: 'crm-json.csv', counts: { rows: 5, records: 2, unclassified: 0, skipped: 0, invalid: 3 }, warnings: 0 });
    expect(JSON.parse((await run(['validate', file('ok.csv', 'id,name,category\n1,A,SI\n'), '--json'])).stdout)).toEqual({
      file: 'ok.csv',
      entries: [],
      counts: { rows: 1, records: 1, unclassified: 0, skipped: 0, invalid: 0 },
      warnings: 0,
    });
  });

  it('carries warnings, unclassified partners and skipped rows in the JSON too', async () => {
    const csv = 'Record ID,Company name,Type,Partner Type\n1,A,Prospect,\n2,B,Partner,\n3,C,Partner,OEM\n';
    const r = await run(['validate', file('hubspot-json.csv', csv), '--json', '--vocabulary', 'hubspot', '--map', 'Type=category']);
    const result = JSON.parse(r.stdout) as { entries: { type: string; line?: number; code: string }[]; counts: object };
    expect(result.entries.map((e) => [e.type, e.line, e.code])).toEqual([
      ['warning', undefined, 'column_choice'],
      ['skipped', 2, 'not_a_partner'],
      ['unclassified', 3, 'unclassified_value'],
      ['unclassified', 4, 'unclassified_value'],
    ]);
    expect(result.counts).toEqual({ rows: 3, records: 0, unclassified: 2, skipped: 1, invalid: 0 });
  });

  it('reads standard input, telling the format from the first character or --format', async () => {
    const json = await run(['validate', '-'], '[{"id":"1","name":"A","category":"SI"}]');
    expect(json.code).toBe(0);
    expect(json.stderr).toContain('standard input: 1 row: 1 record, 0 partners without a category');
    const ndjson = await run(['validate', '-'], '{"id":"1","name":"A","category":"xyz"}\n');
    expect(ndjson.stdout).toMatch(/^line 1, category:/);
    const csv = await run(['validate', '-', '--format', 'csv'], 'id,name,category\n1,A,SI\n');
    expect(csv.code).toBe(0);
  });

  it('reads semicolon-separated CSV, as a Swedish Excel saves it, and Windows-1252 text', async () => {
    const latin1 = Buffer.from('Partner ID;Partner Name;Partnertyp\r\n1;Datavägen AB;Systemintegratör\r\n', 'latin1');
    const r = await run(['recommend', file('excel.csv', latin1), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ name: 'Datavägen AB', category: 'system-integrator' });
    expect(r.stderr).toContain('is not UTF-8; it is read as Windows-1252');
  });

  it('reads Windows-1252 the same in CSV, NDJSON and JSON (€ is 0x80 there, not a control character)', async () => {
    const rows = { csv: 'id,name,category\r\n1,Euro€ AB,SI\r\n', ndjson: '{"id":"1","name":"Euro€ AB","category":"SI"}\n', json: '[{"id":"1","name":"Euro€ AB","category":"SI"}]' };
    for (const [format, text] of Object.entries(rows)) {
      const r = await run(['recommend', file(`w.${format}`, Buffer.from(text.replace('€', '\u0080'), 'latin1')), '--format', 'ndjson']);
      expect(JSON.parse(r.stdout), format).toMatchObject({ name: 'Euro€ AB' });
    }
  });

  it('reads a file longer than its read pieces exactly: lines across quoted breaks, characters across pieces', async () => {
    // About 80 kB, read in pieces of 16 kB: every row has a three-byte "€" and a two-byte
    // "Å", so some are cut between pieces; every 50th row has a note on two lines, and
    // every 97th a category no one can read.
    const rows = ['id,name,category,notes'];
    const bad: number[] = [];
    let line = 2; // where the next row starts
    for (let i = 1; i <= 2000; i++) {
      const category = i % 97 === 0 ? 'resellr' : 'SI';
      if (category === 'resellr') bad.push(line);
      const notes = i % 50 === 0 ? '"Offentlig sektor,\r\nNorrland"' : '';
      rows.push(`P-${i},Åkesson € ${i} AB,${category},${notes}`);
      line += notes === '' ? 1 : 2;
    }
    file('long.csv', `${rows.join('\r\n')}\r\n`);
    const r = await run(['validate', 'long.csv']);
    expect(r.stdout.trimEnd().split('\n').map((l) => Number(/^line (\d+),/.exec(l)?.[1]))).toEqual(bad);
    const out = await run(['recommend', 'long.csv', '--format', 'ndjson']);
    const names = out.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { name: string }).name);
    expect(names).toEqual(Array.from({ length: 2000 }, (_, i) => `Åkesson € ${i + 1} AB`));
  });

  it('maps other headers with --map and hints when a needed column is missing', async () => {
    const csv = 'Ref,Company,Type,Segment\n1,Acme,SI,Gold\n';
    const unmapped = await run(['validate', file('mapped.csv', csv)]);
    expect(unmapped.code).toBe(1);
    expect(unmapped.stderr).toContain('No column holds id; the headers are "Ref", "Company", "Type", "Segment".');
    const mapped = await run(['recommend', 'mapped.csv', '--map', 'Ref=id,Type=category', '--map', 'Segment=tier', '--format', 'ndjson']);
    expect(mapped.code).toBe(0);
    expect(JSON.parse(mapped.stdout)).toMatchObject({ id: '1', name: 'Acme', category: 'system-integrator', tier: 'Gold' });
  });

  it('speaks Swedish with --locale sv', async () => {
    const r = await run(['validate', 'crm.csv', '--locale', 'sv']);
    expect(r.code).toBe(1);
    // The field by its Swedish label, not its id.
    expect(r.stdout).toContain(`rad 3, kategori (kolumn "partner type"): kategorin 'resellr' är ingen partnerkategori`);
    expect(r.stderr).toContain('crm.csv: 5 rader: 2 poster, 0 partner utan kategori, 0 rader överhoppade (inte partner), 3 ogiltiga rader.');
  });
});

describe.concurrent('--vocabulary', { timeout: 30_000 }, () => {
  const salesforceExport = ['Id,Account Name,Type', '1,Acme,Installation Partner', '2,Bolt,Technology Partner', '3,Cyan,Prospect', '4,Dune,Resellr', ''].join('\n');

  it('reads a raw Salesforce export through the crosswalk: partners kept, others skipped, what does not map per row', async () => {
    const r = await run(['validate', file('sf.csv', salesforceExport), '--vocabulary', 'salesforce']);
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split('\n')).toEqual([
      `no category: line 3, category (column "Type"): 'Technology Partner' (salesforce) is a partner but names no category: Usually an ISV or IHV, but also covers platform and interoperability partners.`,
      `line 5, category (column "Type"): category 'Resellr' is neither a salesforce value nor a partner category; did you mean 'solution-reseller'?`,
    ]);
    expect(r.stderr).toContain(`Skipped 1 row with 'Prospect', not a partner in salesforce: A possible customer, not a partner.`);
    expect(r.stderr).toContain('sf.csv: 4 rows: 1 record, 1 partner without a category, 1 row skipped (not partners), 1 invalid row.');
    noStack(r);
  });

  it('says which --vocabulary to pass when the category column speaks a CRM picklist', async () => {
    const r = await run(['validate', 'sf.csv']);
    expect(r.code).toBe(1);
    // 'Installation Partner' and 'Prospect'; 'Technology Partner' is a generic label, 'Resellr' a typo.
    expect(r.stderr).toContain('2 rows have a CRM picklist value as category: pass --vocabulary salesforce');
  });

  it('takes a user vocabulary file, and lists every problem of a bad one', async () => {
    const good = file('vocabulary.json', JSON.stringify({ id: 'crm', values: ['Fitter'], mappings: [{ value: 'Fitter', relation: 'narrower', target: { kind: 'category', id: 'consulting-deployment' } }] }));
    const ok = await run(['validate', file('vocabulary-rows.csv', 'id,name,category\n1,A,fitter\n'), '--vocabulary', good]);
    expect(ok.code).toBe(0);
    const bad = file('bad-vocabulary.json', JSON.stringify({ id: 'x', values: ['A'], mappings: [] }));
    const r = await run(['validate', 'vocabulary-rows.csv', '--vocabulary', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("values[0]: 'A' has no mapping");
    const unknown = await run(['validate', 'vocabulary-rows.csv', '--vocabulary', 'pipedrive']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--vocabulary pipedrive: no such vocabulary or file. Use salesforce, hubspot, dynamics, motions or roles');
  });
});

describe.concurrent('bad files', { timeout: 30_000 }, () => {
  it('refuses a binary file', async () => {
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64)]);
    const r = await run(['validate', file('book.csv', zip)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('book.csv is not text');
    noStack(r);
  });

  it('refuses truncated JSON, saying where it stopped', async () => {
    const r = await run(['validate', file('cut.json', '[{"id":"1","name":"A","category":"SI"},{"id":')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^cut\.json is not valid JSON \(.+\)\. Is the file complete\?/);
    noStack(r);
  });

  it('refuses an empty file', async () => {
    for (const content of ['', '\ufeff\r\n  \n']) {
      const r = await run(['validate', file('empty.csv', content)]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('empty.csv is empty.');
    }
  });

  it('accepts a header with no rows, and says so', async () => {
    const r = await run(['validate', file('header.csv', '\ufeffPartner ID,Partner Name,Partner Type\r\n')]);
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(r.stderr).toContain('header.csv: no rows to check.');
  });

  it('stops at a quote that never closes, after the rows before it', async () => {
    const r = await run(['validate', file('quote.csv', 'id,name,category\n1,A,nope\n2,"B,SI\n3,C,OEM\n')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^line 2, category/);
    expect(r.stderr).toContain('quote.csv cannot be read as CSV after line 3: a quote opened there never closes');
    noStack(r);
  });

  it('breaks rows at every line end: a CRLF file with LF lines added, and an old Mac file', async () => {
    // Line 2-3: a quoted break; 4: an LF line; 5: a report footer; 6: blank; 7: CRLF again.
    const mixed = file('mixed.csv', 'id,name,category,Notes\r\n1,Acme,SI,"two\r\nlines"\r\n2,Bolt,VAD,x\n"Grand Totals (2 records)"\n\n3,Cloudy,MSP,\r\n');
    const r = await run(['validate', mixed]);
    expect(r.stdout.trimEnd().split('\n')).toEqual(['line 5, name: name is missing']);
    expect(r.stderr).toContain('mixed.csv: 4 rows: 3 records, 0 partners without a category, 0 rows skipped (not partners), 1 invalid row.');
    const out = await run(['recommend', mixed, '--format', 'ndjson']);
    const rows = out.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    // The cells keep their text: a quoted break as it was, no line end left on a last cell.
    expect(rows.map((row) => row['Notes'])).toEqual(['two\r\nlines', 'x', undefined, '']);
    const mac = await run(['validate', file('mac.csv', 'id,name,category\r1,Acme,SI\r2,Bolt,nope\r')]);
    expect(mac.stdout).toMatch(/^line 3, category/);
    expect(mac.stderr).toContain('2 rows: 1 record');
  });

  it('reports a row whose quoted cell goes on after its closing quote, and reads on', async () => {
    const r = await run(['validate', file('bad-quote.csv', 'id,name,category\r\n1,"Acme"x",OEM\r\n2,Bolt,OEM\r\n')]);
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd()).toBe(
      'line 2: a quoted cell goes on after its closing quote, so the cells of this row cannot be told apart, and it may have taken in the lines after it; quote the whole cell and double each quote in it ("").',
    );
    expect(r.stderr).toContain('bad-quote.csv: 2 rows: 1 record, 0 partners without a category, 0 rows skipped (not partners), 1 invalid row.');
    noStack(r);
  });
});

describe.concurrent('usage errors', { timeout: 30_000 }, () => {
  it('suggests the command meant', async () => {
    const r = await run(['valdate', 'x.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("'valdate' is not a command. Did you mean validate?");
  });

  it('names a missing file', async () => {
    const r = await run(['validate', 'missing.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing.csv does not exist.');
    noStack(r);
  });

  it('asks for a file when none is given', async () => {
    const r = await run(['recommend']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('recommend needs a file: partner-taxonomy recommend partners.csv');
  });

  it('rejects an unknown format and an extension it cannot read', async () => {
    const format = await run(['validate', 'good.csv', '--format', 'xml']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain("'xml' is not a format --format knows; use csv, json or ndjson.");
    const extension = await run(['validate', file('book.xlsx', 'x')]);
    expect(extension.code).toBe(2);
    expect(extension.stderr).toContain('Cannot tell the format of book.xlsx from its name. Pass --format csv|json|ndjson');
  });

  it('suggests the option meant, and asks for a missing value', async () => {
    const unknown = await run(['validate', 'good.csv', '--fromat', 'csv']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('validate has no option --fromat. Did you mean --format?');
    const value = await run(['recommend', 'good.csv', '--out']);
    expect(value.code).toBe(2);
    expect(value.stderr).toContain('--out needs a value');
  });

  it('rejects a --map field that is not a record field, and an unknown locale', async () => {
    const map = await run(['validate', 'good.csv', '--map', 'Segment=tiers']);
    expect(map.stderr).toContain("--map Segment=tiers: 'tiers' is not a record field. Did you mean tier?");
    const locale = await run(['validate', 'good.csv', '--locale', 'de']);
    expect(locale.stderr).toContain("'de' is not a language partner-taxonomy speaks; use --locale en or sv.");
    expect([map.code, locale.code]).toEqual([2, 2]);
  });

  it('prints help with an example for every command', async () => {
    for (const command of ['validate', 'recommend', 'inventory', 'map', 'lookup', 'docs']) {
      const r = await run([command, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`partner-taxonomy ${command}`);
      expect(r.stdout).toMatch(new RegExp(`Examples:\\n  # .+\\n  partner-taxonomy ${command} `));
    }
    const main = await run(['--help']);
    expect(main.stdout).toContain('Commands:');
    const bare = await run([]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('partner-taxonomy <command> [options]');
  });
});

describe.concurrent('recommend', { timeout: 30_000 }, () => {
  it('writes every input row in order with its outcome: a recommendation for records, the problem for the rest', async () => {
    const r = await run(['recommend', 'crm.csv']);
    expect(r.code).toBe(1);
    // Rows start with their id: one cell holds a line break of its own.
    const [header, ...rows] = r.stdout.trimEnd().split(/\r\n(?=P-\d)/);
    expect(header).toBe(
      'id,name,category,function,kind,stage,mode,businessModel,managedBy,management,region,tier,vertical,country,Notes,outcome,recommended,reason,needs,problem',
    );
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatch(/^P-1,Acme AB,system-integrator,solution,.*"Offentlig sektor, Norrland",record,formal-program,/);
    // A bad row keeps its cells as they came, under the fields their headers name.
    expect(rows[1]).toMatch(/^P-2,Bolt Ltd,resellr,,,,,,Product,.*"line one\r?\nline two, with a comma",invalid,,,,category 'resellr' is not a partner category; did you mean 'solution-reseller'\?$/);
    expect(rows[2]).toMatch(/^P-3,Cloudy,msp-cmsp,solution,,pre-offer,.*,record,one-to-one,/);
    expect(rows[3]).toMatch(/^P-4,,OEM,.*,invalid,,,,name is missing$/);
    expect(rows[4]).toMatch(/^P-1,Dupe Inc,OEM,.*,invalid,,,,id 'P-1' is already used on line 2$/);
    expect(r.stderr).toContain('line 3, category (column "partner type")');
    expect(r.stderr).toContain('crm.csv: 5 rows: 2 records, 0 partners without a category, 0 rows skipped (not partners), 3 invalid rows.');
  });

  it('writes CSV in the input’s delimiter, unless --delimiter says otherwise', async () => {
    const swedish = file('semikolon.csv', '\ufeffPartner-ID;Namn;Partnertyp;Omsättning\r\n1;Acme AB;Konsult;1,5\r\n');
    const r = await run(['recommend', swedish]);
    expect(r.code).toBe(0);
    const [header, row] = r.stdout.split('\r\n');
    expect(header).toBe('id;name;category;function;kind;stage;mode;businessModel;managedBy;management;region;tier;vertical;country;Omsättning;outcome;recommended;reason;needs;problem');
    expect(row).toMatch(/^1;Acme AB;consulting-deployment;service;;;;;;;;;;;1,5;record;formal-program;/);
    const json = await run(['recommend', 'msp.ndjson', '--format', 'csv', '--delimiter', ';']);
    expect(json.stdout.split('\r\n')[0]).toMatch(/^id;name;category;/);
  });

  it('neutralises formulas in CSV output, and only there', async () => {
    const csv = 'id,name,category,Phone,Comment\n=1+1,"=HYPERLINK(""http://x"",""y"")",SI,+46 8 123,@SUM(A1)\n2,-minus,OEM,,"tab\tinside"\n';
    const out = await run(['recommend', file('formula.csv', csv)]);
    expect(out.code).toBe(0);
    const lines = out.stdout.split('\r\n');
    expect(lines[1]).toMatch(/^'=1\+1,"'=HYPERLINK\(""http:\/\/x"",""y""\)",system-integrator,.*,'\+46 8 123,'@SUM\(A1\),/);
    expect(lines[2]).toMatch(/^2,'-minus,oem,/);
    const json = await run(['recommend', 'formula.csv', '--format', 'json']);
    expect(JSON.parse(json.stdout)[0]).toMatchObject({ id: '=1+1', Phone: '+46 8 123' });
  });

  it('writes JSON and NDJSON, with what an undecided record needs', async () => {
    const input = 'msp.ndjson';
    const ndjson = await run(['recommend', input]);
    expect(ndjson.code).toBe(0);
    const [first, second] = ndjson.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(first).toMatchObject({ id: '1', outcome: 'record', recommended: null, needs: ['stage'] });
    expect(second).toMatchObject({ id: '2', category: 'oem', outcome: 'record', recommended: 'one-to-one', tier: 'Gold' });
    const json = await run(['recommend', input, '--format', 'json']);
    expect(JSON.parse(json.stdout)).toHaveLength(2);
    const csv = await run(['recommend', input, '--format', 'csv']);
    expect(csv.stdout.split('\r\n')[1]).toMatch(/,stage,$/);
  });

  it('writes a file with --out that validate reads back, and will not overwrite its input', async () => {
    const r = await run(['recommend', 'crm.csv', '--out', 'out.csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Wrote 5 rows to out.csv, one for each input row, with its outcome.');
    expect(readFileSync(join(dir, 'out.csv'))[0]).toBe(0xef); // a BOM, for Excel
    const again = await run(['validate', 'out.csv']);
    expect(again.stderr).toContain('out.csv: 5 rows: 2 records, 0 partners without a category, 0 rows skipped (not partners), 3 invalid rows.');
    const same = await run(['recommend', 'good.csv', '--out', './good.csv']);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('--out would overwrite the input');
  });

  it('uses the rules of --rules, and lists every problem of a bad rule file', async () => {
    const rules = {
      rules: [{ id: 'gold-oem', description: 'Gold OEMs get the program', when: { all: [{ field: 'category', equals: 'oem' }, { field: 'tier', equals: 'Gold' }] }, recommend: 'formal-program' }],
    };
    const r = await run(['recommend', 'msp.ndjson', '--rules', file('rules.json', JSON.stringify(rules))]);
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).recommended)).toEqual([null, 'formal-program']);
    const bad = { rules: [{ id: 'x', description: 'd', when: { field: 'category', in: ['resellr'] }, recommend: 'slaa' }] };
    const problems = await run(['recommend', 'msp.ndjson', '--rules', file('bad-rules.json', JSON.stringify(bad))]);
    expect(problems.code).toBe(2);
    expect(problems.stderr).toContain('bad-rules.json has problems; fix them and run again:');
    expect(problems.stderr).toContain("  rules[0].when.in: 'resellr' is not a partner category");
  });
});

describe.concurrent('inventory', { timeout: 30_000 }, () => {
  it('prints the report as Markdown, leaving invalid rows out and exiting 1 for them', async () => {
    const r = await run(['inventory', 'crm.csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^# Partner inventory\n/);
    expect(r.stderr).toContain('line 3, category');
    const good = await run(['inventory', 'good.csv']);
    expect(good.code).toBe(0);
  });

  it('writes HTML and Markdown files, with required categories and named segments', async () => {
    const rules = { rules: [], segments: [{ id: 'service-side', when: { field: 'function', equals: 'service' } }] };
    const r = await run([
      'inventory', 'crm.csv', '--html', 'report.html', '--md', 'report.md',
      '--required', 'SI,cloud reseller', '--rules', file('segments.json', JSON.stringify(rules)), '--locale', 'sv',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('<h2 id="h-segments">Namngivna segment</h2>');
    const md = readFileSync(join(dir, 'report.md'), 'utf8');
    expect(md).toContain('cloud-reseller');
    expect(md).toMatch(/\| service-side \| 0 \| 0\s% \|/);
    expect(r.stderr).toContain('Skrev rapporten över 2 poster till report.html.');
  });

  it('rejects a required category it does not know', async () => {
    const r = await run(['inventory', 'crm.csv', '--required', 'logistix']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--required: 'logistix' is not a partner category. Did you mean logistics-3pl?");
  });
});

describe.concurrent('lookup and docs', { timeout: 30_000 }, () => {
  it('looks up a label, with the category facts and other readings', async () => {
    const r = await run(['lookup', 'VAR']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("'VAR' → value-added-distributor (matched by acronym");
    expect(r.stdout).toMatch(/Also used for: +solution-reseller \(Solution reseller\)/);
    const sv = await run(['lookup', 'system', 'integratör', '--locale', 'sv']);
    expect(sv.stdout).toMatch(/Namn: +Systemintegratör/);
    // In Swedish: labels and sources in words, facts of ours marked, our gloss apart.
    const vad = await run(['lookup', 'VAR', '--locale', 'sv']);
    expect(vad.stdout).toContain("'VAR' → Mervärdesdistributör (matchad som förkortning; källa: källartikeln)");
    expect(vad.stdout).toMatch(/Säljer vidare: +ja \(vår tolkning\)/);
    expect(vad.stdout).toMatch(/Övertar äganderätten: +–/);
    expect(vad.stdout).toMatch(/Vår tolkning: +Förkortningen VAD är vår/);
    expect(vad.stdout).toMatch(/Används också för: +Lösningsåterförsäljare\n/);
    const json = JSON.parse((await run(['lookup', 'ISV', '--json'])).stdout);
    expect(json).toMatchObject({ match: { type: { category: 'isv-ihv', kind: 'isv' } }, category: { id: 'isv-ihv' } });
  });

  it('says which categories a broad word may mean, in the user’s language, and exits 1', async () => {
    const sv = await run(['lookup', 'Återförsäljare', '--locale', 'sv']);
    expect(sv.code).toBe(1);
    expect(sv.stderr).toContain("'Återförsäljare' anger ingen enskild kategori; det kan vara lösningsåterförsäljare, mervärdesdistributör eller molnåterförsäljare");
    const json = JSON.parse((await run(['lookup', 'Teknikpartner', '--json'])).stdout);
    expect(json).toMatchObject({ match: null, candidates: ['isv-ihv', 'platform', 'interoperability'], function: 'solution' });
  });

  it('exits 1 with a suggestion when nothing matches', async () => {
    const r = await run(['lookup', 'resellr']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("No partner category matches 'resellr'. Did you mean solution-reseller (Solution reseller)?");
  });

  it('generates the taxonomy in every format', async () => {
    const md = await run(['docs', '--locale', 'sv']);
    expect(md.stdout).toMatch(/^# Taxonomi för kanalpartner/);
    expect((await run(['docs', '--format', 'mermaid'])).stdout).toMatch(/^---\ntitle: "Channel-partner taxonomy"\n---\nflowchart TB\n/);
    expect(JSON.parse((await run(['docs', '--format', 'json-schema'])).stdout)).toHaveProperty('$schema');
    expect(JSON.parse((await run(['docs', '--format', 'json-schema', '--locale', 'sv'])).stdout)).toMatchObject({ title: 'Partnerpost' });
    expect((await run(['docs', '--format', 'csv', '--locale', 'sv'])).stdout).toMatch(/^typ,id,överordnad,/);
    expect(JSON.parse((await run(['docs', '--format', 'skos'])).stdout)).toHaveProperty('@context');
    expect((await run(['docs', '--format', 'csv'])).stdout).toMatch(/^kind,id,/);
    const out = await run(['docs', '--format', 'md', '--out', 'taxonomy.md']);
    expect(out.code).toBe(0);
    expect(readFileSync(join(dir, 'taxonomy.md'), 'utf8')).toMatch(/^# /);
    const bad = await run(['docs', '--format', 'pdf']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("'pdf' is not a format --format knows; use md, mermaid, json-schema, skos or csv.");
  });
});
