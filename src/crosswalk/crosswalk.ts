import { categoryNodes } from '../taxonomy/data.js';
import type { PartnerCategory, PartnerFunction } from '../taxonomy/types.js';
import type { Mapping, Vocabulary } from './types.js';
import { valueKey as key } from '../taxonomy/value-key.js';

// Picklist values differ only in case, spacing and punctuation between exports
// ("Channel Partner / Reseller", "channel partner/reseller"); no stemming or aliases here,
// so crosswalks stay independent of the resolvers.

/**
 * Translates a value of an outside vocabulary into the taxonomy: its mapping, with the
 * relation (exact, broader, narrower, related or none), the target and the rationale.
 * Values match in any case, spacing or punctuation.
 * @param vocabulary - A shipped vocabulary such as `salesforceAccountType`, or your own.
 * @param value - The outside value, e.g. a Salesforce Account Type.
 * @returns The mapping, or `undefined` when the vocabulary has no such value.
 * @example crosswalk(salesforceAccountType, 'technology partner')?.target // { kind: 'category', id: 'isv-ihv' }
 * @example crosswalk(salesforceAccountType, 'Prospect')?.relation // 'none'
 * @category Crosswalk
 */
export function crosswalk<V extends string>(vocabulary: Vocabulary<V>, value: string): Mapping<V> | undefined {
  if (typeof value !== 'string') return undefined;
  const wanted = key(value);
  return wanted === '' ? undefined : (indexOf(vocabulary).get(wanted) as Mapping<V> | undefined);
}

// Vocabularies are frozen, so each is indexed once, on its first lookup; parsing asks
// once per row.
const indexes = /* @__PURE__ */ new WeakMap<Vocabulary, ReadonlyMap<string, Mapping>>();

function indexOf(vocabulary: Vocabulary): ReadonlyMap<string, Mapping> {
  let index = indexes.get(vocabulary);
  if (index === undefined) {
    const byKey = new Map<string, Mapping>();
    for (const mapping of vocabulary.mappings) if (!byKey.has(key(mapping.value))) byKey.set(key(mapping.value), mapping);
    index = byKey;
    indexes.set(vocabulary, index);
  }
  return index;
}

/**
 * The inverse of {@link crosswalk}: the outside values that map to a category, or to the
 * function it belongs to, or (given a function) to the function or any of its categories.
 * @param vocabulary - The outside vocabulary.
 * @param target - A category or function id.
 * @returns The mappings that land on `target`, exact ones first.
 * @example crosswalkFrom(partnerMotions, 'value-added-distributor').map((m) => m.value) // ['sell']
 * @category Crosswalk
 */
export function crosswalkFrom<V extends string>(
  vocabulary: Vocabulary<V>,
  target: PartnerCategory | PartnerFunction,
): Mapping<V>[] {
  const node = categoryNodes.find((n) => n.id === target);
  const hits = vocabulary.mappings.filter((m) => {
    if (m.target === null) return false;
    if (node !== undefined) return m.target.id === node.id || (m.target.kind === 'function' && m.target.id === node.function);
    return m.target.id === target || (m.target.kind === 'category' && categoryNodes.some((n) => n.id === m.target?.id && n.function === target));
  });
  const order = { exact: 0, narrower: 1, broader: 2, related: 3, unclassified: 4, none: 5 } as const;
  return hits.sort((a, b) => order[a.relation] - order[b.relation]);
}
