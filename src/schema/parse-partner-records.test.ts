import { describe, expect, it } from 'vitest';
import { sv } from '../locales/sv.js';
import { partnerCategories } from '../taxonomy/ids.js';
import { parsePartnerRecords } from './parse-partner-records.js';
import { partnerRecordSchema } from './partner-record.js';
import { partnerRecordFields } from './record-fields.js';

const row = (fields: Record<string, unknown>) => ({ id: 'p1', name: 'Acme', ...fields });
const one = (fields: Record<string, unknown>) => parsePartnerRecords([row(fields)]);

describe('parsePartnerRecords: good rows', () => {
  it('parses every category id into a record that the canonical schema accepts', () => {
    const { records, errors } = parsePartnerRecords(
      partnerCategories.map((category, i) => ({ id: `p${i}`, name: `Partner ${i}`, category })),
    );
    expect(errors).toEqual([]);
    expect(records.map((r) => r.category)).toEqual(partnerCategories);
    for (const record of records) expect(partnerRecordSchema.safeParse(record).success).toBe(true);
  });

  it('reads labels, acronyms and Swedish text the way a CRM export has them', () => {
    const { records, errors } = parsePartnerRecords([
      row({ id: '1', category: 'Systemintegratör' }),
      row({ id: '2', category: 'ISV' }),
      row({ id: '3', category: 'MSP', stage: 'Post offer', management: 'Formal program' }),
      row({ id: '4', category: 'sales agent', mode: 'Closer', function: 'Sales partners' }),
    ]);
    expect(errors).toEqual([]);
    expect(records).toEqual([
      { id: '1', name: 'Acme', category: 'system-integrator', function: 'solution', custom: {} },
      { id: '2', name: 'Acme', category: 'isv-ihv', function: 'solution', kind: 'isv', custom: {} },
      {
        id: '3',
        name: 'Acme',
        category: 'msp-cmsp',
        function: 'solution',
        stage: 'post-offer',
        management: 'formal-program',
        custom: {},
      },
      { id: '4', name: 'Acme', category: 'sales-agent', function: 'sales', mode: 'closer', custom: {} },
    ]);
  });

  it('maps common headers, keeps unknown columns under custom, and reads numbers as text', () => {
    const { records } = parsePartnerRecords([
      { 'Partner ID': 42, 'Partner Name': ' Nordic AB ', 'Partner Type': 'oem', Owner: 'Channel Sales', Tier: 1, Notes: 'n', '': 'x' },
    ]);
    expect(records).toEqual([
      {
        id: '42',
        name: 'Nordic AB',
        category: 'oem',
        function: 'solution',
        managedBy: 'channel-sales',
        tier: '1',
        custom: { Notes: 'n', '': 'x' },
      },
    ]);
  });

  it('lists a record’s fields in the field table’s order, then custom, whatever the column order', () => {
    const { records } = parsePartnerRecords([
      { Notes: 'n', country: 'SE', stage: 'pre-offer', category: 'msp-cmsp', tier: 'Gold', name: 'Acme', id: '1', management: 'sla' },
    ]);
    expect(Object.keys(records[0] ?? {})).toEqual(['id', 'name', 'category', 'function', 'stage', 'management', 'tier', 'country', 'custom']);
    expect(Object.keys(records[0] ?? {})).toEqual([...partnerRecordFields.filter((f) => f in (records[0] ?? {})), 'custom']);
  });

  it('sets every field of the table, in its order, on a record whose row has them all', () => {
    // A category of each subtype field, so every field of the table appears on some record.
    const rows = [
      ['isv-ihv', 'kind', 'isv'],
      ['msp-cmsp', 'stage', 'pre-offer'],
      ['sales-agent', 'mode', 'introducer'],
      ['authorized-service', 'businessModel', 'vendor-branded'],
    ].map(([category, field, value], i) => ({
      id: String(i),
      name: 'Acme',
      category,
      [field as string]: value,
      managedBy: 'product',
      management: 'sla',
      region: 'EMEA',
      tier: 'Gold',
      vertical: 'Retail',
      country: 'SE',
    }));
    const { records, errors } = parsePartnerRecords(rows);
    expect(errors).toEqual([]);
    const seen = new Set(records.flatMap((record) => Object.keys(record)));
    expect([...partnerRecordFields, 'custom'].filter((f) => !seen.has(f))).toEqual([]);
    for (const record of records) {
      expect(Object.keys(record)).toEqual([...partnerRecordFields.filter((f) => f in record), 'custom']);
      expect(Object.keys(record)).toHaveLength(12);
    }
  });

  it('keeps a unit name it does not know as written', () => {
    expect(one({ category: 'oem', managedBy: 'Partner Success' }).records[0]?.managedBy).toBe('Partner Success');
  });

  it('treats blank cells as absent, so a CSV stage column on other rows is no error', () => {
    const { records, errors } = one({ category: 'oem', stage: '  ', region: '', kind: null });
    expect(errors).toEqual([]);
    expect(records[0]).not.toHaveProperty('stage');
    expect(records[0]).not.toHaveProperty('region');
  });

  it('takes the caller’s column mapping', () => {
    const { records } = parsePartnerRecords([{ Ref: 'x1', Title: 'Acme', Segment: 'academia' }], {
      columns: { Ref: 'id', Title: 'name', Segment: 'category' },
    });
    expect(records[0]).toMatchObject({ id: 'x1', name: 'Acme', category: 'academia' });
  });

  it('keeps a second column for the same field under custom, and says which one it read', () => {
    const { records, warnings } = parsePartnerRecords([{ id: '1', name: 'A', category: 'oem', 'Partner Type': 'SI' }]);
    expect(records[0]).toMatchObject({ category: 'oem', custom: { 'Partner Type': 'SI' } });
    expect(warnings).toEqual([
      expect.objectContaining({ code: 'column_choice', index: -1, field: 'category', column: 'category', others: ['Partner Type'], by: 'name' }),
    ]);
  });

  it('accepts any iterable of rows', () => {
    function* rows() {
      yield row({ category: 'oem' });
    }
    expect(parsePartnerRecords(rows()).records).toHaveLength(1);
    expect(parsePartnerRecords(new Set([row({ category: 'epc' })])).records).toHaveLength(1);
  });

  it('counts every outcome', () => {
    const { counts } = parsePartnerRecords([row({ category: 'oem' }), row({ id: 'p2', category: 'Reseller' }), {}, null]);
    expect(counts).toEqual({ rows: 4, records: 1, unclassified: 1, skipped: 0, invalid: 2 });
  });
});

