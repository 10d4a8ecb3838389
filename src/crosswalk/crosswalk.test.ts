import { describe, expect, it } from 'vitest';
import { sv } from '../locales/sv.js';
import { crosswalk, crosswalkFrom } from './crosswalk.js';
import { partnerMotions } from './motions.js';
import { parseVocabulary } from './parse-vocabulary.js';
import { programRoles } from './program-roles.js';
import { salesforceAccountType } from './salesforce.js';
import { dynamicsRelationshipType } from './dynamics.js';
import { hubspotCompanyType } from './hubspot.js';
import { readMapping } from './read-mapping.js';
import { crmVocabularies, shippedVocabularies, shippedVocabulariesWith } from './shipped-vocabularies.js';

const shipped = shippedVocabularies;

describe('shipped vocabularies', () => {
  it('are the three CRMs’ default picklists and the two generic models', () => {
    expect(shipped.map((v) => v.id)).toEqual(['salesforce', 'hubspot', 'dynamics', 'motions', 'roles']);
    expect(crmVocabularies.map((v) => v.id)).toEqual(['salesforce', 'hubspot', 'dynamics']);
  });

  it.each(shipped)('map every value of $id exactly once, with a rationale', (vocabulary) => {
    expect(vocabulary.mappings.map((m) => m.value).sort()).toEqual([...vocabulary.values].sort());
    for (const m of vocabulary.mappings) {
      expect(m.rationale.length).toBeGreaterThan(10);
      expect(m.source).toBe('project');
      expect(m.relation === 'none' || m.relation === 'unclassified').toBe(m.target === null);
    }
  });

  it('map non-partners to none, explicitly', () => {
    for (const value of ['Prospect', 'Customer - Direct', 'Customer - Channel', 'Other']) {
      expect(crosswalk(salesforceAccountType, value)).toMatchObject({ relation: 'none', target: null });
    }
    for (const value of ['Prospect', 'Vendor', 'Other']) expect(readMapping(crosswalk(hubspotCompanyType, value)!)).toEqual({ kind: 'not-partner' });
    for (const value of ['Competitor', 'Customer', 'Investor', 'Press', 'Prospect', 'Supplier', 'Vendor', 'Other']) {
      expect(readMapping(crosswalk(dynamicsRelationshipType, value)!)).toEqual({ kind: 'not-partner' });
    }
  });

  it('ship the default values of HubSpot’s company Type and Dynamics 365’s Relationship Type', () => {
    expect(hubspotCompanyType.values).toEqual(['Prospect', 'Partner', 'Reseller', 'Vendor', 'Other']);
    expect(dynamicsRelationshipType.values).toEqual([
      'Competitor', 'Consultant', 'Customer', 'Investor', 'Partner', 'Influencer', 'Press', 'Prospect', 'Reseller', 'Supplier', 'Vendor', 'Other',
    ]);
  });

  it('are valid as user vocabularies too (the same checks apply)', () => {
    for (const vocabulary of shipped) expect(parseVocabulary(JSON.parse(JSON.stringify(vocabulary))).ok).toBe(true);
  });
});

describe('crosswalk', () => {
  it('matches values in any case, spacing or punctuation', () => {
    expect(crosswalk(salesforceAccountType, 'channel partner/reseller')).toMatchObject({
      relation: 'broader',
      target: { kind: 'category', id: 'solution-reseller' },
    });
    expect(crosswalk(salesforceAccountType, 'Partner')).toBeUndefined();
    expect(crosswalk(programRoles, '')).toBeUndefined();
  });

  it('round-trips where a mapping is exact', () => {
    for (const vocabulary of shipped) {
      for (const m of vocabulary.mappings.filter((x) => x.relation === 'exact')) {
        const back = crosswalkFrom(vocabulary, m.target?.id as never);
        expect(back[0]?.value, `${vocabulary.id} ${m.value}`).toBe(m.value);
      }
    }
  });

  it('finds the values for a category through its function, and for a function through its categories', () => {
    expect(crosswalkFrom(partnerMotions, 'epc').map((m) => m.value)).toEqual(['service']);
    expect(crosswalkFrom(programRoles, 'solution').map((m) => m.value)).toEqual(['integrator', 'provider', 'developer']);
    expect(crosswalkFrom(salesforceAccountType, 'academia')).toEqual([]);
  });
});

