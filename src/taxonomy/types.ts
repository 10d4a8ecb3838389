/**
 * Types derived from the taxonomy table. Nothing here lists an id by hand: every union is
 * an indexed access into `data.ts`, so a new category appears in every type at once.
 */
import type { categoryNodes, functionNodes, groupNodes, knownUnits, optionNodes } from './data.js';
import type { Simplify } from './simplify.js';

/**
 * A function node: one of the four primary functions a partner serves.
 * @category Taxonomy
 */
export type FunctionNode = (typeof functionNodes)[number];

/**
 * A group node: a subdivision of a function (only `service` has groups).
 * @category Taxonomy
 */
export type GroupNode = (typeof groupNodes)[number];

/**
 * A category node: one of the 22 partner categories, with its facts.
 * @category Taxonomy
 */
export type CategoryNode = (typeof categoryNodes)[number];

/**
 * A management-option node: one of the five ways to manage partners.
 * @category Taxonomy
 */
export type OptionNode = (typeof optionNodes)[number];

/**
 * Any node of the taxonomy, discriminated by `kind`.
 * @category Taxonomy
 */
export type TaxonomyNode = FunctionNode | GroupNode | CategoryNode | OptionNode;

/**
 * A partner function id: `'solution' | 'sales' | 'service' | 'influencer'`.
 * @category Taxonomy
 */
export type PartnerFunction = FunctionNode['id'];

/**
 * A group id: `'business-services' | 'professional-services'`.
 * @category Taxonomy
 */
export type PartnerGroup = GroupNode['id'];

/**
 * A partner category id, such as `'value-added-distributor'`.
 * @category Taxonomy
 */
export type PartnerCategory = CategoryNode['id'];

/**
 * A management option id, such as `'formal-program'`.
 * @category Taxonomy
 */
export type ManagementOption = OptionNode['id'];

/**
 * A unit the article names as a place where relationships are managed.
 * @category Taxonomy
 */
export type KnownUnit = (typeof knownUnits)[number];

/**
 * The function's primary value id, such as `'direct-revenue'`.
 * @category Taxonomy
 */
export type PrimaryValue = FunctionNode['primaryValue'];

/** The category node with the given id. */
type CategoryNodeOf<C extends PartnerCategory> = Extract<CategoryNode, { id: C }>;

/**
 * The categories that have a subtype.
 * @category Taxonomy
 */
export type SubtypedCategory = Extract<CategoryNode, { subtype: object }>['id'];

/**
 * The name of a subtype field: `'kind' | 'stage' | 'mode' | 'businessModel'`.
 * @category Taxonomy
 */
export type SubtypeField = Extract<CategoryNode, { subtype: object }>['subtype']['field'];

/**
 * The allowed values of a subtype field, e.g. `SubtypeValue<'stage'>` is
 * `'pre-offer' | 'post-offer'`.
 * @category Taxonomy
 */
export type SubtypeValue<F extends SubtypeField = SubtypeField> = Extract<
  CategoryNode,
  { subtype: { field: F } }
>['subtype']['values'][number];


type PartnerTypeOf<C extends CategoryNode> = C extends {
  id: infer Id;
  subtype: { field: infer F extends string; values: readonly (infer V)[] };
}
  ? Simplify<{ readonly category: Id } & { readonly [K in F]?: V }>
  : { readonly category: C['id'] };

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
 * @category Taxonomy
 */
export type SubtypeFieldOf<C extends PartnerCategory> =
  CategoryNodeOf<C> extends { subtype: { field: infer F } } ? F : never;
