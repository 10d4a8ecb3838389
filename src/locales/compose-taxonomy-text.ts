import { deepFreeze } from '../taxonomy/deep-freeze.js';
import type { NodeDescription, NodeText, TaxonomyDescriptions, TaxonomyLabels, TaxonomyText } from './types.js';

// Label and description of each id; the gloss only where there is one, so that a node
// without one has no `gloss` key at all.
function nodeTexts<K extends string>(
  labels: Readonly<Record<K, string>>,
  descriptions: Readonly<Record<K, NodeDescription>>,
): Readonly<Record<K, NodeText>> {
  const out = {} as Record<K, NodeText>;
  for (const id of Object.keys(labels) as K[]) {
    const { description, gloss } = descriptions[id];
    out[id] = gloss === undefined ? { label: labels[id], description } : { label: labels[id], description, gloss };
  }
  return out;
}

/**
 * Puts a language's labels and descriptions together into its {@link TaxonomyText}.
 *
 * A call with plain names as arguments, so a bundler drops it when the text is unused
 * (see `composeLocale`), while the labels alone stay importable without the descriptions.
 * @param labels - The short names, as the resolvers read them.
 * @param descriptions - The descriptions, glosses and other names.
 * @returns The frozen taxonomy text.
 * @example export const svTaxonomyText = composeTaxonomyText(svLabels, { functions: { … }, … });
 * @internal
 */
export function composeTaxonomyText(labels: TaxonomyLabels, descriptions: TaxonomyDescriptions): TaxonomyText {
  const subtypes = {} as Record<string, { label: string; values: Readonly<Record<string, NodeText>> }>;
  for (const [field, { label, values }] of Object.entries(labels.subtypes)) {
    const described = (descriptions.subtypes as Readonly<Record<string, Readonly<Record<string, NodeDescription>>>>)[field];
    subtypes[field] = { label, values: nodeTexts<string>(values, described ?? {}) };
  }
  return deepFreeze({
    functions: nodeTexts(labels.functions, descriptions.functions),
    groups: nodeTexts(labels.groups, descriptions.groups),
    categories: nodeTexts(labels.categories, descriptions.categories),
    options: nodeTexts(labels.options, descriptions.options),
    subtypes: subtypes as unknown as TaxonomyText['subtypes'],
    primaryValues: descriptions.primaryValues,
    units: labels.units,
    compensation: descriptions.compensation,
    fields: labels.fields,
  });
}