describe('readMapping', () => {
  it('reads a category only from a value that lies within one', () => {
    expect(readMapping(crosswalk(salesforceAccountType, 'Installation Partner')!)).toEqual({ kind: 'category', category: 'consulting-deployment' });
    expect(readMapping(crosswalk(dynamicsRelationshipType, 'Consultant')!)).toEqual({ kind: 'category', category: 'consulting-deployment' });
    expect(readMapping(crosswalk(programRoles, 'integrator')!)).toEqual({ kind: 'category', category: 'system-integrator' });
  });

  it('keeps a broader, related, function-only or unclassified value as a partner without a category', () => {
    expect(readMapping(crosswalk(salesforceAccountType, 'Channel Partner / Reseller')!)).toEqual({
      kind: 'unclassified',
      function: 'sales',
      candidates: ['solution-reseller', 'value-added-distributor', 'cloud-reseller'],
    });
    expect(readMapping(crosswalk(programRoles, 'advisor')!)).toMatchObject({ kind: 'unclassified', function: undefined });
    expect(readMapping(crosswalk(dynamicsRelationshipType, 'Influencer')!)).toEqual({ kind: 'unclassified', function: 'influencer', candidates: [] });
    expect(readMapping(crosswalk(partnerMotions, 'sell')!)).toEqual({ kind: 'unclassified', function: 'sales', candidates: [] });
    expect(readMapping(crosswalk(hubspotCompanyType, 'Partner')!)).toEqual({ kind: 'unclassified', function: undefined, candidates: [] });
  });

  it('takes the target alone as the candidate of a broader mapping without candidates', () => {
    const mapping = { value: 'X', relation: 'broader', target: { kind: 'category', id: 'oem' }, rationale: '', source: 'user' } as const;
    expect(readMapping(mapping)).toEqual({ kind: 'unclassified', function: 'solution', candidates: ['oem'] });
  });
});

describe('shippedVocabulariesWith', () => {
  it('names the vocabularies that list a value, in any case or punctuation', () => {
    expect(shippedVocabulariesWith('prospect').map((v) => v.id)).toEqual(['salesforce', 'hubspot', 'dynamics']);
    expect(shippedVocabulariesWith('customer-direct').map((v) => v.id)).toEqual(['salesforce']);
    expect(shippedVocabulariesWith('resellr')).toEqual([]);
  });
});

describe('parseVocabulary', () => {
  it('loads a valid user vocabulary as user mappings', () => {
    const result = parseVocabulary({
      id: 'our-crm',
      values: ['Var', 'Referral'],
      mappings: [
        { value: 'Var', relation: 'exact', target: { kind: 'category', id: 'solution-reseller' }, rationale: 'Our VARs resell.' },
        { value: 'Referral', relation: 'narrower', target: { kind: 'category', id: 'sales-agent' } },
      ],
    });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(crosswalk(result.vocabulary, 'referral')).toMatchObject({ source: 'user', target: { id: 'sales-agent' } });
      expect(Object.isFrozen(result.vocabulary.mappings[0])).toBe(true);
    }
  });

  it('takes partner values that name no category, with candidates', () => {
    const result = parseVocabulary({
      id: 'our-crm',
      values: ['Partner', 'Friend'],
      mappings: [
        { value: 'Partner', relation: 'unclassified', target: null },
        { value: 'Friend', relation: 'unclassified', target: null, candidates: ['sales-agent'], count: 12 },
      ],
    });
    expect(result.ok && result.vocabulary.mappings).toEqual([
      { value: 'Partner', relation: 'unclassified', target: null, rationale: '', source: 'user' },
      { value: 'Friend', relation: 'unclassified', target: null, candidates: ['sales-agent'], rationale: '', source: 'user' },
    ]);
    const bad = parseVocabulary({
      id: 'bad',
      values: ['A', 'B'],
      mappings: [
        { value: 'A', relation: 'unclassified', target: { kind: 'category', id: 'oem' }, candidates: ['resellr'] },
        { value: 'B', relation: 'none', target: null, candidates: ['oem'] },
      ],
    });
    expect(!bad.ok && bad.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      "mappings[0].target: a mapping with relation 'unclassified' takes no target",
      "mappings[0].candidates[0]: 'resellr' is not a partner category",
      "mappings[1].candidates: a mapping with relation 'none' is no partner and takes no candidates",
    ]);
  });

  it('rejects a vocabulary with errors, listing every problem', () => {
    const result = parseVocabulary({
      id: 'bad',
      values: ['A', 'B', 'A', 'C'],
      mappings: [
        { value: 'A', relation: 'exact', target: { kind: 'category', id: 'resellr' } },
        { value: 'B', relation: 'none', target: { kind: 'function', id: 'sales' } },
        { value: 'D', relation: 'related', target: null },
      ],
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      "values[2]: 'A' is already listed at values[0]",
      "mappings[0].target.id: 'resellr' is not a partner category",
      "mappings[1].target: a mapping with relation 'none' takes no target",
      "mappings[2].value: 'D' is mapped but not listed in values",
      "mappings[2].target: a mapping with relation 'related' needs a target",
      "values[3]: 'C' has no mapping; map it, or map it to 'none' if it is not a partner",
    ]);
  });

  it('reports structural problems by path, in Swedish when asked, and never throws', () => {
    const result = parseVocabulary({ id: 'x', values: 'A', mappings: [{ value: 'A', relation: 'maybe', target: null }] }, { locale: sv });
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual(['values', 'mappings[0].relation']);
    expect(!result.ok && result.problems[0]?.message).toBe('en lista väntades');
    const english = parseVocabulary({ id: 'x', values: 'A', mappings: [] });
    expect(!english.ok && english.problems.map((p) => p.message)).toEqual(['expected a list']);
    for (const data of [null, 42, 'x', [], { values: [] }]) expect(parseVocabulary(data).ok).toBe(false);
  });
});
