/**
 * The shapes the taxonomy table must satisfy. The table itself (`data.ts`) is the source
 * of truth for ids; these interfaces only constrain its form, so that a typo in a field
 * name or a fact value fails to compile.
 */

/**
 * Whether a node is current. A deprecated node stays in the table forever, so stored
 * records that use its id keep parsing; `replacedBy` names the id to migrate to.
 * @example
 * ```ts
 * getCategory('oem').status // 'active'
 * const retired: NodeStatus = { status: 'deprecated', since: '2.0.0', replacedBy: 'platform' };
 * ```
 * @category Taxonomy
 */
export type NodeStatus =
  | { readonly status: 'active' }
  | { readonly status: 'deprecated'; readonly since: string; readonly replacedBy: string };

/**
 * A fact the article states about a category: `true`, `false`, `'varies'` (the article
 * says "may or may not"), or `null` when the article does not say.
 * @example const resells: Fact = getCategory('system-integrator').attributes.resells; // 'varies'
 * @category Taxonomy
 */
export type Fact = boolean | 'varies' | null;

/**
 * How a category's partners are paid, where the article says so.
 * @example const paidBy: readonly Compensation[] | null = getCategory('sales-agent').attributes.compensation; // ['commission']
 * @category Taxonomy
 */
export type Compensation = 'commission' | 'service-fee' | 'value-add-fee';

/** @internal */
export type FunctionNodeShape<O extends string = string> = NodeStatus & {
  readonly kind: 'function';
  readonly id: string;
  readonly primaryValue: string;
  /** The option the article's table gives for the function as a whole, if it does. */
  readonly typicalManagement: O | null;
};

/** @internal */
export type GroupNodeShape<F extends string = string> = NodeStatus & {
  readonly kind: 'group';
  readonly id: string;
  readonly function: F;
};

/** @internal */
export interface SubtypeShape {
  readonly field: string;
  readonly values: readonly string[];
}

/** @internal */
export interface CategoryAttributesShape {
  readonly takesTitle: Fact;
  readonly holdsInventory: Fact;
  readonly resells: Fact;
  readonly compensation: readonly Compensation[] | null;
}

/** @internal */
export type TypicalManagementShape<O extends string = string> =
  | O
  | { readonly by: string; readonly cases: Readonly<Record<string, O>> };

/** @internal */
export type CategoryNodeShape<
  F extends string = string,
  G extends string = string,
  O extends string = string,
> = NodeStatus & {
  readonly kind: 'category';
  readonly id: string;
  readonly function: F;
  readonly group: G | null;
  readonly acronyms: readonly string[];
  readonly subtype: SubtypeShape | null;
  readonly attributes: CategoryAttributesShape;
  readonly typicalManagement: TypicalManagementShape<O>;
};

/** @internal */
export type OptionNodeShape = NodeStatus & {
  readonly kind: 'option';
  readonly id: string;
};
