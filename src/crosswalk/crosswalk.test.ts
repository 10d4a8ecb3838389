import { describe, expect, it } from 'vitest';
import { sv } from '../locales/sv.js';
import { crosswalk, crosswalkFrom } from './crosswalk.js';
import { partnerMotions } from './motions.js';
import { parseVocabulary } from './parse-vocabulary.js';
import { programRoles } from './program-roles.js';
import { salesforceAccountType } from './salesforce.js';

const shipped = [salesforceAccountType, partnerMotions, programRoles];

describe('shipped vocabularies', () => {
  it.each(shipped)('map every value of $id exactly once, with a rationale', (vocabulary) => {
    expect(vocabulary.mappings.map((m) => m.value).sort()).toEqual([...vocabulary.values].sort());
    for (const m of vocabulary.mappings) {
      expect(m.rationale.length).toBeGreaterThan(10);
      expect(m.source).toBe('project');
      expect(m.relation === 'none').toBe(m.target === null);
    }
  });

  it('map non-partners to none, explicitly', () => {
    for (const value of ['Prospect', 'Customer - Direct', 'Customer - Channel', 'Other']) {
      expect(crosswalk(salesforceAccountType, value)).toMatchObject({ relation: 'none', target: null });
    }
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
    for (const data of [null, 42, 'x', [], { values: [] }]) expect(parseVocabulary(data).ok).toBe(false);
  });
});
