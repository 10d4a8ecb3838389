import { en } from '../locales/en.js';
import type { Locale } from '../locales/types.js';
import type { Fact } from '../taxonomy/node-types.js';
import type { CategoryNode } from '../taxonomy/types.js';

/**
 * A category's facts and typical option as words in one language: the shared reading of
 * the taxonomy table for the reference renderers (Markdown, CSV).
 * @internal
 */
export interface CategoryFacts {
  readonly takesTitle: string;
  readonly holdsInventory: string;
  readonly resells: string;
  readonly compensation: string;
  readonly typical: string;
  readonly subtype: string;
  readonly acronyms: string;
}

const fact = (value: Fact, locale: Locale): string =>
  value === true
    ? locale.reference.facts.yes
    : value === false
      ? locale.reference.facts.no
      : value === 'varies'
        ? locale.reference.facts.varies
        : locale.reference.facts.unstated;

/** @internal */
export function categoryFacts(node: CategoryNode, locale: Locale = en): CategoryFacts {
  const { attributes, typicalManagement: typical } = node;
  const subtypeText = locale.subtypes as Record<string, { label: string; values: Record<string, { label: string }> }>;
  return {
    takesTitle: fact(attributes.takesTitle, locale),
    holdsInventory: fact(attributes.holdsInventory, locale),
    resells: fact(attributes.resells, locale),
    compensation:
      attributes.compensation === null
        ? locale.reference.facts.unstated
        : attributes.compensation.map((c) => locale.compensation[c]).join(', '),
    typical:
      typeof typical === 'string'
        ? locale.options[typical].label
        : Object.entries(typical.cases)
            .map(([value, option]) =>
              locale.reference.byValue({
                value: subtypeText[typical.by]?.values[value]?.label ?? value,
                option: locale.options[option].label,
              }),
            )
            .join('; '),
    subtype:
      node.subtype === null
        ? ''
        : `${subtypeText[node.subtype.field]?.label ?? node.subtype.field} (\`${node.subtype.field}\`): ${node.subtype.values.join(', ')}`,
    acronyms: node.acronyms.join(', '),
  };
}
