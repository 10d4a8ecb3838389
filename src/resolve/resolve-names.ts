import { enLabels } from '../locales/en-labels.js';
import { svLabels } from '../locales/sv-labels.js';
import type { TaxonomyLabels } from '../locales/types.js';
import { categoryNodes } from '../taxonomy/data.js';
import { knownUnits } from '../taxonomy/ids.js';
import { managementOptions, partnerFunctions } from '../taxonomy/ids.js';
import type {
  KnownUnit,
  ManagementOption,
  PartnerFunction,
  SubtypeField,
  SubtypeValue,
} from '../taxonomy/types.js';
import { optionAliases, svNames } from './aliases.js';
import { createNameResolver, type NameResolver } from './name-resolver.js';

// Both languages' labels first, from the data the locales' text is made of; then the
// other Swedish names (the article's words, former labels).
const languages: readonly TaxonomyLabels[] = [enLabels, svLabels];

const labelled = <V extends string>(ids: readonly V[], label: (labels: TaxonomyLabels, id: V) => string) =>
  languages.flatMap((labels) => ids.map((id) => [label(labels, id), id] as const));

const swedish = <V extends string>(ids: readonly V[]): (readonly [string, V])[] =>
  svNames.filter((entry): entry is readonly [string, V] => (ids as readonly string[]).includes(entry[1]));

const options = /* @__PURE__ */ createNameResolver<ManagementOption>(managementOptions, () => [
  ...labelled(managementOptions, (labels, id) => labels.options[id]),
  ...optionAliases,
]);

const functions = /* @__PURE__ */ createNameResolver<PartnerFunction>(partnerFunctions, () => [
  ...labelled(partnerFunctions, (labels, id) => labels.functions[id]),
  ...swedish(partnerFunctions),
]);

const units = /* @__PURE__ */ createNameResolver<KnownUnit>(knownUnits, () => [
  ...labelled(knownUnits, (labels, id) => labels.units[id]),
  ...swedish(knownUnits),
]);

const subtypeResolvers = /* @__PURE__ */ new Map<string, NameResolver<string>>();

function subtypes<F extends SubtypeField>(field: F): NameResolver<SubtypeValue<F>> | undefined {
  let resolver = subtypeResolvers.get(field);
  if (resolver === undefined) {
    const values = categoryNodes.find((node) => node.subtype?.field === field)?.subtype?.values;
    if (values === undefined) return undefined;
    resolver = createNameResolver<string>(values, () => [
      ...labelled(values, (labels, id) => (labels.subtypes[field].values as Readonly<Record<string, string>>)[id] ?? id),
      ...swedish(values),
    ]);
    subtypeResolvers.set(field, resolver);
  }
  return resolver as NameResolver<SubtypeValue<F>>;
}

/**
 * Turns text such as "Formal program", "1:1", "SLA" or "Marknadsföring och PR" into a
 * management option id.
 * @param text - Free text.
 * @returns The option id, or `undefined` when nothing matches with confidence.
 * @example resolveManagementOption('one on one') // 'one-to-one'
 * @category Resolve
 */
export function resolveManagementOption(text: string): ManagementOption | undefined {
  return options.resolve(text);
}

/**
 * The management option nearest to text that did not resolve, for a "did you mean".
 * @param text - Free text.
 * @returns An option id, or `undefined` when nothing is close.
 * @example suggestManagementOption('formal progam') // 'formal-program'
 * @category Resolve
 */
export function suggestManagementOption(text: string): ManagementOption | undefined {
  return options.suggest(text);
}

/**
 * Turns text such as "Sales partners" or "Lösningspartner" into a function id.
 * @param text - Free text.
 * @returns The function id, or `undefined` when nothing matches with confidence.
 * @example resolvePartnerFunction('Försäljningspartner') // 'sales'
 * @category Resolve
 */
export function resolvePartnerFunction(text: string): PartnerFunction | undefined {
  return functions.resolve(text);
}

/**
 * The function nearest to text that did not resolve, for a "did you mean".
 * @param text - Free text.
 * @returns A function id, or `undefined` when nothing is close.
 * @example suggestPartnerFunction('sale') // 'sales'
 * @category Resolve
 */
export function suggestPartnerFunction(text: string): PartnerFunction | undefined {
  return functions.suggest(text);
}

/**
 * Turns text such as "Channel Sales" or "Kanalförsäljning" into a known unit id.
 * Other unit names are not errors; they simply do not resolve.
 * @param text - Free text.
 * @returns The unit id, or `undefined` when the text names no known unit.
 * @example resolveUnit('Channel Sales') // 'channel-sales'
 * @category Resolve
 */
export function resolveUnit(text: string): KnownUnit | undefined {
  return units.resolve(text);
}

/**
 * Turns text such as "Pre-offer" or "före lansering" into a value of a subtype field.
 * @param field - The subtype field: `'kind'`, `'stage'`, `'mode'` or `'businessModel'`.
 * @param text - Free text.
 * @returns The value id, or `undefined` when nothing matches with confidence.
 * @example resolveSubtypeValue('stage', 'Pre offer') // 'pre-offer'
 * @category Resolve
 */
export function resolveSubtypeValue<F extends SubtypeField>(field: F, text: string): SubtypeValue<F> | undefined {
  return subtypes(field)?.resolve(text);
}

/**
 * The subtype value nearest to text that did not resolve, for a "did you mean".
 * @param field - The subtype field.
 * @param text - Free text.
 * @returns A value id, or `undefined` when nothing is close.
 * @example suggestSubtypeValue('stage', 'post-ofer') // 'post-offer'
 * @category Resolve
 */
export function suggestSubtypeValue<F extends SubtypeField>(field: F, text: string): SubtypeValue<F> | undefined {
  return subtypes(field)?.suggest(text);
}
