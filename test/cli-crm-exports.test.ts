/**
 * The command line on the files partner managers have: the exports in examples/crm/, as
 * Swedish Excel, Salesforce, HubSpot and Dynamics 365 write them (their headers, quoting,
 * hidden key columns, byte-order marks and encodings). Each run is a child process, judged
 * by its exit code and what it prints; every row must end in one counted outcome.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuild, root } from './support/built-package.js';
import { runProcess, type ProcessResult } from './support/run-process.js';

const cli = join(root, 'dist', 'cli.js');
const crm = join(root, 'examples', 'crm');
let dir = '';

function run(args: readonly string[]): Promise<ProcessResult> {
  return runProcess(process.execPath, [cli, ...args], { cwd: dir, env: { NO_COLOR: '1' } });
}

const example = (name: string): string => join(crm, name);
const read = (name: string): string => readFileSync(join(dir, name), 'utf8');

beforeAll(() => {
  requireBuild();
  dir = mkdtempSync(join(tmpdir(), 'partner-taxonomy-crm-'));
});

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

describe.concurrent('CRM exports as they come', { timeout: 30_000 }, () => {
  it('reads a Swedish Excel export: semicolons, byte-order mark, Swedish headers and labels', async () => {
    const r = await run(['validate', example('swedish-excel.csv')]);
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split('\n')).toEqual([
      `no category: line 2, category (column "Partnertyp"): 'Återförsäljare' names no single category; it may be 'solution-reseller', 'value-added-distributor' or 'cloud-reseller'`,
      `no category: line 3, category (column "Partnertyp"): 'Distributör' does not say which category; most likely 'value-added-distributor'`,
      'no category: line 9, category (column "Partnertyp"): no category given',
      `no category: line 10, category (column "Partnertyp"): 'Teknikpartner' names no single category; it may be 'isv-ihv', 'platform' or 'interoperability'`,
    ]);
    expect(r.stderr).toContain('swedish-excel.csv: 10 rows: 6 records, 4 partners without a category, 0 rows skipped (not partners), 0 invalid rows.');
  });

  it('reads the same list saved by Excel on Windows (Windows-1252), and says so', async () => {
    const r = await run(['validate', example('swedish-excel-ansi.csv'), '--locale', 'sv']);
    expect(r.stderr).toContain('är inte UTF-8');
    expect(r.stderr).toContain('10 rader: 6 poster, 4 partner utan kategori, 0 rader överhoppade (inte partner), 0 ogiltiga rader.');
    expect(r.stdout).toContain("utan kategori: rad 2, kategori (kolumn \"Partnertyp\"): 'Återförsäljare' anger ingen enskild kategori");
  });

  it('writes every row back in Swedish Excel’s dialect, with its outcome and the columns it came with', async () => {
    const r = await run(['recommend', example('swedish-excel.csv'), '--out', 'svensk.csv']);
    expect(r.code).toBe(1);
    const text = read('svensk.csv');
    expect(text.startsWith('\ufeffid;name;category;')).toBe(true);
    const rows = text.trimEnd().split('\r\n').slice(1);
    expect(rows.map((row) => row.split(';')[0])).toEqual(['SE-001', 'SE-002', 'SE-003', 'SE-004', 'SE-005', 'SE-006', 'SE-007', 'SE-008', 'SE-009', 'SE-010']);
    expect(rows[2]).toMatch(/^SE-003;Lindqvist & Berg Konsult AB;consulting-deployment;service;.*;Silver;;Sverige;3,2;"Implementation; utbildning";record;formal-program;/);
    expect(rows[0]).toMatch(/^SE-001;Norrsken Data AB;Återförsäljare;sales;.*;unclassified;;;;/);
    expect(rows[4]).toContain('"Offentlig sektor; Norrland"');
  });

  it('gives a HubSpot export’s reasons in Swedish with --locale sv, never in English', async () => {
    const r = await run(['validate', example('hubspot-companies.csv'), '--vocabulary', 'hubspot', '--locale', 'sv']);
    expect(r.stdout).toContain(
      "utan kategori: rad 4, kategori (kolumn \"Type\"): 'Reseller' (hubspot) är en partner men anger ingen kategori: Vilken partner som helst som säljer vidare",
    );
    expect(r.stderr).toContain("Hoppade över 1 rad med 'Prospect', som inte är en partner enligt vokabulären hubspot. En möjlig kund, inte en partner.");
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/\b(?:the|not a|any|customer)\b/i);
  });

  it('skips a Salesforce export’s customers and prospects, and keeps its partners', async () => {
    const r = await run(['validate', example('salesforce-accounts.csv'), '--vocabulary', 'salesforce']);
    expect(r.code).toBe(1); // two partners say no more than "Channel Partner / Reseller"
    expect(r.stderr).toContain("Skipped 2 rows with 'Customer - Direct', not a partner in salesforce");
    expect(r.stderr).toContain("Skipped 1 row with 'Prospect', not a partner in salesforce");
    expect(r.stderr).toContain('salesforce-accounts.csv: 10 rows: 1 record, 4 partners without a category, 5 rows skipped (not partners), 0 invalid rows.');
    expect(r.stdout).not.toContain('Customer');
  });

  it('says which vocabulary a raw Salesforce export needs', async () => {
    const r = await run(['validate', example('salesforce-accounts.csv')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`category 'Customer - Direct' is not a partner category but a CRM picklist value: read the column with vocabulary 'salesforce'`);
    expect(r.stderr).toContain('pass --vocabulary salesforce');
  });

  it('reads a custom Partner Type before the standard Type, and Managed By before Owner, saying so', async () => {
    const r = await run(['recommend', example('salesforce-partner-report.csv'), '--format', 'ndjson']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(6);
    expect(r.stderr).toContain(
      `warning: category is read from column "Partner Type" (the most specific header); "Type" is kept as a custom field; to read it instead, pass --map "Type=category"`,
    );
    expect(r.stderr).toContain('warning: managedBy is read from column "Managed By" (the most specific header); "Owner" is kept as a custom field');
    const rows = r.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows.map((row) => row['category'])).toEqual([
      'system-integrator',
      'isv-ihv',
      'cloud-reseller',
      'value-added-distributor',
      'sales-agent',
      'system-integrator',
    ]);
    expect(rows[0]).toMatchObject({ managedBy: 'channel-sales', tier: 'Gold', Type: 'Channel Partner / Reseller', Owner: 'Jonas Berg' });
    expect(rows[4]).toMatchObject({ mode: 'introducer' });
  });

  it('reads the column the user names with --map, whatever the headers say', async () => {
    const r = await run(['validate', example('salesforce-partner-report.csv'), '--map', 'Type=category', '--vocabulary', 'salesforce', '--json']);
    const result = JSON.parse(r.stdout) as { entries: { type: string; code: string; by?: string }[]; counts: object };
    expect(result.entries[0]).toMatchObject({ type: 'warning', code: 'column_choice', by: 'mapping' });
    // As the user asked: Type's 'Other' now skips a partner, and the rest say no category.
    expect(result.counts).toEqual({ rows: 6, records: 0, unclassified: 5, skipped: 1, invalid: 0 });
  });

  it('reads a full HubSpot companies export', async () => {
    const r = await run(['inventory', example('hubspot-companies.csv'), '--vocabulary', 'hubspot']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('hubspot-companies.csv: 7 rows: 0 records, 4 partners without a category, 3 rows skipped (not partners), 0 invalid rows.');
    expect(r.stdout).toContain('| Partners without a category (not counted above) | 4 |');
    expect(r.stdout).toContain('| Rows skipped: not partners | 3 |');
    expect(r.stdout).toMatch(/\| Sales partners \| 1 \| Per Olsson \(1\) \| 18290871236 \|/);
    expect(r.stdout).toContain('4 partners have no category');
  });

  it('reads a Dynamics 365 export: the hidden key is the id, the other hidden columns kept', async () => {
    const r = await run(['recommend', example('dynamics-accounts.csv'), '--vocabulary', 'dynamics', '--format', 'json']);
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(rows).toHaveLength(7);
    expect(rows[0]).toMatchObject({
      id: '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
      name: 'Insight Deploy Partners',
      category: 'consulting-deployment',
      managedBy: 'Maria Lopez',
      country: 'United States',
      '(Do Not Modify) Row Checksum': 'kT9mQ2xZ8vYp1LrN4sWb7uCe0dHgJf6a',
      outcome: 'record',
      recommended: 'formal-program',
    });
    expect(rows.map((row) => row['outcome'])).toEqual(['record', 'skipped', 'unclassified', 'unclassified', 'skipped', 'unclassified', 'skipped']);
    expect(rows[3]).toMatchObject({ function: 'influencer', problem: expect.stringContaining("'Influencer' (dynamics) is a partner but names no category") });
  });

  it('drafts a vocabulary from a picklist, which, once edited, reads the export', async () => {
    const mapped = await run(['map', example('salesforce-accounts.csv'), '--out', 'ours.json']);
    expect(mapped.code).toBe(0);
    expect(mapped.stderr).toContain('7 distinct values in column "Type"; all mapped. Wrote ours.json');
    const vocabulary = JSON.parse(read('ours.json')) as { id: string; mappings: Record<string, unknown>[] };
    expect(vocabulary.id).toBe('salesforce-accounts');
    expect(vocabulary.mappings.map((m) => [m['value'], m['count']])).toContainEqual(['Customer - Direct', 2]);
    // The partner manager knows their "Channel Partner / Reseller" accounts are solution resellers.
    for (const m of vocabulary.mappings) {
      if (m['value'] === 'Channel Partner / Reseller') Object.assign(m, { relation: 'exact', target: { kind: 'category', id: 'solution-reseller' } });
    }
    writeFileSync(join(dir, 'edited.json'), JSON.stringify(vocabulary));
    const r = await run(['validate', example('salesforce-accounts.csv'), '--vocabulary', 'edited.json']);
    expect(r.stderr).toContain('salesforce-accounts.csv: 10 rows: 3 records, 2 partners without a category, 5 rows skipped (not partners), 0 invalid rows.');
  });

  it('marks the values it does not know for the user to decide', async () => {
    writeFileSync(join(dir, 'own.csv'), 'Partner-ID;Namn;Partnertyp\r\n1;A;Guldpartner\r\n2;B;Konsult\r\n3;C;Guldpartner\r\n');
    const r = await run(['map', 'own.csv']);
    const draft = JSON.parse(r.stdout) as { mappings: Record<string, unknown>[] };
    expect(draft.mappings).toEqual([
      expect.objectContaining({ value: 'Guldpartner', count: 2, relation: 'unclassified', decide: true }),
      expect.objectContaining({ value: 'Konsult', count: 1, relation: 'exact', target: { kind: 'category', id: 'consulting-deployment' } }),
    ]);
    expect(r.stderr).toContain('1 value is marked "decide": true for you to map');
  });

  it('stops on a --map header the file does not have, as validate does', async () => {
    for (const command of ['map', 'validate']) {
      const r = await run([command, example('hubspot-companies.csv'), '--map', 'Typ=category']);
      expect(r.code, command).toBe(2);
      expect(r.stderr, command).toContain('--map names the column "Typ", which the file does not have. Did you mean "Type"?');
    }
  });
});
