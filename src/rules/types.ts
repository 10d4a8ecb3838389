import type { PartnerRecordField } from '../schema/record-fields.js';
import type { OperatorName, operators } from './operators.js';
import type {
  ManagementOption,
  PartnerCategory,
  PartnerFunction,
  PartnerGroup,
  SubtypeField,
  SubtypeValue,
  KnownUnit,
} from '../taxonomy/types.js';

/**
 * Who holds more power in the relationship, one of the three factors the article says
 * shape how partners are managed.
 * @example
 * ```ts
 * const power: PowerBalance = 'partner';
 * recommend({ category: 'solution-reseller' }, { power }).option // 'one-to-one'
 * ```
 * @category Rules
 */
export type PowerBalance = 'vendor' | 'balanced' | 'partner';

/**
 * The three factors the article names as shaping the choice of management option. All
 * optional; rules that test a factor that is not given simply do not fire.
 * @example const context: RuleContext = { power: 'partner', homogeneity: 0.4 };
 * @category Rules
 */
export interface RuleContext {
  /** The option the industry conventionally uses for this segment, if there is one. */
  readonly convention?: ManagementOption;
  /** The relative power of vendor and partner. */
  readonly power?: PowerBalance;
  /**
   * How alike the business models in the partner's segment are, from 0 (all different)
   * to 1 (all the same).
   */
  readonly homogeneity?: number;
}

/**
 * A context factor as a rule field: `'context.power'` and so on.
 * @example
 * ```ts
 * const field: ContextField = 'context.homogeneity';
 * lt(field, 0.5) // { field: 'context.homogeneity', lt: 0.5 }
 * ```
 * @category Rules
 */
export type ContextField = `context.${keyof RuleContext & string}`;

/**
 * A field a condition can test: a record field, the category's `group`, a custom field
 * as `custom.<name>`, or a context factor as `context.<factor>`.
 * @example
 * ```ts
 * const field: RuleField = 'custom.revenue';
 * gte(field, 1_000_000) // { field: 'custom.revenue', gte: 1000000 }
 * ```
 * @category Rules
 */
export type RuleField = PartnerRecordField | 'group' | `custom.${string}` | ContextField;

/**
 * A value a condition compares with: JSON scalars.
 * @example
 * ```ts
 * const value: Scalar = 'Gold';
 * equals('tier', value) // { field: 'tier', equals: 'Gold' }
 * ```
 * @category Rules
 */
export type Scalar = string | number | boolean;

/**
 * The values a field can hold, so that `{ field: 'category', equals: 'resellr' }` fails
 * to compile.
 * @example const category: FieldValue<'category'> = 'oem'; // FieldValue<'context.homogeneity'> is number
 * @category Rules
 */
export type FieldValue<F extends RuleField> = F extends 'category'
  ? PartnerCategory
  : F extends 'function'
    ? PartnerFunction
    : F extends 'group'
      ? PartnerGroup
      : F extends SubtypeField
        ? SubtypeValue<F>
        : F extends 'management' | 'context.convention'
          ? ManagementOption
          : F extends 'context.power'
            ? PowerBalance
            : F extends 'context.homogeneity'
              ? number
              : F extends 'managedBy'
                ? KnownUnit | (string & {})
                : Scalar;

/**
 * The operand each kind of operator takes, for a test of field `F`.
 * @example const bound: Operands<'custom.revenue'>['number'] = 1_000_000;
 * @category Rules
 */
export interface Operands<F extends RuleField> {
  /** The operand of `equals`: one value the field takes. */
  readonly value: FieldValue<F>;
  /** The operand of `in`: a non-empty list of values the field takes. */
  readonly values: readonly FieldValue<F>[];
  /** The operand of `exists`: `true` when the field must have a value, `false` when it must be empty. */
  readonly presence: boolean;
  /** The operand of `gt`, `gte`, `lt` and `lte`: the bound the field, read as a number, is compared with. */
  readonly number: number;
  /** The operand of `startsWith` and `contains`: the text to look for, ignoring case. */
  readonly text: string;
}

