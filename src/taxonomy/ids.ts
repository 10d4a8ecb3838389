import { categoryNodes, functionNodes, groupNodes, optionNodes } from './data.js';
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
