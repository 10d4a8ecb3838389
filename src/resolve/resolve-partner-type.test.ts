import { describe, expect, it } from 'vitest';
import { en } from '../locales/en.js';
import { sv } from '../locales/sv.js';
import { svLabels } from '../locales/sv-labels.js';
import { categoryNodes } from '../taxonomy/data.js';
import { partnerCategories } from '../taxonomy/ids.js';
import { categoryAliases } from './aliases.js';
import { matchKey } from './normalize.js';
import { resolvePartnerType, suggestPartnerCategory } from './resolve-partner-type.js';

const categoryOf = (text: string) => resolvePartnerType(text)?.type.category;

describe('resolvePartnerType', () => {
  it('resolves every id, English label and Swedish label to its own category', () => {
    for (const id of partnerCategories) {
      expect(resolvePartnerType(id)).toMatchObject({ type: { category: id }, by: 'id', alternatives: [] });
      expect(categoryOf(en.categories[id].label), en.categories[id].label).toBe(id);
      expect(categoryOf(sv.categories[id].label), sv.categories[id].label).toBe(id);
    }
  });

  it.each([
    ['ISV', { category: 'isv-ihv', kind: 'isv' }],
    ['ihv', { category: 'isv-ihv', kind: 'ihv' }],
    ['SI', { category: 'system-integrator' }],
    ['OEM', { category: 'oem' }],
    ['msp', { category: 'msp-cmsp' }],
    ['CMSP', { category: 'msp-cmsp' }],
    ['VAD', { category: 'value-added-distributor' }],
    ['SA', { category: 'sales-agent' }],
    ['3pl', { category: 'logistics-3pl' }],
    ['E.P.C.', { category: 'epc' }],
  ])('resolves the acronym %j', (text, type) => {
    expect(resolvePartnerType(text)?.type).toEqual(type);
  });

  it.each([
    ['  system   INTEGRATOR ', 'system-integrator'],
    ['Systemintegratör', 'system-integrator'],
    ['systemintegratorer', 'system-integrator'],
    ['Value-Added Distributor', 'value-added-distributor'],
    ['value added distributors', 'value-added-distributor'],
    ['Mervärdesdistributör', 'value-added-distributor'],
    ['Platform Partners', 'platform'],
    ['Molnåterförsäljare', 'cloud-reseller'],
    ['MSP/CMSP', 'msp-cmsp'],
    ['Managed Service Provider', 'msp-cmsp'],
    ['Authorised Service Partner', 'authorized-service'],
    ['open_source_community', 'open-source-community'],
    ['Industry Analysts', 'industry-analyst'],
    ['developers', 'developer-community'],
  ])('resolves %j regardless of case, spacing, punctuation and diacritics', (text, id) => {
    expect(categoryOf(text)).toBe(id);
  });

  it('resolves a Swedish label as the taxonomy’s own, read from the labels `sv` shows', () => {
    expect(resolvePartnerType(svLabels.categories['logistics-3pl'])).toEqual({
      type: { category: 'logistics-3pl' },
      by: 'label',
      source: 'taxonomy',
      alternatives: [],
    });
    expect(sv.categories['logistics-3pl'].label).toBe(svLabels.categories['logistics-3pl']);
  });

  it.each([
    ['Tredjepartslogistik', 'logistics-3pl'],
    ['Tredjepartslogistik (3PL)', 'logistics-3pl'],
    ['Teknik, upphandling och byggnation (EPC)', 'epc'],
    ['Rådgivnings- och driftsättningspartner', 'consulting-deployment'],
    ['Utvecklargemenskap', 'developer-community'],
    ['Öppen källkod-gemenskap', 'open-source-community'],
    ['Akademi', 'academia'],
  ])('still resolves the former Swedish label %j, now an alias of ours', (text, id) => {
    expect(resolvePartnerType(text)).toMatchObject({ type: { category: id }, by: 'alias', source: 'project' });
  });

  it('resolves VAD as our acronym and VAR as the article’s', () => {
    expect(resolvePartnerType('VAD')).toMatchObject({
      type: { category: 'value-added-distributor' },
      by: 'acronym',
      source: 'project',
    });
    expect(resolvePartnerType('VAR')?.source).toBe('article');
  });

  it('names the alternative reading of VAR, and its source', () => {
    expect(resolvePartnerType('VAR')).toEqual({
      type: { category: 'value-added-distributor' },
      by: 'acronym',
      source: 'article',
      alternatives: ['solution-reseller'],
    });
    // Spelt out, it has one reading: a reseller that adds value.
    expect(resolvePartnerType('Value-added reseller')).toMatchObject({
      type: { category: 'solution-reseller' },
      source: 'project',
      alternatives: [],
    });
  });

  it('reads the words CRMs and Swedish partner managers use that have one reading', () => {
    const cases: [string, object][] = [
      ['Konsult', { category: 'consulting-deployment' }],
      ['Konsultbolag', { category: 'consulting-deployment' }],
      ['Utbildningspartner', { category: 'training-certification' }],
      ['Myndighet', { category: 'government-agency' }],
      ['CSP', { category: 'cloud-reseller' }],
      ['Cloud Solution Provider', { category: 'cloud-reseller' }],
      ['GSI', { category: 'system-integrator' }],
      ['Affiliate', { category: 'sales-agent', mode: 'introducer' }],
      ['Referral partner', { category: 'sales-agent', mode: 'introducer' }],
      ['Affiliate partner', { category: 'sales-agent', mode: 'introducer' }],
    ];
    for (const [text, type] of cases) expect(resolvePartnerType(text)?.type, text).toEqual(type);
  });

  it('leaves generic words to the generic labels: no guess', () => {
    for (const text of ['Reseller', 'Återförsäljare', 'Distributor', 'Distributör', 'Partner']) expect(resolvePartnerType(text)).toBeUndefined();
  });

  it('does not guess', () => {
    for (const text of ['reseller', 'partner', '', '   ', 'resellr', 'banana', 'x'.repeat(100_000)]) {
      expect(resolvePartnerType(text), text.slice(0, 20)).toBeUndefined();
    }
  });

  it('returns undefined for non-string input instead of throwing', () => {
    for (const value of [null, undefined, 42, {}, [], Symbol('x')]) {
      expect(resolvePartnerType(value as never)).toBeUndefined();
    }
  });

  it('returns frozen results that callers cannot corrupt', () => {
    const result = resolvePartnerType('ISV');
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result?.type)).toBe(true);
  });

  it('has no alias key that points two ways', () => {
    const seen = new Map<string, string>();
    const entries = [
      ...categoryNodes.map((n) => [n.id, n.id] as const),
      ...categoryAliases.map((a) => [a.text, a.type.category] as const),
      ...categoryNodes.map((n) => [en.categories[n.id].label, n.id] as const),
      ...categoryNodes.map((n) => [sv.categories[n.id].label, n.id] as const),
      ...categoryNodes.flatMap((n) => n.acronyms.map((a) => [a, n.id] as const)),
    ];
    for (const [text, id] of entries) {
      const key = matchKey(text);
      expect(seen.get(key) ?? id, `${text} (${key})`).toBe(id);
      seen.set(key, id);
    }
  });
});

describe('suggestPartnerCategory', () => {
  it.each([
    ['resellr', 'solution-reseller'],
    ['reseller', 'solution-reseller'],
    ['distributer', 'value-added-distributor'],
    ['system integrater', 'system-integrator'],
    ['industy analyst', 'industry-analyst'],
    ['Systemintegrator', 'system-integrator'],
  ])('suggests %j → %j', (text, id) => {
    expect(suggestPartnerCategory(text)).toBe(id);
  });

  it('suggests nothing for text that is not close to any name', () => {
    expect(suggestPartnerCategory('banana')).toBeUndefined();
    expect(suggestPartnerCategory('')).toBeUndefined();
    expect(suggestPartnerCategory('y'.repeat(1_000_000))).toBeUndefined();
  });
});
