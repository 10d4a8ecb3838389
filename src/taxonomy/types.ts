/**
 * Types derived from the taxonomy table. Nothing here lists an id by hand: every union is
 * an indexed access into `data.ts`, so a new category appears in every type at once.
 */
import type { categoryNodes, functionNodes, groupNodes, optionNodes, unitNodes } from './data.js';
import type { Simplify } from './simplify.js';

/**
 * A function node: one of the four primary functions a partner serves.
 * @example
 * ```ts
 * const sales: FunctionNode = functionNodes[1];
 * sales.primaryValue // 'direct-revenue'
 * ```
 * @category Taxonomy
 */
export type FunctionNode = (typeof functionNodes)[number];

/**
 * A group node: a subdivision of a function (only `service` has groups).
 * @example
 * ```ts
 * const group: GroupNode = groupNodes[0];
 * group.function // 'service'
 * ```
 * @category Taxonomy
 */
export type GroupNode = (typeof groupNodes)[number];

/**
 * A category node: one of the 22 partner categories, with its facts.
 * @example
 * ```ts
 * const vad: CategoryNode | undefined = categoryNodes.find((node) => node.id === 'value-added-distributor');
 * vad?.attributes.holdsInventory // { value: true, source: 'article' }
 * ```
 * @category Taxonomy
 */
export type CategoryNode = (typeof categoryNodes)[number];

/**
 * A management-option node: one of the five ways to manage partners.
 * @example
 * ```ts
 * const sla: OptionNode = optionNodes[3];
 * sla.id // 'sla'
 * ```
 * @category Taxonomy
 */
export type OptionNode = (typeof optionNodes)[number];

/**
 * Any node of the taxonomy, discriminated by `kind`.
 * @example
 * ```ts
 * const nodes: readonly TaxonomyNode[] = [...functionNodes, ...groupNodes, ...categoryNodes, ...optionNodes];
 * nodes.filter((node) => node.kind === 'category').length // 22
 * ```
 * @category Taxonomy
 */
export type TaxonomyNode = FunctionNode | GroupNode | CategoryNode | OptionNode;

/**
 * A partner function id: `'solution' | 'sales' | 'service' | 'influencer'`.
 * @example const fn: PartnerFunction = 'sales';
 * @category Taxonomy
 */
export type PartnerFunction = FunctionNode['id'];

/**
 * A group id: `'business-services' | 'professional-services'`.
 * @example const group: PartnerGroup = 'business-services';
 * @category Taxonomy
 */
export type PartnerGroup = GroupNode['id'];

/**
 * A partner category id, such as `'value-added-distributor'`.
 * @example const category: PartnerCategory = 'value-added-distributor';
 * @category Taxonomy
 */
export type PartnerCategory = CategoryNode['id'];

/**
 * A management option id, such as `'formal-program'`.
 * @example const option: ManagementOption = 'sla';
 * @category Taxonomy
 */
export type ManagementOption = OptionNode['id'];

/**
 * A unit node: a place in the organisation where relationships are managed, with whether
 * the article names it.
 * @example
 * ```ts
 * const unit: UnitNode = unitNodes[0];
 * unit.source // 'article'
 * ```
 * @category Taxonomy
 */
export type UnitNode = (typeof unitNodes)[number];

/**
 * A known unit: one the article names (`channel-sales`, `product`, `marketing`) or one
 * this project adds (`alliances`, `services`, `executive`).
 * @example const unit: KnownUnit = 'channel-sales';
 * @category Taxonomy
 */
export type KnownUnit = UnitNode['id'];

/**
 * The function's primary value id, such as `'direct-revenue'`.
 * @example const value: PrimaryValue = getFunction('sales').primaryValue; // 'direct-revenue'
 * @category Taxonomy
 */
export type PrimaryValue = FunctionNode['primaryValue'];

/** The category node with the given id. */
type CategoryNodeOf<C extends PartnerCategory> = Extract<CategoryNode, { id: C }>;

/**
 * The categories that have a subtype.
 * @example const category: SubtypedCategory = 'msp-cmsp'; // or 'isv-ihv', 'sales-agent', 'authorized-service'
 * @category Taxonomy
 */
export type SubtypedCategory = Extract<CategoryNode, { subtype: object }>['id'];

/**
 * The name of a subtype field: `'kind' | 'stage' | 'mode' | 'businessModel'`.
 * @example const field: SubtypeField = 'stage';
 * @category Taxonomy
 */
export type SubtypeField = Extract<CategoryNode, { subtype: object }>['subtype']['field'];

/**
 * The allowed values of a subtype field, e.g. `SubtypeValue<'stage'>` is
 * `'pre-offer' | 'post-offer'`.
 * @example const stage: SubtypeValue<'stage'> = 'post-offer';
 * @category Taxonomy
 */
export type SubtypeValue<F extends SubtypeField = SubtypeField> = Extract<
  CategoryNode,
  { subtype: { field: F } }
>['subtype']['values'][number];

/**
 * The partner type of a category node (or a union of nodes, member by member). Takes the
 * node itself, where {@link PartnerTypeFor} takes an id and looks the node up: types that
 * already hold the node use this one and skip the lookup, which every consumer's type
 * checker would otherwise redo for each of the 22 categories.
 * @example type Oem = PartnerTypeOf<CategoryNodeOf<'oem'>>; // { category: 'oem' }
 * @category Taxonomy
 */
export type PartnerTypeOf<C extends CategoryNode> = C extends {
  id: infer Id;
  subtype: { field: infer F extends string; values: readonly (infer V)[] };
}
  ? Simplify<
      {
        /** The category id. */
        readonly category: Id;
      } & { readonly [K in F]?: V }
    >
  : {
      /** The category id. */
      readonly category: C['id'];
    };

/**
 * A partner's type: its category plus the subtype field of that category, if it has one.
 * A discriminated union on `category`, so a subtype field is allowed only on its own
 * category.
 * @example
 * ```ts
 * const msp: PartnerType = { category: 'msp-cmsp', stage: 'pre-offer' };
 * // Does not compile: stage applies only to msp-cmsp.
 * const oem: PartnerType = { category: 'oem', stage: 'pre-offer' };
 * ```
 * @category Taxonomy
 */
export type PartnerType = PartnerTypeOf<CategoryNode>;

/**
 * The member of {@link PartnerType} for one category.
 * @example type Msp = PartnerTypeFor<'msp-cmsp'>; // { category: 'msp-cmsp'; stage?: 'pre-offer' | 'post-offer' }
 * @category Taxonomy
 */
export type PartnerTypeFor<C extends PartnerCategory> = PartnerTypeOf<CategoryNodeOf<C>>;

/**
 * The subtype field name of a category, or `never` when it has none.
 * @example const field: SubtypeFieldOf<'msp-cmsp'> = 'stage'; // SubtypeFieldOf<'oem'> is never
 * @category Taxonomy
 */
export type SubtypeFieldOf<C extends PartnerCategory> =
  CategoryNodeOf<C> extends { subtype: { field: infer F } } ? F : never;
