import { categoryById } from './category-index.js';
import { categoryNodes, groupNodes } from './data.js';
import type { PartnerCategory, PartnerFunction, PartnerGroup } from './types.js';

/**
 * The categories of a function, in the article's order.
 * @param fn - A function id.
 * @returns The category ids whose function is `fn`.
 * @example categoriesOf('sales') // ['solution-reseller', 'value-added-distributor', 'cloud-reseller', 'sales-agent']
 * @category Taxonomy
 */
export function categoriesOf(fn: PartnerFunction): readonly PartnerCategory[] {
  return categoryNodes.filter((node) => node.function === fn).map((node) => node.id);
}

/**
 * The categories in a group, in the article's order.
 * @param group - A group id.
 * @returns The category ids in `group`.
 * @example categoriesInGroup('business-services') // ['logistics-3pl', 'financing']
 * @category Taxonomy
 */
export function categoriesInGroup(group: PartnerGroup): readonly PartnerCategory[] {
  return categoryNodes.filter((node) => node.group === group).map((node) => node.id);
}

/**
 * The groups of a function (only `service` has any).
 * @param fn - A function id.
 * @returns The group ids under `fn`.
 * @example groupsOf('service') // ['business-services', 'professional-services']
 * @category Taxonomy
 */
export function groupsOf(fn: PartnerFunction): readonly PartnerGroup[] {
  return groupNodes.filter((node) => node.function === fn).map((node) => node.id);
}

/**
 * The function a category belongs to.
 * @param category - A category id.
 * @returns Its function id, or `undefined` if `category` is not a category id.
 * @example functionOf('oem') // 'solution'
 * @category Taxonomy
 */
export function functionOf(category: PartnerCategory): PartnerFunction | undefined {
  return categoryById.get(category)?.function;
}

/**
 * The group a category sits in, if any.
 * @param category - A category id.
 * @returns Its group id, or `undefined` when it has none.
 * @example groupOf('financing') // 'business-services'
 * @example groupOf('oem') // undefined
 * @category Taxonomy
 */
export function groupOf(category: PartnerCategory): PartnerGroup | undefined {
  return categoryById.get(category)?.group ?? undefined;
}
