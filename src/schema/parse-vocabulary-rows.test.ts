import { describe, expect, it } from 'vitest';
import { parseVocabulary } from '../crosswalk/parse-vocabulary.js';
import { programRoles } from '../crosswalk/program-roles.js';
import { salesforceAccountType } from '../crosswalk/salesforce.js';
import { parsePartnerRecords } from './parse-partner-records.js';

describe('parsePartnerRecords with a vocabulary', () => {
  const rows = [
    { Id: '1', 'Account Name': 'Acme', Type: 'Installation Partner' },
    { Id: '2', 'Account Name': 'Bolt', Type: 'Technology Partner' },
    { Id: '3', 'Account Name': 'Cyan', Type: 'Prospect' },
    { Id: '4', 'Account Name': 'Dune', Type: 'OEM' },
    { Id: '5', 'Account Name': 'Echo', Type: 'Resellr' },
  ];
  const { records, errors, warnings } = parsePartnerRecords(rows, {
    vocabulary: salesforceAccountType,
    columns: { Type: 'category' },
  });

  it('reads a raw Salesforce export without hand-editing', () => {
    expect(records.map((r) => [r.id, r.category])).toEqual([
      ['1', 'consulting-deployment'],
      ['2', 'isv-ihv'],
      ['4', 'oem'],
    ]);
  });

  it('warns when a broader value is read as one category', () => {
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'broad_mapping',
        index: 1,
        message: "'Technology Partner' (salesforce) was read as isv-ihv, but it covers more than that category; check it",
      }),
    ]);
  });

  it('reports non-partners and unmapped values per row, never guessing', () => {
    expect(errors.map((e) => [e.index, e.code, e.message])).toEqual([
      [2, 'not_a_partner', "'Prospect' is not a partner in salesforce: A possible customer, not a partner."],
      [4, 'unmapped_value', "category 'Resellr' is neither a salesforce value nor a partner category; did you mean 'solution-reseller'?"],
    ]);
  });

  it('asks for the category when a value names only a related category or a function', () => {
    const result = parsePartnerRecords([{ id: '1', name: 'A', category: 'advisor' }], { vocabulary: programRoles });
    expect(result.errors[0]).toMatchObject({
      code: 'no_category',
      message: "'advisor' (roles) is only related to consulting-deployment, which names no single category; give the category",
    });
  });

  it('takes a user vocabulary loaded from JSON', () => {
    const loaded = parseVocabulary({
      id: 'our-crm',
      values: ['Gold Reseller'],
      mappings: [{ value: 'Gold Reseller', relation: 'narrower', target: { kind: 'category', id: 'solution-reseller' } }],
    });
    if (!loaded.ok) throw new Error('fixture');
    const result = parsePartnerRecords([{ id: '1', name: 'A', category: 'gold reseller' }], { vocabulary: loaded.vocabulary });
    expect(result.records[0]?.category).toBe('solution-reseller');
    expect(result.warnings).toEqual([]);
  });
});
