import { sharedFunction } from '../taxonomy/shared-function.js';
import type { PartnerCategory, PartnerFunction } from '../taxonomy/types.js';
import type { Mapping } from './types.js';

/**
 * What a vocabulary value makes of a partner row: a category, an unclassified partner
 * (with its likely categories and, when they share one, its function), or no partner.
 * @example
 * ```ts
 * const reading: MappingReading = readMapping(crosswalk(hubspotCompanyType, 'Reseller')!);
 * // { kind: 'unclassified', function: 'sales', candidates: ['solution-reseller', 'value-added-distributor', 'cloud-reseller'] }
 * ```
 * @category Crosswalk
 */
export type MappingReading =
  | {
      /** The value names a category. */
      readonly kind: 'category';
      /** That category. */
      readonly category: PartnerCategory;
    }
  | {
      /** The value names a partner, but no single category. */
      readonly kind: 'unclassified';
      /** The function, when the value names one or all its candidates share one. */
      readonly function: PartnerFunction | undefined;
      /** The categories the value most often means, best first; may be empty. */
      readonly candidates: readonly PartnerCategory[];
    }
  | {
      /** The value names no partner. */
      readonly kind: 'not-partner';
    };

/**
 * Reads a mapping as parsing does. A value names a category only when it lies within one
 * (`exact` or `narrower` to a category); a partner value that does not (`broader` or
 * `related` to a category, a function, `unclassified`) is an unclassified partner, and a
 * `none` value is no partner. Never a guess: a broader value is not read as its target.
 * @param mapping - A vocabulary's mapping of one value.
 * @returns The reading.
 * @example readMapping(crosswalk(salesforceAccountType, 'Installation Partner')!) // { kind: 'category', category: 'consulting-deployment' }
 * @example readMapping(crosswalk(dynamicsRelationshipType, 'Influencer')!) // { kind: 'unclassified', function: 'influencer', candidates: [] }
 * @category Crosswalk
 */
export function readMapping(mapping: Mapping): MappingReading {
  if (mapping.relation === 'none') return { kind: 'not-partner' };
  const target = mapping.target;
  if (target?.kind === 'category' && (mapping.relation === 'exact' || mapping.relation === 'narrower')) {
    return { kind: 'category', category: target.id };
  }
  const candidates = mapping.candidates ?? (target?.kind === 'category' ? [target.id] : []);
  // A value within a function (the same or narrower) is one of its partners; otherwise
  // the function is known only when every likely category shares it.
  const within = target?.kind === 'function' && (mapping.relation === 'exact' || mapping.relation === 'narrower');
  return { kind: 'unclassified', function: within ? target.id : sharedFunction(candidates), candidates };
}
