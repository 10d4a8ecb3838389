import { categoryNodes, functionNodes, groupNodes, optionNodes, unitNodes } from './data.js';
import type { ManagementOption, PartnerCategory, PartnerFunction, PartnerGroup } from './types.js';

const ids = <T extends { readonly id: string }>(nodes: readonly T[]): readonly T['id'][] =>
  Object.freeze(nodes.map((node) => node.id));

/**
 * The four partner function ids, in the article's order.
 * @example partnerFunctions // ['solution', 'sales', 'service', 'influencer']
 * @category Taxonomy
 */
export const partnerFunctions: readonly PartnerFunction[] = /* @__PURE__ */ ids(functionNodes);

/**
 * The service group ids, in the article's order.
 * @example partnerGroups // ['business-services', 'professional-services']
 * @category Taxonomy
 */
export const partnerGroups: readonly PartnerGroup[] = /* @__PURE__ */ ids(groupNodes);

/**
 * The 22 partner category ids, grouped by function in the article's order.
 * @example partnerCategories.length // 22
 * @category Taxonomy
 */
export const partnerCategories: readonly PartnerCategory[] = /* @__PURE__ */ ids(categoryNodes);

/**
 * The five management option ids, from most to least formal.
 * @example managementOptions[0] // 'formal-program'
 * @category Taxonomy
 */
export const managementOptions: readonly ManagementOption[] = /* @__PURE__ */ ids(optionNodes);

/**
 * The ids of the known units, article's first (see {@link unitNodes} for their sources).
 * @example knownUnits // ['channel-sales', 'product', 'marketing', 'alliances', 'services', 'executive']
 * @category Taxonomy
 */
export const knownUnits: readonly (typeof unitNodes)[number]['id'][] = /* @__PURE__ */ ids(unitNodes);
