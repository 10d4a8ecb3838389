import { categoryById } from './category-index.js';
import type { PartnerCategory, PartnerFunction } from './types.js';

/**
 * The function every one of the categories belongs to, or `undefined` when they belong to
 * several or the list is empty: a partner that may be any of "solution reseller, cloud
 * reseller, value-added distributor" is a sales partner, whichever it turns out to be.
 * @internal
 */
export function sharedFunction(categories: readonly PartnerCategory[]): PartnerFunction | undefined {
  let shared: PartnerFunction | undefined;
  for (const category of categories) {
    const fn = categoryById.get(category)?.function;
    if (fn === undefined || (shared !== undefined && fn !== shared)) return undefined;
    shared = fn;
  }
  return shared;
}