/**
 * A test of field `F` with operator `O`, its operand typed by the operator's table entry
 * and the field: `{ field: 'category', equals: 'oem' }`, `{ field: 'custom.revenue', gte:
 * 1000000 }`.
 * @example const test: FieldTestOf<'name', 'startsWith'> = { field: 'name', startsWith: 'Acme' };
 * @category Rules
 */
export type FieldTestOf<F extends RuleField, O extends OperatorName> = {
  /** The field the test reads. */
  readonly field: F;
} & {
  readonly [K in O]: Operands<F>[(typeof operators)[O]['operand']];
};

// One line per operator of the table: `FieldTestOf` for each, written out because a type
// checker pays for a union of plain object types about 450 instantiations less, in a
// consumer that narrows on conditions, than for the same union mapped from the table
// (test/type-cost.test.ts). builders.test-d.ts proves the two are the same type, so an
// operator added to the table does not compile until it is here too.
type Test<F extends RuleField> =
  | { readonly field: F; readonly equals: FieldValue<F> }
  | { readonly field: F; readonly in: readonly FieldValue<F>[] }
  | { readonly field: F; readonly exists: boolean }
  | { readonly field: F; readonly gt: number }
  | { readonly field: F; readonly gte: number }
  | { readonly field: F; readonly lt: number }
  | { readonly field: F; readonly lte: number }
  | { readonly field: F; readonly startsWith: string }
  | { readonly field: F; readonly contains: string };

/**
 * A test of one field, with one operator from the rule language's table: `equals`, `in`,
 * `exists`, the numeric comparisons `gt`, `gte`, `lt` and `lte` (text that reads as a
 * number is compared as one), and the text tests `startsWith` and `contains` (ignoring case).
 * @example const test: FieldTest = { field: 'stage', in: ['pre-offer', 'post-offer'] };
 * @category Rules
 */
export type FieldTest = { [F in RuleField]: Test<F> }[RuleField];

/**
 * A rule's condition: plain, JSON-serialisable data. Combine tests with `all`, `any` and
 * `not`.
 * @example
 * const when: Condition = {
 *   all: [{ field: 'function', equals: 'sales' }, { field: 'custom.revenue', gte: 1_000_000 }],
 * };
 * @category Rules
 */
export type Condition =
  | FieldTest
  | {
      /** Holds when every condition in the list (never empty) holds. */
      readonly all: readonly Condition[];
    }
  | {
      /** Holds when at least one condition in the list (never empty) holds. */
      readonly any: readonly Condition[];
    }
  | {
      /** Holds when the condition does not hold. */
      readonly not: Condition;
    };

/**
 * Where a rule comes from: the source `article`'s table, the project's own `heuristic`,
 * or the `user`.
 * @example const source: RuleSource | undefined = recommend({ category: 'oem' }).candidates[0]?.source; // 'article'
 * @category Rules
 */
export type RuleSource = 'article' | 'heuristic' | 'user';

/**
 * A rule: when its condition holds, it recommends a management option. Plain data, so a
 * rule set can be stored as JSON and checked with `validateRules`.
 * @example
 * const rule: Rule = {
 *   id: 'strategic-si',
 *   description: 'Strategic system integrators are managed one-to-one',
 *   when: { all: [{ field: 'category', equals: 'system-integrator' }, { field: 'tier', equals: 'Strategic' }] },
 *   recommend: 'one-to-one',
 *   priority: 100,
 * };
 * @category Rules
 */
export interface Rule {
  /** Unique within a rule set; ties in rank are broken by id. */
  readonly id: string;
  /** Why the rule exists, as a person would say it; shown as the reason in traces. */
  readonly description: string;
  /** The condition under which the rule applies to a record. */
  readonly when: Condition;
  /** The management option the rule recommends when `when` holds. */
  readonly recommend: ManagementOption;
  /** Higher wins. Article rules have 0, heuristics 50; user rules default to 100. */
  readonly priority?: number;
  /** Defaults to `'user'`. */
  readonly source?: RuleSource;
}
