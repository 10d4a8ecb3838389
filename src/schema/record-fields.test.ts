import { describe, expect, it } from 'vitest';
import { valueKey } from '../taxonomy/value-key.js';
import { partnerRecordFields, recordFieldTable } from './record-fields.js';

describe('recordFieldTable', () => {
  it('lists each field once, in record order', () => {
    expect(partnerRecordFields).toEqual(recordFieldTable.map((f) => f.name));
    expect(new Set(partnerRecordFields).size).toBe(partnerRecordFields.length);
  });

  it('gives no header to two fields, and no field a header that is another field’s name', () => {
    const owner = new Map<string, string>();
    for (const spec of recordFieldTable) {
      for (const [header] of spec.headers) {
        const key = valueKey(header);
        const other = owner.get(key);
        expect(other === undefined || other === spec.name, `${header}: ${spec.name} and ${other}`).toBe(true);
        owner.set(key, spec.name);
        const named = recordFieldTable.find((f) => valueKey(f.name) === key);
        expect(named === undefined || named.name === spec.name, header).toBe(true);
      }
    }
  });

  it('has the headers Swedish spreadsheets and the CRMs use for the fields people fill in', () => {
    const headers = (name: string) => recordFieldTable.find((f) => f.name === name)?.headers.map(([h]) => h) ?? [];
    expect(headers('id')).toEqual(expect.arrayContaining(['Partner-ID', 'ID', 'Account ID', 'Record ID', '(Do Not Modify) Account']));
    expect(headers('name')).toEqual(expect.arrayContaining(['Namn', 'Partnernamn', 'Företag', 'Företagsnamn', 'Account Name', 'Company name']));
    expect(headers('category')).toEqual(expect.arrayContaining(['Partnertyp', 'Partner Type', 'Account Type', 'Type', 'Relationship Type']));
    expect(headers('managedBy')).toEqual(expect.arrayContaining(['Ansvarig', 'Ägare', 'Owner', 'Account Owner', 'Company owner']));
    expect(headers('tier')).toEqual(expect.arrayContaining(['Nivå', 'Partner Tier', 'Partner Level']));
    expect(headers('country')).toEqual(expect.arrayContaining(['Land', 'Billing Country', 'Country/Region']));
  });
});
