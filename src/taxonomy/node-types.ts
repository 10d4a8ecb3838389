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
  | {
      /** The node is current. */
      readonly status: 'active';
    }
  | {
      /** The node is retired: keep reading it, write `replacedBy` instead. */
      readonly status: 'deprecated';
      /** The taxonomy version that deprecated it. */
      readonly since: string;
      /** The id to use instead. */
      readonly replacedBy: string;
    };

/**
 * Where a fact comes from: `article`, stated in the source article; or `project`, this
 * project's own inference or gloss, never to be read as the article's.
 * @example const source: FactSource = getCategory('sales-agent').attributes.resells?.source ?? 'article'; // 'project'
 * @category Taxonomy
 */
export type FactSource = 'article' | 'project';

/**
 * A fact's value: `true`, `false`, or `'varies'` (the article says "may or may not").
 * @example const value: FactValue = 'varies';
 * @category Taxonomy
 */
export type FactValue = boolean | 'varies';

/**
 * A fact about a category with where it comes from, or `null` when neither the article
 * nor this project says anything.
 * @example
 * ```ts
 * const stock: Fact = getCategory('value-added-distributor').attributes.holdsInventory; // { value: true, source: 'article' }
 * const title: Fact = getCategory('value-added-distributor').attributes.takesTitle; // null: the article does not say
 * ```
 * @category Taxonomy
 */
export type Fact<T = FactValue> = {
  /** What is stated. */
  readonly value: T;
  /** Who states it: the source article, or this project. */
  readonly source: FactSource;
} | null;

/**
 * How a category's partners are paid, where the article says so.
 * @example const paidBy: Fact<readonly Compensation[]> = getCategory('sales-agent').attributes.compensation; // { value: ['commission'], source: 'article' }
 * @category Taxonomy
 */
export type Compensation = 'commission' | 'service-fee';

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
  readonly compensation: Fact<readonly Compensation[]>;
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
export interface UnitNodeShape {
  readonly kind: 'unit';
  readonly id: string;
  /** Whether the article names the unit, or this project added it. */
  readonly source: FactSource;
}

/** @internal */
export type OptionNodeShape = NodeStatus & {
  readonly kind: 'option';
  readonly id: string;
};
