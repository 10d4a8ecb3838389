import { categoryNodes, functionNodes, groupNodes, optionNodes } from './data.js';
import { knownUnits } from './ids.js';
import type {
  KnownUnit,
  ManagementOption,
  PartnerCategory,
  PartnerFunction,
  PartnerGroup,
} from './types.js';

const idSet = (nodes: readonly { readonly id: string }[]): ReadonlySet<string> =>
  new Set(nodes.map((node) => node.id));

const categoryIds = /* @__PURE__ */ idSet(categoryNodes);
const functionIds = /* @__PURE__ */ idSet(functionNodes);
const groupIds = /* @__PURE__ */ idSet(groupNodes);
const optionIds = /* @__PURE__ */ idSet(optionNodes);
const unitIds: ReadonlySet<string> = /* @__PURE__ */ new Set(knownUnits);

/**
 * Whether a value is a partner category id (exactly; use `resolvePartnerType` for text).
 * @param value - Any value.
 * @returns `true` when `value` is one of the 22 category ids.
 * @example isPartnerCategory('oem') // true
 * @example isPartnerCategory('OEM') // false
 * @category Taxonomy
 */
export function isPartnerCategory(value: unknown): value is PartnerCategory {
  return typeof value === 'string' && categoryIds.has(value);
}

/**
 * Whether a value is a partner function id.
 * @param value - Any value.
 * @returns `true` when `value` is `'solution'`, `'sales'`, `'service'` or `'influencer'`.
 * @example isPartnerFunction('sales') // true
 * @category Taxonomy
 */
export function isPartnerFunction(value: unknown): value is PartnerFunction {
  return typeof value === 'string' && functionIds.has(value);
}

/**
 * Whether a value is a group id.
 * @param value - Any value.
 * @returns `true` when `value` is a group id.
 * @example isPartnerGroup('business-services') // true
 * @category Taxonomy
 */
export function isPartnerGroup(value: unknown): value is PartnerGroup {
  return typeof value === 'string' && groupIds.has(value);
}

/**
 * Whether a value is a management option id.
 * @param value - Any value.
 * @returns `true` when `value` is one of the five option ids.
 * @example isManagementOption('sla') // true
 * @category Taxonomy
 */
export function isManagementOption(value: unknown): value is ManagementOption {
  return typeof value === 'string' && optionIds.has(value);
}

/**
 * Whether a value is one of the organisational units the article names.
 * @param value - Any value.
 * @returns `true` when `value` is a known unit id such as `'channel-sales'`.
 * @example isKnownUnit('marketing') // true
 * @category Taxonomy
 */
export function isKnownUnit(value: unknown): value is KnownUnit {
  return typeof value === 'string' && unitIds.has(value);
}
