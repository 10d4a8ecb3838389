import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { enTaxonomyText } from './en-taxonomy-text.js';
import { enLabels } from './en-labels.js';
import { sv } from './sv.js';
import { svLabels } from './sv-labels.js';
import { svTaxonomyText } from './sv-taxonomy-text.js';
import type { Locale, TaxonomyLabels } from './types.js';
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
      'fields',
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
    // Swedish names the suggestion by its label, which resolves as well as the id does.
    expect(sv.messages.unknown_category(params)).toBe(
      "kategorin 'resellr' är ingen partnerkategori; menade du 'Lösningsåterförsäljare'?",
    );
  });

  it.each([
    { locale: en, labels: enLabels },
    { locale: sv, labels: svLabels },
  ])('shows exactly the labels the resolvers read ($locale.code)', ({ locale, labels }) => {
    // The labels module is the one source: every label of the locale is read from it.
    const shown = (l: Locale): TaxonomyLabels => ({
      functions: Object.fromEntries(partnerFunctions.map((id) => [id, l.functions[id].label])) as TaxonomyLabels['functions'],
      groups: Object.fromEntries(partnerGroups.map((id) => [id, l.groups[id].label])) as TaxonomyLabels['groups'],
      categories: Object.fromEntries(partnerCategories.map((id) => [id, l.categories[id].label])) as TaxonomyLabels['categories'],
      options: Object.fromEntries(managementOptions.map((id) => [id, l.options[id].label])) as TaxonomyLabels['options'],
      subtypes: Object.fromEntries(
        Object.entries(l.subtypes).map(([field, { label, values }]) => [
          field,
          { label, values: Object.fromEntries(Object.entries(values).map(([id, text]) => [id, (text as { label: string }).label])) },
        ]),
      ) as unknown as TaxonomyLabels['subtypes'],
      units: l.units,
      fields: l.fields,
    });
    expect(shown(locale)).toEqual(labels);
    expect(locale.fields).toBe(labels.fields);
  });

  it.each([en, sv])('names every subtype field as its subtype does ($code)', (locale) => {
    for (const [field, { label }] of Object.entries(locale.subtypes)) {
      expect(locale.fields[field as keyof Locale['fields']]).toBe(label);
    }
  });

  it.each([en, sv])('marks a gloss in the same nodes in both languages ($code)', (locale) => {
    const glossed = (l: Locale) =>
      [l.functions, l.groups, l.categories, l.options].flatMap((nodes) =>
        Object.entries(nodes).filter(([, text]) => (text as { gloss?: string }).gloss !== undefined).map(([id]) => id),
      );
    expect(glossed(locale)).toEqual(glossed(en));
    expect(glossed(locale)).toEqual(
      expect.arrayContaining(['value-added-distributor', 'sales-agent', 'consulting-deployment', 'formal-program']),
    );
  });
});
