import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { enTaxonomyText } from './en-taxonomy-text.js';
import { sv } from './sv.js';
import { svTaxonomyText } from './sv-taxonomy-text.js';
import { partnerCategories, partnerFunctions, partnerGroups, managementOptions } from '../taxonomy/ids.js';

// Shape of a locale as sorted key paths: two locales with the same keys have equal shapes.
const keyPaths = (value: unknown, prefix = ''): string[] =>
  value !== null && typeof value === 'object'
    ? Object.keys(value).flatMap((k) => keyPaths((value as Record<string, unknown>)[k], `${prefix}.${k}`))
    : [prefix];

describe('locales', () => {
  it('have the same keys in English and Swedish', () => {
    expect(keyPaths(sv).sort()).toEqual(keyPaths(en).sort());
  });

  it('have the same keys in the English and Swedish taxonomy text', () => {
    expect(keyPaths(svTaxonomyText).sort()).toEqual(keyPaths(enTaxonomyText).sort());
  });

  it.each([
    { locale: en, text: enTaxonomyText },
    { locale: sv, text: svTaxonomyText },
  ])('takes the node text of $locale.code from its taxonomy text module', ({ locale, text }) => {
    const parts = Object.keys(text) as (keyof typeof text)[];
    expect(parts).toEqual([
      'functions',
      'groups',
      'categories',
      'options',
      'subtypes',
      'primaryValues',
      'units',
      'compensation',
    ]);
    for (const part of parts) expect(locale[part], part).toBe(text[part]);
  });

  it.each([en, sv])('has a label and description for every node ($code)', (locale) => {
    for (const id of partnerCategories) {
      expect(locale.categories[id].label.trim()).not.toBe('');
      expect(locale.categories[id].description.trim()).not.toBe('');
    }
    for (const id of partnerFunctions) expect(locale.functions[id].label).not.toBe('');
    for (const id of partnerGroups) expect(locale.groups[id].label).not.toBe('');
    for (const id of managementOptions) expect(locale.options[id].label).not.toBe('');
  });

  it('translates rather than copies: most Swedish labels differ from English', () => {
    const same = partnerCategories.filter((id) => en.categories[id].label === sv.categories[id].label);
    // Acronym-only names such as "OEM" and "ISV / IHV" are the same in both languages.
    expect(same).toEqual(['isv-ihv', 'oem', 'msp-cmsp']);
  });

  it('formats messages in both languages', () => {
    const params = { value: 'resellr', suggestion: 'solution-reseller' };
    expect(en.messages.unknown_category(params)).toBe(
      "category 'resellr' is not a partner category; did you mean 'solution-reseller'?",
    );
    expect(sv.messages.unknown_category(params)).toBe(
      "category 'resellr' är ingen partnerkategori; menade du 'solution-reseller'?",
    );
  });
});
