import { describe, expect, it } from 'vitest';
import { crmVocabularies } from '../crosswalk/shipped-vocabularies.js';
import { parseVocabulary } from '../crosswalk/parse-vocabulary.js';
import { programRoles } from '../crosswalk/program-roles.js';
import { salesforceAccountType } from '../crosswalk/salesforce.js';
import { dynamicsRelationshipType } from '../crosswalk/dynamics.js';
import { hubspotCompanyType } from '../crosswalk/hubspot.js';
import { parsePartnerRecords } from './parse-partner-records.js';

describe('parsePartnerRecords with a vocabulary', () => {
  const rows = [
    { Id: '1', 'Account Name': 'Acme', Type: 'Installation Partner' },
    { Id: '2', 'Account Name': 'Bolt', Type: 'Technology Partner' },
    { Id: '3', 'Account Name': 'Cyan', Type: 'Prospect' },
    { Id: '4', 'Account Name': 'Dune', Type: 'OEM' },
    { Id: '5', 'Account Name': 'Echo', Type: 'Resellr' },
  ];
  const { records, unclassified, skipped, errors, counts } = parsePartnerRecords(rows, { vocabulary: salesforceAccountType });

  it('reads a raw Salesforce export without hand-editing', () => {
    expect(records.map((r) => [r.id, r.category])).toEqual([
      ['1', 'consulting-deployment'],
      ['4', 'oem'],
    ]);
    expect(counts).toEqual({ rows: 5, records: 2, unclassified: 1, skipped: 1, invalid: 1 });
  });

  it('keeps a partner whose value names no single category as unclassified, with the candidates', () => {
    expect(unclassified).toEqual([
      expect.objectContaining({
        index: 1,
        code: 'unclassified_value',
        text: 'Technology Partner',
        column: 'Type',
        vocabulary: 'salesforce',
        function: 'solution',
        candidates: ['isv-ihv', 'platform', 'interoperability'],
      }),
    ]);
  });

  it('skips a row its vocabulary says is no partner, with the reason', () => {
    expect(skipped).toEqual([
      {
        index: 2,
        code: 'not_a_partner',
        value: 'Prospect',
        vocabulary: 'salesforce',
        rationale: 'A possible customer, not a partner.',
        column: 'Type',
        id: '3',
        name: 'Cyan',
        message: "'Prospect' is not a partner in salesforce: A possible customer, not a partner.",
      },
    ]);
  });

  it('reports unmapped values per row, never guessing', () => {
    expect(errors.map((e) => [e.index, e.code, e.message])).toEqual([
      [4, 'unmapped_value', "category 'Resellr' is neither a salesforce value nor a partner category; did you mean 'solution-reseller'?"],
    ]);
  });

  it('reads a related category or a function as a partner without a category', () => {
    expect(parsePartnerRecords([{ id: '1', name: 'A', category: 'advisor' }], { vocabulary: programRoles }).unclassified[0]).toMatchObject({
      code: 'unclassified_value',
      candidates: ['consulting-deployment', 'sales-agent', 'industry-analyst'],
    });
    expect(parsePartnerRecords([{ id: '1', name: 'A', category: 'Influencer' }], { vocabulary: dynamicsRelationshipType }).unclassified[0]).toMatchObject({
      function: 'influencer',
      candidates: [],
    });
  });

  it('reads a full HubSpot companies export: partners kept, everything else skipped', () => {
    const result = parsePartnerRecords(
      [
        { 'Record ID': '1', 'Company name': 'A', Type: 'Partner' },
        { 'Record ID': '2', 'Company name': 'B', Type: 'Reseller' },
        { 'Record ID': '3', 'Company name': 'C', Type: 'Vendor' },
        { 'Record ID': '4', 'Company name': 'D', Type: 'Prospect' },
        { 'Record ID': '5', 'Company name': 'E', Type: 'Other' },
      ],
      { vocabulary: hubspotCompanyType },
    );
    expect(result.unclassified.map((p) => [p.id, p.function])).toEqual([
      ['1', undefined],
      ['2', 'sales'],
    ]);
    expect(result.skipped.map((s) => s.value)).toEqual(['Vendor', 'Prospect', 'Other']);
    expect(result.errors).toEqual([]);
  });

  it('says which vocabulary to pass when the values are a known CRM picklist', () => {
    const rows = [{ id: '1', name: 'A', Type: 'Customer - Direct' }];
    expect(parsePartnerRecords(rows).errors[0]).toMatchObject({
      code: 'unknown_category',
      message: "category 'Customer - Direct' is not a partner category",
    });
    expect(parsePartnerRecords(rows).errors[0]).not.toHaveProperty('vocabularies');
    const { errors } = parsePartnerRecords(rows, { knownVocabularies: crmVocabularies });
    expect(errors[0]).toMatchObject({
      code: 'unknown_category',
      vocabularies: ['salesforce'],
      message: "category 'Customer - Direct' is not a partner category but a CRM picklist value: read the column with vocabulary 'salesforce'",
    });
  });

  it('takes a user vocabulary loaded from JSON', () => {
    const loaded = parseVocabulary({
      id: 'our-crm',
      values: ['Gold Reseller', 'Friend'],
      mappings: [
        { value: 'Gold Reseller', relation: 'narrower', target: { kind: 'category', id: 'solution-reseller' } },
        { value: 'Friend', relation: 'unclassified', target: null, candidates: ['sales-agent'] },
      ],
    });
    if (!loaded.ok) throw new Error('fixture');
    const result = parsePartnerRecords(
      [
        { id: '1', name: 'A', category: 'gold reseller' },
        { id: '2', name: 'B', category: 'Friend' },
      ],
      { vocabulary: loaded.vocabulary },
    );
    expect(result.records[0]?.category).toBe('solution-reseller');
    expect(result.unclassified[0]).toMatchObject({ id: '2', candidates: ['sales-agent'], function: 'sales' });
    expect(result.warnings).toEqual([]);
  });
});
