import { describe, expect, it } from 'vitest';
import { en } from '../locales/en.js';
import { sv } from '../locales/sv.js';
import { knownUnits } from '../taxonomy/ids.js';
import { managementOptions, partnerFunctions } from '../taxonomy/ids.js';
import {
  resolveManagementOption,
  resolvePartnerFunction,
  resolveSubtypeValue,
  resolveUnit,
  suggestManagementOption,
  suggestPartnerFunction,
  suggestSubtypeValue,
} from './resolve-names.js';

describe('resolveManagementOption', () => {
  it('resolves ids and labels in both languages', () => {
    for (const id of managementOptions) {
      expect(resolveManagementOption(id)).toBe(id);
      expect(resolveManagementOption(en.options[id].label)).toBe(id);
      expect(resolveManagementOption(sv.options[id].label), sv.options[id].label).toBe(id);
    }
  });

  it.each([
    ['Formal program', 'formal-program'],
    ['One-to-one', 'one-to-one'],
    ['1:1', 'one-to-one'],
    ['SLA', 'sla'],
    ['Marketing & PR', 'marketing-pr'],
    ['formal support', 'formal-support'],
  ])('resolves %j', (text, id) => {
    expect(resolveManagementOption(text)).toBe(id);
  });

  it('still resolves the former Swedish labels and the article’s names', () => {
    expect(resolveManagementOption('En-till-en-hantering')).toBe('one-to-one');
    expect(resolveManagementOption('En-mot-en-hantering')).toBe('one-to-one');
    expect(resolveManagementOption('Individuell hantering (en-till-en)')).toBe('one-to-one');
    expect(resolveManagementOption('Formellt programstöd')).toBe('formal-program');
  });

  it('suggests rather than guesses for near misses', () => {
    expect(resolveManagementOption('formal progam')).toBeUndefined();
    expect(suggestManagementOption('formal progam')).toBe('formal-program');
  });
});

describe('resolvePartnerFunction', () => {
  it('resolves ids and labels in both languages', () => {
    for (const id of partnerFunctions) {
      expect(resolvePartnerFunction(id)).toBe(id);
      expect(resolvePartnerFunction(en.functions[id].label)).toBe(id);
      expect(resolvePartnerFunction(sv.functions[id].label)).toBe(id);
    }
    expect(resolvePartnerFunction('Sales')).toBe('sales');
    expect(resolvePartnerFunction('Påverkanspartner')).toBe('influencer'); // a former label
    expect(resolvePartnerFunction('Påverkare')).toBe('influencer');
    expect(resolvePartnerFunction('marketing')).toBeUndefined();
    expect(suggestPartnerFunction('solutoin')).toBe('solution');
  });
});

describe('resolveSubtypeValue', () => {
  it('resolves every subtype value by id and label in both languages', () => {
    for (const field of ['kind', 'stage', 'mode', 'businessModel'] as const) {
      const values = en.subtypes[field].values as Record<string, { label: string }>;
      const svValues = sv.subtypes[field].values as Record<string, { label: string }>;
      for (const [id, { label }] of Object.entries(values)) {
        expect(resolveSubtypeValue(field, id)).toBe(id);
        expect(resolveSubtypeValue(field, label)).toBe(id);
        expect(resolveSubtypeValue(field, svValues[id]?.label ?? '')).toBe(id);
      }
    }
  });

  it('resolves loose spellings and keeps fields apart', () => {
    expect(resolveSubtypeValue('stage', 'Pre offer')).toBe('pre-offer');
    expect(resolveSubtypeValue('stage', 'POST-OFFER')).toBe('post-offer');
    expect(resolveSubtypeValue('stage', 'isv')).toBeUndefined();
    expect(resolveSubtypeValue('businessModel', 'Value add')).toBe('value-add');
    expect(suggestSubtypeValue('stage', 'post-ofer')).toBe('post-offer');
  });

  it.each([
    ['stage', 'Före erbjudande', 'pre-offer'],
    ['stage', 'Efter erbjudande', 'post-offer'],
    ['mode', 'Introduktör', 'introducer'],
    ['mode', 'Avslutare', 'closer'],
    ['businessModel', 'Leverantörsmärkt', 'vendor-branded'],
    ['businessModel', 'Mervärde', 'value-add'],
  ] as const)('still resolves the former Swedish label %j %j', (field, text, id) => {
    expect(resolveSubtypeValue(field, text)).toBe(id);
  });
});

describe('resolveUnit', () => {
  it('resolves known units in both languages and leaves others unresolved', () => {
    for (const id of knownUnits) {
      expect(resolveUnit(id)).toBe(id);
      expect(resolveUnit(en.units[id])).toBe(id);
      expect(resolveUnit(sv.units[id])).toBe(id);
    }
    expect(resolveUnit('Partner Success')).toBeUndefined();
    // Former Swedish labels still resolve.
    expect(resolveUnit('Produkt')).toBe('product');
    expect(resolveUnit('Marknadsföring')).toBe('marketing');
    expect(resolveUnit('Tjänster')).toBe('services');
    expect(resolveUnit('Ledning')).toBe('executive');
  });
});
