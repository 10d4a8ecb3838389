import { describe, expect, it } from 'vitest';
import { genericLabels, resolveGenericLabel } from './generic-labels.js';
import { resolvePartnerType } from './resolve-partner-type.js';

describe('resolveGenericLabel', () => {
  it('reads words that name partners of several categories, in English and Swedish', () => {
    const resellers = ['solution-reseller', 'value-added-distributor', 'cloud-reseller'];
    expect(resolveGenericLabel('Reseller')).toEqual({ candidates: resellers, function: 'sales' });
    expect(resolveGenericLabel('ÅTERFÖRSÄLJARE')).toEqual({ candidates: resellers, function: 'sales' });
    expect(resolveGenericLabel('Distributörer')).toEqual({ candidates: ['value-added-distributor'], function: 'sales' });
    expect(resolveGenericLabel('Solution provider')?.function).toBeUndefined(); // its candidates span two functions
  });

  it('reads plain "Partner" as a partner of no stated category', () => {
    for (const text of ['Partner', 'partners', ' PARTNER ', 'Channel partner', 'Kanalpartner']) {
      expect(resolveGenericLabel(text)).toEqual({ candidates: [], function: undefined });
    }
  });

  it('gives nothing for a category name, an unknown word or blank text', () => {
    for (const text of ['Systemintegratör', 'resellr', 'and', '', '  ']) expect(resolveGenericLabel(text)).toBeUndefined();
    expect(resolveGenericLabel(42 as unknown as string)).toBeUndefined();
  });

  it('lists no word that also resolves to a category, so the two readings never compete', () => {
    for (const [text] of genericLabels) expect(resolvePartnerType(text), text).toBeUndefined();
  });
});
