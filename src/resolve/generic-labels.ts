/**
 * Words that say a row is a partner without saying which category: "Partner", or a word
 * several categories share, such as "Reseller". Parsing makes such a row an unclassified
 * partner with these candidates, never a guess. This project's list; the article uses
 * none of these words as a category.
 */
import { deepFreeze } from '../taxonomy/deep-freeze.js';
import { sharedFunction } from '../taxonomy/shared-function.js';
import type { PartnerCategory, PartnerFunction } from '../taxonomy/types.js';
import { providerCategories, resellingCategories, technologyCategories } from '../taxonomy/broad-readings.js';
import { valueKey } from '../taxonomy/value-key.js';
import { matchKey } from './normalize.js';
import { createTextIndex, lazy } from './text-index.js';

/** @internal */
export const genericLabels: readonly (readonly [string, readonly PartnerCategory[]])[] = /* @__PURE__ */ deepFreeze([
  ['Channel partner', []],
  ['Kanalpartner', []],
  ['Alliance partner', []],
  ['Allianspartner', []],
  ['Reseller', resellingCategories],
  ['Återförsäljare', resellingCategories],
  ['Channel Partner / Reseller', resellingCategories],
  ['Distributor', ['value-added-distributor']],
  ['Distributör', ['value-added-distributor']],
  ['Distributörer', ['value-added-distributor']],
  ['Technology partner', technologyCategories],
  ['Teknikpartner', technologyCategories],
  ['Service provider', providerCategories],
  ['Tjänsteleverantör', providerCategories],
  ['Solution provider', ['system-integrator', 'solution-reseller', 'msp-cmsp']],
  ['Lösningsleverantör', ['system-integrator', 'solution-reseller', 'msp-cmsp']],
  ['Professional services', ['training-certification', 'epc', 'consulting-deployment']],
] as const);

/**
 * A generic label's reading: the categories it most often means, best first (possibly
 * none), and the function when they all share one.
 * @category Resolve
 * @example const reading: GenericLabel | undefined = resolveGenericLabel('Reseller'); // { candidates: ['solution-reseller', …], function: 'sales' }
 */
export interface GenericLabel {
  /** The categories the word most often means, best first; empty for plain "Partner". */
  readonly candidates: readonly PartnerCategory[];
  /** The function all candidates share, if they do. */
  readonly function: PartnerFunction | undefined;
}

const index = /* @__PURE__ */ lazy(() =>
  createTextIndex<GenericLabel>(
    genericLabels.map(([text, candidates]) => [text, Object.freeze({ candidates, function: sharedFunction(candidates) })] as const),
  ),
);

const anyPartner: GenericLabel = /* @__PURE__ */ Object.freeze({ candidates: Object.freeze([]), function: undefined });

/**
 * Reads a word that names partners without naming one category ("Partner", "Reseller",
 * "Återförsäljare", "Distributor"), for rows to be kept as unclassified partners rather
 * than guessed at or rejected. Text that names a category resolves with
 * `resolvePartnerType` instead, and gives `undefined` here.
 * @param text - A category cell.
 * @returns The candidates and function, or `undefined` when the text is no generic label.
 * @example resolveGenericLabel('Återförsäljare')?.candidates // ['solution-reseller', 'value-added-distributor', 'cloud-reseller']
 * @example resolveGenericLabel('Partners') // { candidates: [], function: undefined }
 * @category Resolve
 */
export function resolveGenericLabel(text: string): GenericLabel | undefined {
  if (typeof text !== 'string') return undefined;
  // The resolvers' match key drops "partner" as filler, so the bare word is checked here.
  if (matchKey(text) === '') return /^partners?$/.test(valueKey(text)) ? anyPartner : undefined;
  return index().get(text);
}
