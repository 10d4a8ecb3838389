import { enTaxonomyText } from '../locales/en-taxonomy-text.js';
import type { NodeText, TaxonomyText } from '../locales/types.js';
import { categoryById } from './category-index.js';
import { functionNodes, groupNodes, optionNodes } from './data.js';
import type {
  CategoryNode,
  FunctionNode,
  GroupNode,
  ManagementOption,
  OptionNode,
  PartnerCategory,
  PartnerFunction,
  PartnerGroup,
  PrimaryValue,
} from './types.js';

const byId = <T extends { readonly id: string }>(nodes: readonly T[]): ReadonlyMap<string, T> =>
  new Map(nodes.map((node) => [node.id, node]));

const functionsById = /* @__PURE__ */ byId<FunctionNode>(functionNodes);
const groupsById = /* @__PURE__ */ byId<GroupNode>(groupNodes);
const optionsById = /* @__PURE__ */ byId<OptionNode>(optionNodes);

// Lookups take ids typed as unions, so an unknown id here means a caller passed
// unchecked input: a programmer error, reported with what to do instead.
function find<T>(map: ReadonlyMap<unknown, T>, id: string, what: string, guard: string): T {
  const node = map.get(id);
  if (node === undefined) {
    throw new TypeError(
      `${JSON.stringify(id)} is not a ${what} id. Check input with ${guard}() first, or use resolvePartnerType() for free text.`,
    );
  }
  return node;
}

/**
 * A category's data with its label and description in one language.
 * @example
 * ```ts
 * const vad: CategoryInfo<'value-added-distributor'> = getCategory('value-added-distributor');
 * vad.primaryValue // 'direct-revenue'
 * ```
 * @category Taxonomy
 */
export type CategoryInfo<C extends PartnerCategory = PartnerCategory> = Extract<
  CategoryNode,
  { id: C }
> &
  NodeText & {
    /** The primary value of the category's function, e.g. `'direct-revenue'`. */
    readonly primaryValue: PrimaryValue;
  };

/**
 * Returns everything the taxonomy knows about a category: its function, group, status,
 * acronyms, subtype, facts, typical management, and its label and description.
 * @param id - A category id.
 * @param locale - The language of `label` and `description`: a locale such as `sv`, or any
 *   {@link TaxonomyText}; English by default.
 * @returns A frozen object describing the category.
 * @throws TypeError when `id` is not a category id (check with `isPartnerCategory`).
 * @example
 * getCategory('value-added-distributor').attributes.holdsInventory // { value: true, source: 'article' }
 * getCategory('oem', sv).label // 'OEM'
 * @category Taxonomy
 */
export function getCategory<C extends PartnerCategory>(id: C, locale: TaxonomyText = enTaxonomyText): CategoryInfo<C> {
  const node = find(categoryById, id, 'partner category', 'isPartnerCategory');
  const primaryValue = find(functionsById, node.function, 'partner function', 'isPartnerFunction').primaryValue;
  return Object.freeze({ ...node, ...locale.categories[node.id], primaryValue }) as CategoryInfo<C>;
}

/**
 * A function's data with its label and description in one language.
 * @example
 * ```ts
 * const sales: FunctionInfo = getFunction('sales');
 * sales.primaryValue // 'direct-revenue'
 * ```
 * @category Taxonomy
 */
export type FunctionInfo = FunctionNode & NodeText;

/**
 * Returns a partner function's data with its label and description.
 * @param id - A function id.
 * @param locale - The language of the text: a locale such as `sv`, or any
 *   {@link TaxonomyText}; English by default.
 * @returns A frozen object describing the function.
 * @throws TypeError when `id` is not a function id.
 * @example getFunction('sales').label // 'Sales partners'
 * @category Taxonomy
 */
export function getFunction(id: PartnerFunction, locale: TaxonomyText = enTaxonomyText): FunctionInfo {
  const node = find(functionsById, id, 'partner function', 'isPartnerFunction');
  return Object.freeze({ ...node, ...locale.functions[node.id] });
}

/**
 * A group's data with its label and description in one language.
 * @example
 * ```ts
 * const group: GroupInfo = getGroup('professional-services');
 * group.label // 'Professional services'
 * ```
 * @category Taxonomy
 */
export type GroupInfo = GroupNode & NodeText;

/**
 * Returns a service group's data with its label and description.
 * @param id - A group id.
 * @param locale - The language of the text: a locale such as `sv`, or any
 *   {@link TaxonomyText}; English by default.
 * @returns A frozen object describing the group.
 * @throws TypeError when `id` is not a group id.
 * @example getGroup('business-services').function // 'service'
 * @category Taxonomy
 */
export function getGroup(id: PartnerGroup, locale: TaxonomyText = enTaxonomyText): GroupInfo {
  const node = find(groupsById, id, 'partner group', 'isPartnerGroup');
  return Object.freeze({ ...node, ...locale.groups[node.id] });
}

/**
 * A management option's data with its label and description in one language.
 * @example
 * ```ts
 * const option: OptionInfo = getOption('one-to-one');
 * option.label // 'One-to-one management'
 * ```
 * @category Taxonomy
 */
export type OptionInfo = OptionNode & NodeText;

/**
 * Returns a management option's data with its label and description.
 * @param id - A management option id.
 * @param locale - The language of the text: a locale such as `sv`, or any
 *   {@link TaxonomyText}; English by default.
 * @returns A frozen object describing the option.
 * @throws TypeError when `id` is not a management option id.
 * @example getOption('sla').label // 'Service level agreement'
 * @category Taxonomy
 */
export function getOption(id: ManagementOption, locale: TaxonomyText = enTaxonomyText): OptionInfo {
  const node = find(optionsById, id, 'management option', 'isManagementOption');
  return Object.freeze({ ...node, ...locale.options[node.id] });
}