describe('parsePartnerRecords: partners without a category', () => {
  it('keeps a partner whose category is empty, with every field a record would have', () => {
    const { records, unclassified, errors } = one({ category: ' ', managedBy: 'Channel Sales', tier: 'Gold', Notes: 'n' });
    expect(records).toEqual([]);
    expect(errors).toEqual([]);
    expect(unclassified).toEqual([
      {
        index: 0,
        code: 'missing_category',
        id: 'p1',
        name: 'Acme',
        managedBy: 'channel-sales',
        tier: 'Gold',
        text: '',
        candidates: [],
        message: 'no category given',
        custom: { Notes: 'n' },
      },
    ]);
  });

  it('does so when the input has no category column at all', () => {
    expect(parsePartnerRecords([{ id: '1', name: 'A' }]).unclassified).toEqual([expect.objectContaining({ code: 'missing_category' })]);
  });

  it.each([
    ['Reseller', 'generic_category', ['solution-reseller', 'value-added-distributor', 'cloud-reseller'], 'sales'],
    ['Återförsäljare', 'generic_category', ['solution-reseller', 'value-added-distributor', 'cloud-reseller'], 'sales'],
    ['Distributor', 'generic_category', ['value-added-distributor'], 'sales'],
    ['Partner', 'generic_category', [], undefined],
    ['VAR', 'ambiguous_category', ['value-added-distributor', 'solution-reseller'], undefined],
    ['Influencer', 'function_only', [], 'influencer'],
  ])('never guesses a category from %j, but lists the candidates', (category, code, candidates, fn) => {
    const { records, unclassified } = one({ category });
    expect(records).toEqual([]);
    expect(unclassified).toEqual([expect.objectContaining({ code, text: category, candidates })]);
    expect(unclassified[0]?.function).toBe(fn);
  });

  it('lets a stated function narrow the candidates', () => {
    const { unclassified } = one({ category: 'Technology partner', function: 'Solution partners' });
    expect(unclassified[0]).toMatchObject({ function: 'solution', candidates: ['isv-ihv', 'platform', 'interoperability'] });
    expect(one({ category: 'Reseller', function: 'service' }).unclassified[0]).toMatchObject({ function: 'service', candidates: [] });
  });

  it('still rejects a row that is bad in other ways', () => {
    const { unclassified, errors } = one({ category: 'Reseller', name: '', management: '??' });
    expect(unclassified).toEqual([]);
    expect(errors.map((e) => e.code)).toEqual(['missing_field', 'unknown_management']);
  });

  it('names the column the text came from, and speaks Swedish when asked', () => {
    const { unclassified } = parsePartnerRecords([{ 'Partner-ID': 'S1', Namn: 'Acme AB', Partnertyp: 'Återförsäljare' }], { locale: sv });
    expect(unclassified[0]).toMatchObject({
      column: 'Partnertyp',
      message: "'Återförsäljare' anger ingen enskild kategori; det kan vara lösningsåterförsäljare, mervärdesdistributör eller molnåterförsäljare",
    });
  });

  it('checks ids across records and unclassified partners alike', () => {
    const { unclassified, errors, counts } = parsePartnerRecords([row({ category: 'oem' }), row({ category: 'Reseller' })]);
    expect(unclassified).toEqual([]);
    expect(errors).toEqual([expect.objectContaining({ code: 'duplicate_id', index: 1, firstIndex: 0 })]);
    expect(counts).toEqual({ rows: 2, records: 1, unclassified: 0, skipped: 0, invalid: 1 });
  });
});

