import { en } from '../locales/en.js';
import { labelOf } from '../locales/naming.js';
import type { Locale } from '../locales/types.js';
import type { Fact, FactValue } from '../taxonomy/node-types.js';
import type { CategoryNode } from '../taxonomy/types.js';

/**
 * A category's facts and typical option as words in one language: the shared reading of
 * the taxonomy table for the reference renderers (Markdown, CSV) and the `lookup` command.
 * A fact of ours reads "yes (our reading)"; a fact the article states reads bare.
 * @internal
 */
export interface CategoryFacts {
  readonly takesTitle: string;
  readonly holdsInventory: string;
  readonly resells: string;
  readonly compensation: string;
  readonly typical: string;
  /** The subtype field and its values by their labels, e.g. "Stage: Pre-offer, Post-offer". */
  readonly subtype: string;
  readonly acronyms: string;
}

// A fact's words, marked when the fact is ours; the article's facts read bare.
function sourced<T>(fact: Fact<T>, words: (value: T) => string, locale: Locale): string {
  if (fact === null) return locale.reference.facts.unstated;
  const text = words(fact.value);
  return fact.source === 'project' ? locale.reference.projectFact({ fact: text }) : text;
}

const factWords =
  (locale: Locale) =>
  (value: FactValue): string =>
    value === true ? locale.reference.facts.yes : value === false ? locale.reference.facts.no : locale.reference.facts.varies;

type SubtypeText = Readonly<Record<string, { readonly label: string }>>;

/**
 * The label of a subtype value in a locale, or the value itself if it has none.
 * @internal
 */
export function subtypeValueLabel(locale: Locale, field: string, value: string): string {
  return labelOf(locale, field, value) ?? value;
}

/**
 * The label of a subtype field in a locale, or the field itself if it has none.
 * @internal
 */
export function subtypeFieldLabel(locale: Locale, field: string): string {
  return (locale.subtypes as SubtypeText)[field]?.label ?? field;
}

/** @internal */
export function categoryFacts(node: CategoryNode, locale: Locale = en): CategoryFacts {
  const { attributes, typicalManagement: typical } = node;
  const fact = factWords(locale);
  return {
    takesTitle: sourced(attributes.takesTitle as Fact, fact, locale),
    holdsInventory: sourced(attributes.holdsInventory as Fact, fact, locale),
    resells: sourced(attributes.resells as Fact, fact, locale),
    compensation: sourced(
      attributes.compensation as Fact<readonly (keyof Locale['compensation'])[]>,
      (paid) => paid.map((c) => locale.compensation[c]).join(', '),
      locale,
    ),
    typical:
      typeof typical === 'string'
        ? locale.options[typical].label
        : Object.entries(typical.cases)
            .map(([value, option]) =>
              locale.reference.byValue({
                value: subtypeValueLabel(locale, typical.by, value),
                option: locale.options[option].label,
              }),
            )
            .join('; '),
    subtype:
      node.subtype === null
        ? ''
        : `${subtypeFieldLabel(locale, node.subtype.field)}: ${node.subtype.values
            .map((value) => subtypeValueLabel(locale, node.subtype?.field ?? '', value))
            .join(', ')}`,
    acronyms: node.acronyms.join(', '),
  };
}
