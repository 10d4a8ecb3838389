import { categoryNodes } from '../taxonomy/data.js';
import type { PartnerCategory } from '../taxonomy/types.js';
import { getterFor, isSubtypeField, type Subject } from './field-access.js';
import type { Condition, FieldTest, RuleContext, RuleField, Scalar } from './types.js';

/**
 * The three outcomes of a condition: it holds, it does not, or it cannot be told because
 * the record lacks data the taxonomy needs (see `Getter`).
 * @internal
 */
export const FALSE = 0;
/** @internal */
export const TRUE = 1;
/** @internal */
export const UNKNOWN = 2;
/** @internal */
export type Truth = typeof FALSE | typeof TRUE | typeof UNKNOWN;

/** @internal */
export type Evaluate = (record: Subject, context: RuleContext) => Truth;

/**
 * A condition compiled once into closures, with what is known about it statically.
 * @internal
 */
export interface CompiledCondition {
  readonly evaluate: Evaluate;
  /**
   * The only categories for which the condition can hold, or `undefined` for any. Lets
   * the engine look at the few rules that can apply to a record instead of all of them.
   */
  readonly categories: ReadonlySet<PartnerCategory> | undefined;
  /** How specific the condition is, for ranking rules of equal priority. */
  readonly specificity: number;
  /** Whether the condition can only hold when a context is given. */
  readonly needsContext: boolean;
  /** Whether the condition reads only the category and what follows from it. */
  readonly taxonomyOnly: boolean;
}

const allCategories = /* @__PURE__ */ categoryNodes.map((n) => n.id);

// A category test pins the taxonomy most, then group, then function (documented in the
// hit policy): "developer-community" outranks "influencer" at equal priority.
const weights: Partial<Record<string, number>> = { category: 3, group: 2, function: 1 };

const toNumber = (value: unknown): number =>
  typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;

// CSV gives text and JSON gives numbers for the same column, so a number and its text
// compare equal, and "true"/"false" equal the booleans.
function same(value: unknown, expected: Scalar): boolean {
  if (value === expected) return true;
  if (typeof expected === 'string') return typeof value === 'number' && String(value) === expected;
  if (typeof expected === 'number') return toNumber(value) === expected;
  if (typeof expected === 'boolean') return typeof value === 'string' && value.trim().toLowerCase() === String(expected);
  return false;
}

function compileTest(test: FieldTest): CompiledCondition {
  const get = getterFor(test.field);
  const field = test.field as RuleField;
  const weight = weights[field] ?? 1;
  const onContext = field.startsWith('context.');
  let evaluate: Evaluate;
  let holds: (value: unknown) => boolean;
  if ('exists' in test) {
    const want = test.exists;
    // Presence is always decidable, so `exists` never answers UNKNOWN.
    evaluate = (r, c) => ((get(r, c) ?? null) !== null) === want ? TRUE : FALSE;
    return {
      evaluate,
      categories: want ? restrict(field, undefined) : undefined,
      specificity: weight,
      needsContext: onContext && want,
      taxonomyOnly: taxonomyFields.has(field),
    };
  }
  if ('equals' in test) {
    const expected = test.equals as Scalar;
    holds = (v) => same(v, expected);
  } else if ('in' in test) {
    const expected = test.in as readonly Scalar[];
    const set = new Set<unknown>(expected);
    holds = (v) => set.has(v) || (typeof v !== 'string' && expected.some((e) => same(v, e)));
  } else {
    const [op, bound] = Object.entries(test).find(([key]) => key !== 'field') as [string, number];
    holds =
      op === 'gt'
        ? (v) => toNumber(v) > bound
        : op === 'gte'
          ? (v) => toNumber(v) >= bound
          : op === 'lt'
            ? (v) => toNumber(v) < bound
            : (v) => toNumber(v) <= bound;
  }
  evaluate = (r, c) => {
    const value = get(r, c);
    if (value === undefined) return UNKNOWN;
    return value !== null && holds(value) ? TRUE : FALSE;
  };
  return {
    evaluate,
    categories: restrict(field, test),
    specificity: weight,
    needsContext: onContext,
    taxonomyOnly: taxonomyFields.has(field),
  };
}

const taxonomyFields: ReadonlySet<string> = /* @__PURE__ */ new Set(['category', 'function', 'group']);

// The categories a field test can hold for. Function and group values map to their
// categories; a subtype field exists only on its own category.
function restrict(field: RuleField, test: FieldTest | undefined): ReadonlySet<PartnerCategory> | undefined {
  const values =
    test === undefined ? undefined : 'equals' in test ? [test.equals] : 'in' in test ? (test.in as readonly unknown[]) : undefined;
  if (field === 'category' && values !== undefined) return new Set(allCategories.filter((id) => values.includes(id)));
  if ((field === 'function' || field === 'group') && values !== undefined) {
    return new Set(categoryNodes.filter((n) => values.includes(n[field])).map((n) => n.id));
  }
  if (isSubtypeField(field)) return new Set(categoryNodes.filter((n) => n.subtype?.field === field).map((n) => n.id));
  return undefined;
}

function intersect(
  a: ReadonlySet<PartnerCategory> | undefined,
  b: ReadonlySet<PartnerCategory> | undefined,
): ReadonlySet<PartnerCategory> | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return new Set([...a].filter((id) => b.has(id)));
}

/**
 * Compiles a condition into plain closures. Conditions are data from users, so nothing
 * here generates code: each node becomes a closure over its children.
 * @internal
 */
export function compileCondition(condition: Condition): CompiledCondition {
  if ('all' in condition) {
    const parts = condition.all.map(compileCondition);
    const evals = parts.map((p) => p.evaluate);
    return {
      evaluate: (r, c) => {
        let result: Truth = TRUE;
        for (const evaluate of evals) {
          const t = evaluate(r, c);
          if (t === FALSE) return FALSE;
          if (t === UNKNOWN) result = UNKNOWN;
        }
        return result;
      },
      categories: parts.reduce<ReadonlySet<PartnerCategory> | undefined>((acc, p) => intersect(acc, p.categories), undefined),
      specificity: parts.reduce((sum, p) => sum + p.specificity, 0),
      needsContext: parts.some((p) => p.needsContext),
      taxonomyOnly: parts.every((p) => p.taxonomyOnly),
    };
  }
  if ('any' in condition) {
    const parts = condition.any.map(compileCondition);
    const evals = parts.map((p) => p.evaluate);
    return {
      evaluate: (r, c) => {
        let result: Truth = FALSE;
        for (const evaluate of evals) {
          const t = evaluate(r, c);
          if (t === TRUE) return TRUE;
          if (t === UNKNOWN) result = UNKNOWN;
        }
        return result;
      },
      categories: parts.some((p) => p.categories === undefined)
        ? undefined
        : new Set(parts.flatMap((p) => [...(p.categories ?? [])])),
      specificity: parts.length === 0 ? 0 : Math.min(...parts.map((p) => p.specificity)),
      needsContext: parts.length > 0 && parts.every((p) => p.needsContext),
      taxonomyOnly: parts.every((p) => p.taxonomyOnly),
    };
  }
  if ('not' in condition) {
    const part = compileCondition(condition.not);
    const evaluate = part.evaluate;
    return {
      evaluate: (r, c) => {
        const t = evaluate(r, c);
        return t === UNKNOWN ? UNKNOWN : t === TRUE ? FALSE : TRUE;
      },
      categories: undefined,
      specificity: part.specificity,
      needsContext: false,
      taxonomyOnly: part.taxonomyOnly,
    };
  }
  return compileTest(condition);
}