describe('parsePartnerRecords: columns', () => {
  it('reads the headers of Swedish spreadsheets and of CRM exports', () => {
    const { records } = parsePartnerRecords([
      { 'Partner-ID': 'S1', Namn: 'Acme AB', Partnertyp: 'Konsult', Ansvarig: 'Kanalförsäljning', Nivå: 'Guld', Land: 'Sverige' },
      { 'Record ID': '2', 'Company name': 'Bolt', Type: 'GSI', 'Company owner': 'Eva Holm', 'Country/Region': 'Norway' },
      { '(Do Not Modify) Account': 'a-guid', 'Account Name': 'Cog', 'Relationship Type': 'Myndighet', Owner: 'Tom' },
    ]);
    expect(records).toEqual([
      expect.objectContaining({ id: 'S1', name: 'Acme AB', category: 'consulting-deployment', managedBy: 'channel-sales', tier: 'Guld', country: 'Sverige' }),
      expect.objectContaining({ id: '2', name: 'Bolt', category: 'system-integrator', managedBy: 'Eva Holm', country: 'Norway' }),
      expect.objectContaining({ id: 'a-guid', name: 'Cog', category: 'government-agency', managedBy: 'Tom' }),
    ]);
  });

  it('reads the more specific of two headers, keeps the other, and says so', () => {
    const { records, warnings } = parsePartnerRecords([
      { 'Account ID': '1', 'Account Name': 'A', Type: 'Customer - Direct', 'Partner Type': 'SI', Owner: 'Eva', 'Managed By': 'Alliances' },
    ]);
    expect(records[0]).toMatchObject({ category: 'system-integrator', managedBy: 'alliances', custom: { Type: 'Customer - Direct', Owner: 'Eva' } });
    expect(warnings.map((w) => w.message)).toEqual([
      'category is read from column "Partner Type" (the most specific header); "Type" is kept as a custom field',
      'managedBy is read from column "Managed By" (the most specific header); "Owner" is kept as a custom field',
    ]);
  });

  it('reads each row by its own headers, whatever the shapes of the rows before it', () => {
    // "Type" fills the category only in rows without "Partner Type".
    const shapes = [
      { id: 'a', name: 'A', Type: 'oem' },
      { id: 'b', name: 'B', Type: 'oem', 'Partner Type': 'SI' },
      { id: 'c', name: 'C', 'Partner Type': 'SI', Type: 'oem' },
      { id: 'd', name: 'D' },
    ];
    // Many shapes, each a key of its own: more than the reader keeps plans for.
    const own = Array.from({ length: 1500 }, (_, i) => ({ id: `x${i}`, name: 'X', Type: 'epc', [`k${i}`]: i }));
    const rows = [...shapes, ...own, ...shapes.map((r) => ({ ...r, id: `${r.id}2` }))];
    const { records, unclassified, errors } = parsePartnerRecords(rows);
    expect(errors).toEqual([]);
    const categories = (list: readonly { id: string; category?: string }[]) => list.map((r) => [r.id, r.category]);
    expect(categories(records.filter((r) => !r.id.startsWith('x')))).toEqual([
      ['a', 'oem'],
      ['b', 'system-integrator'],
      ['c', 'system-integrator'],
      ['a2', 'oem'],
      ['b2', 'system-integrator'],
      ['c2', 'system-integrator'],
    ]);
    expect(records.find((r) => r.id === 'c2')?.custom).toEqual({ Type: 'oem' });
    expect(records.filter((r) => r.id.startsWith('x')).map((r) => r.custom)).toEqual(own.map((_, i) => ({ [`k${i}`]: i })));
    expect(unclassified.map((p) => p.id)).toEqual(['d', 'd2']);
  });

  it('reads a row with the keys of the row before it, a prefix of them, or more', () => {
    const rows = [
      { id: '1', name: 'A', Type: 'oem', 'Partner Type': 'SI' },
      { id: '2', name: 'B', Type: 'oem', 'Partner Type': 'EPC' },
      { id: '3', name: 'C', Type: 'oem' },
      { id: '4', name: 'D', Type: 'oem', 'Partner Type': 'SI', Tier: 'Gold' },
      { id: '5', name: 'E', Type: 'oem', 'Partner Type': 'SI', Tier: 'Gold' },
      {},
      { id: '6', name: 'F', Type: 'oem' },
    ];
    const { records, errors } = parsePartnerRecords(rows);
    expect(records.map((r) => [r.id, r.category, r.tier, r.custom])).toEqual([
      ['1', 'system-integrator', undefined, { Type: 'oem' }],
      ['2', 'epc', undefined, { Type: 'oem' }],
      ['3', 'oem', undefined, {}],
      ['4', 'system-integrator', 'Gold', { Type: 'oem' }],
      ['5', 'system-integrator', 'Gold', { Type: 'oem' }],
      ['6', 'oem', undefined, {}],
    ]);
    expect(errors.map((e) => [e.index, e.code])).toEqual([
      [5, 'missing_field'],
      [5, 'missing_field'],
    ]);
  });

  it('lets an explicit mapping win over every header, and keep a header as a custom column', () => {
    const rows = [{ id: '1', name: 'A', Type: 'oem', 'Partner Type': 'SI', Tier: 'Gold' }];
    expect(parsePartnerRecords(rows, { columns: { Type: 'category' } }).records[0]).toMatchObject({
      category: 'oem',
      custom: { 'Partner Type': 'SI' },
    });
    expect(parsePartnerRecords(rows, { columns: { Tier: 'custom' } }).records[0]).toMatchObject({
      category: 'system-integrator',
      custom: { Type: 'oem', Tier: 'Gold' },
    });
    expect(parsePartnerRecords(rows, { columns: { Tier: 'custom' } }).records[0]).not.toHaveProperty('tier');
  });
});

