import { describe, expect, it } from 'vitest';
import { checkColumnMapping, matchColumns } from './match-columns.js';

describe('matchColumns', () => {
  it('recognises the headers of Swedish and English spreadsheets and of CRM exports', () => {
    const cases: [string[], Record<string, string>][] = [
      [['Partner-ID', 'Namn', 'Partnertyp', 'Ansvarig', 'Nivå', 'Land'], { id: 'Partner-ID', name: 'Namn', category: 'Partnertyp', managedBy: 'Ansvarig', tier: 'Nivå', country: 'Land' }],
      [['Account ID', 'Account Name', 'Type', 'Account Owner', 'Billing Country'], { id: 'Account ID', name: 'Account Name', category: 'Type', managedBy: 'Account Owner', country: 'Billing Country' }],
      [['Record ID', 'Company name', 'Company owner', 'Type', 'Country/Region'], { id: 'Record ID', name: 'Company name', category: 'Type', managedBy: 'Company owner', country: 'Country/Region' }],
      [
        ['(Do Not Modify) Account', '(Do Not Modify) Row Checksum', 'Account Name', 'Relationship Type', 'Owner', 'Address 1: Country/Region'],
        { id: '(Do Not Modify) Account', name: 'Account Name', category: 'Relationship Type', managedBy: 'Owner', country: 'Address 1: Country/Region' },
      ],
      [['Företagsnamn', 'Partner Level', 'ID'], { name: 'Företagsnamn', tier: 'Partner Level', id: 'ID' }],
    ];
    for (const [headers, expected] of cases) expect(matchColumns(headers).columns, headers.join()).toEqual(expected);
  });

  it('matches headers in any case, spacing and punctuation, and keeps every word', () => {
    expect(matchColumns(['PARTNER id', 'partner_name', 'partner-type']).fields).toEqual(['id', 'name', 'category']);
    // "Partner Type" and "Type" are different headers, however the resolvers compare words.
    expect(matchColumns(['Type', 'Partner Type']).columns).toEqual({ category: 'Partner Type' });
    expect(matchColumns(['Notes', 'Industry']).fields).toEqual([undefined, undefined]);
  });

  it('reads the most specific header, keeps the others as custom, and says so', () => {
    expect(matchColumns(['Type', 'Partner Type', 'Owner', 'Managed By', 'ID', 'Partner ID'])).toEqual({
      fields: [undefined, 'category', undefined, 'managedBy', undefined, 'id'],
      columns: { category: 'Partner Type', managedBy: 'Managed By', id: 'Partner ID' },
      notices: [
        { field: 'id', column: 'Partner ID', others: ['ID'], by: 'header' },
        { field: 'category', column: 'Partner Type', others: ['Type'], by: 'header' },
        { field: 'managedBy', column: 'Managed By', others: ['Owner'], by: 'header' },
      ],
    });
  });

  it('puts a field’s own name first, and the first of two equal headers', () => {
    expect(matchColumns(['Partner Type', 'category']).notices).toEqual([{ field: 'category', column: 'category', others: ['Partner Type'], by: 'name' }]);
    expect(matchColumns(['Type', 'TYPE']).notices).toEqual([{ field: 'category', column: 'Type', others: ['TYPE'], by: 'header' }]);
  });

  it('lets a mapping win over every header, and keep a header as a custom column', () => {
    expect(matchColumns(['Type', 'Partner Type', 'category'], { Type: 'category' })).toMatchObject({
      fields: ['category', undefined, undefined],
      notices: [{ field: 'category', column: 'Type', others: ['Partner Type', 'category'], by: 'mapping' }],
    });
    expect(matchColumns(['Type', 'Tier'], { Type: 'custom', Tier: 'region' }).fields).toEqual([undefined, 'region']);
  });

  it('has no header that two fields claim', () => {
    // Every header of the table reads as its own field when it stands alone.
    expect(matchColumns(['Owner']).fields).toEqual(['managedBy']);
    expect(matchColumns(['Region']).fields).toEqual(['region']);
  });
});

describe('checkColumnMapping', () => {
  it('accepts fields and custom, and throws for anything else with what to do', () => {
    expect(() => checkColumnMapping(undefined)).not.toThrow();
    expect(() => checkColumnMapping({ A: 'tier', B: 'custom', C: 'custom' })).not.toThrow();
    expect(() => checkColumnMapping([])).toThrow(/must be an object mapping input headers to record fields/);
    expect(() => checkColumnMapping({ A: 'tiers' })).toThrow(/columns\["A"\] is "tiers", which is not a record field\. Use one of: .*, or 'custom'/);
    expect(() => checkColumnMapping({ A: 'tier', B: 'tier' })).toThrow(/columns maps both "A" and "B" to tier/);
  });
});
