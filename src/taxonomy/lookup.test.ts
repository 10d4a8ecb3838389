import { describe, expect, it } from 'vitest';
import { en } from '../locales/en.js';
import { sv } from '../locales/sv.js';
import { svTaxonomyText } from '../locales/sv-taxonomy-text.js';
import type { TaxonomyText } from '../locales/types.js';
import { getCategory, getFunction, getGroup, getOption } from './lookup.js';
import { categoriesInGroup, categoriesOf, functionOf, groupOf, groupsOf } from './navigate.js';
import { managementOptions, partnerCategories, partnerFunctions, partnerGroups } from './ids.js';
import { isManagementOption, isPartnerCategory, isPartnerFunction, isPartnerGroup, isKnownUnit } from './guards.js';
import { typicalManagement } from './typical-management.js';

describe('id lists', () => {
  it('lists ids in a stable order and cannot be changed', () => {
    expect(partnerFunctions).toEqual(['solution', 'sales', 'service', 'influencer']);
    expect(partnerGroups).toEqual(['business-services', 'professional-services']);
    expect(partnerCategories).toHaveLength(22);
    expect(partnerCategories[0]).toBe('isv-ihv');
    expect(managementOptions).toEqual(['formal-program', 'formal-support', 'one-to-one', 'sla', 'marketing-pr']);
    expect(Object.isFrozen(partnerCategories)).toBe(true);
  });
});

describe('getCategory', () => {
  it('returns function, group, facts, labels and primary value', () => {
    const vad = getCategory('value-added-distributor');
    expect(vad).toMatchObject({
      kind: 'category',
      id: 'value-added-distributor',
      function: 'sales',
      group: null,
      label: 'Value-added distributor',
      primaryValue: 'direct-revenue',
      attributes: { takesTitle: null, holdsInventory: { value: true, source: 'article' } },
    });
    expect(getCategory('financing').group).toBe('business-services');
  });

  it('speaks Swedish when given the Swedish locale', () => {
    expect(getCategory('system-integrator', sv).label).toBe('Systemintegratör');
  });

  it('keeps our gloss apart from the article’s description', () => {
    expect(getOption('formal-program')).toMatchObject({
      description: 'Formal partner-program support.',
      gloss: 'A program’s structured tiers, benefits and requirements.',
    });
    expect(getCategory('oem')).not.toHaveProperty('gloss');
    expect(getCategory('consulting-deployment', sv).gloss).toContain('”Distribution” är artikelns ord');
  });

  it('defaults to the English text, and takes any taxonomy text, not only a whole locale', () => {
    expect(getCategory('oem')).toEqual(getCategory('oem', en));
    const text: TaxonomyText = {
      ...svTaxonomyText,
      categories: { ...svTaxonomyText.categories, oem: { label: 'Tillverkare (OEM)', description: 'Egen text.' } },
    };
    expect(getCategory('oem', text)).toMatchObject({ id: 'oem', label: 'Tillverkare (OEM)', description: 'Egen text.' });
    expect(getOption('sla', svTaxonomyText)).toEqual(getOption('sla', sv));
  });

  it('throws a helpful TypeError for an id that is not a category', () => {
    expect(() => getCategory('resellr' as never)).toThrow(/isPartnerCategory\(\).*resolvePartnerType\(\)/);
  });

  it('has a lookup for every other node kind', () => {
    expect(getFunction('influencer').label).toBe('Influencer partners');
    expect(getGroup('professional-services', sv).label).toBe('Konsult- och experttjänster');
    expect(getOption('one-to-one').label).toBe('One-to-one management');
    expect(() => getOption('nope' as never)).toThrow(TypeError);
  });
});

describe('navigation', () => {
  it('moves between functions, groups and categories', () => {
    expect(categoriesOf('sales')).toEqual(['solution-reseller', 'value-added-distributor', 'cloud-reseller', 'sales-agent']);
    expect(categoriesOf('service')).toHaveLength(6);
    expect(groupsOf('service')).toEqual(['business-services', 'professional-services']);
    expect(groupsOf('sales')).toEqual([]);
    expect(categoriesInGroup('professional-services')).toEqual(['training-certification', 'epc', 'consulting-deployment']);
    expect(functionOf('epc')).toBe('service');
    expect(groupOf('epc')).toBe('professional-services');
    expect(groupOf('authorized-service')).toBeUndefined();
  });

  it('covers every category exactly once across functions', () => {
    expect(partnerFunctions.flatMap(categoriesOf).sort()).toEqual([...partnerCategories].sort());
  });
});

describe('guards', () => {
  it('accept exact ids only', () => {
    expect(isPartnerCategory('msp-cmsp')).toBe(true);
    expect(isPartnerCategory('MSP')).toBe(false);
    expect(isPartnerCategory(undefined)).toBe(false);
    expect(isPartnerCategory('__proto__')).toBe(false);
    expect(isPartnerFunction('service')).toBe(true);
    expect(isPartnerGroup('service')).toBe(false);
    expect(isManagementOption('sla')).toBe(true);
    expect(isManagementOption(5)).toBe(false);
    expect(isKnownUnit('channel-sales')).toBe(true);
  });
});

describe('typicalManagement', () => {
  it('follows the article, with msp-cmsp by stage', () => {
    expect(typicalManagement({ category: 'developer-community' })).toBe('formal-support');
    expect(typicalManagement({ category: 'msp-cmsp', stage: 'pre-offer' })).toBe('one-to-one');
    expect(typicalManagement({ category: 'msp-cmsp', stage: 'post-offer' })).toBe('formal-program');
    expect(typicalManagement({ category: 'msp-cmsp' })).toBeUndefined();
    expect(typicalManagement({ category: 'msp-cmsp', stage: 'toString' as never })).toBeUndefined();
  });
});