describe('parsePartnerRecords: bad rows', () => {
  it('names row, field, value and a suggestion for an unknown category', () => {
    const { records, errors } = parsePartnerRecords([row({ category: 'oem' }), row({ id: 'p2', category: 'resellr' })]);
    expect(records).toHaveLength(1);
    expect(errors).toEqual([
      {
        code: 'unknown_category',
        index: 1,
        path: ['category'],
        received: 'resellr',
        value: 'resellr',
        suggestion: 'solution-reseller',
        message: "category 'resellr' is not a partner category; did you mean 'solution-reseller'?",
      },
    ]);
  });

  it('says which category a misplaced subtype belongs to', () => {
    const { errors } = one({ category: 'oem', stage: 'pre-offer' });
    expect(errors).toEqual([
      expect.objectContaining({
        code: 'subtype_not_allowed',
        path: ['stage'],
        message: 'stage applies only to msp-cmsp, not to oem',
      }),
    ]);
  });

  it.each([
    [{ category: 'msp-cmsp', stage: 'later' }, 'invalid_subtype', "stage 'later' is not valid for msp-cmsp; use 'pre-offer' or 'post-offer'"],
    [{ category: 'msp-cmsp', stage: 'post-ofer' }, 'invalid_subtype', "stage 'post-ofer' is not valid for msp-cmsp; did you mean 'post-offer'?"],
    [{ category: 'ISV', kind: 'ihv' }, 'subtype_conflict', "category 'ISV' means kind 'isv', but kind is 'ihv'"],
    [{ category: 'oem', function: 'sales' }, 'function_mismatch', "function 'sales' does not match category 'oem', which is a solution partner"],
    [{ category: 'oem', function: 'marketing' }, 'unknown_function', "function 'marketing' is not a partner function"],
    [{ category: 'oem', management: 'formal progam' }, 'unknown_management', "management 'formal progam' is not a management option; did you mean 'formal-program'?"],
    [{ category: 'oem', name: '' }, 'missing_field', 'name is missing'],
    [{ category: 'oem', name: { first: 'A' } }, 'invalid_type', 'name must be text, but is an object'],
    [{ category: ['oem'] }, 'invalid_type', 'category must be text, but is a list'],
    [{ category: 'oem', tier: true }, 'invalid_type', 'tier must be text, but is true or false'],
  ])('%j → %s', (fields, code, message) => {
    const { records, errors } = one(fields);
    expect(records).toEqual([]);
    expect(errors).toEqual([expect.objectContaining({ code, index: 0, message })]);
  });

  it('reports every problem of a row, not just the first', () => {
    const { errors } = parsePartnerRecords([{ category: 'nonsense', stage: 'pre-offer', management: '??' }]);
    expect(errors.map((e) => e.code).sort()).toEqual([
      'missing_field',
      'missing_field',
      'unknown_category',
      'unknown_management',
    ]);
  });

  it('names the input column when it differs from the field', () => {
    const { errors } = parsePartnerRecords([{ ID: '1', Name: 'A', 'Partner Type': 'nope' }]);
    expect(errors[0]).toMatchObject({ path: ['category'], column: 'Partner Type' });
  });

  it('rejects a repeated id, naming the first row that used it', () => {
    const { records, errors } = parsePartnerRecords([row({ category: 'oem' }), row({ category: 'epc' })]);
    expect(records).toHaveLength(1);
    expect(errors).toEqual([
      expect.objectContaining({ code: 'duplicate_id', index: 1, firstIndex: 0, message: "id 'p1' is already used by the record at index 0" }),
    ]);
    expect(parsePartnerRecords([row({ category: 'oem' }), row({ category: 'epc' })], { uniqueIds: false }).records).toHaveLength(2);
  });

  it('turns rows that are not objects into errors', () => {
    const { records, errors } = parsePartnerRecords([null, 5, 'text', [], undefined, true]);
    expect(records).toEqual([]);
    expect(errors.map((e) => [e.index, e.code])).toEqual([
      [0, 'not_an_object'],
      [1, 'not_an_object'],
      [2, 'not_an_object'],
      [3, 'not_an_object'],
      [4, 'not_an_object'],
      [5, 'not_an_object'],
    ]);
  });

  it.each([null, undefined, 42, 'a,b,c', { id: '1' }])('returns one error when the input is not a list: %j', (input) => {
    const { records, errors } = parsePartnerRecords(input);
    expect(records).toEqual([]);
    expect(errors).toEqual([expect.objectContaining({ code: 'not_a_list', index: -1 })]);
  });

  it('shortens huge values in messages but keeps them whole in received', () => {
    const huge = 'x'.repeat(1_000_000);
    const { errors } = one({ category: huge });
    expect(errors[0]?.received).toBe(huge);
    expect(errors[0]?.message.length).toBeLessThan(200);
  });

  it('shortens a huge repeated id in its message too, and keeps it whole in received', () => {
    const huge = 'P'.repeat(100_000);
    const { errors } = parsePartnerRecords([row({ id: huge, category: 'oem' }), row({ id: huge, category: 'epc' })]);
    expect(errors).toEqual([expect.objectContaining({ code: 'duplicate_id', index: 1, received: huge })]);
    expect(errors[0]?.message.length).toBeLessThan(200);
  });

  it('writes messages in Swedish when asked', () => {
    const { errors } = parsePartnerRecords([row({ category: 'oem', stage: 'pre-offer' })], { locale: sv });
    // The field and the categories by their Swedish labels, not their ids.
    expect(errors[0]?.message).toBe('fas gäller bara MSP / CMSP, inte OEM');
  });

  it('never touches a prototype, whatever the keys', () => {
    const rows = JSON.parse(
      '[{"id":"1","name":"A","category":"oem","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}]',
    );
    const { records } = parsePartnerRecords(rows);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(records[0]?.custom)).toBe(Object.prototype);
    expect(Object.keys(records[0]?.custom ?? {})).toEqual(['__proto__', 'constructor']);
  });

  it('throws only for a programmer error in the options, saying what to do', () => {
    expect(() => parsePartnerRecords([], { columns: { Type: 'kategory' as never } })).toThrow(
      /columns\["Type"\] is "kategory", which is not a record field\. Use one of: id, name, category/,
    );
    expect(() => parsePartnerRecords([], { columns: { Type: 'category', Kind: 'category' } })).toThrow(
      /columns maps both "Type" and "Kind" to category\. Map one header to each field/,
    );
  });
});
