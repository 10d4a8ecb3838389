import { categoryNodes } from '../taxonomy/data.js';
import type { PartnerCategory } from '../taxonomy/types.js';
import { isSubtypeField, type Subject } from './field-access.js';
import { allGate, anyGate, testGate, type Gate } from './gate.js';
import { allHold, anyHolds, checkFor, holds, isDecidable, type Check } from './checks.js';
import { createFieldSlots, read, toNumber, type FieldSlots, type Frame } from './field-slots.js';
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
export type Evaluate = (frame: Frame) => Truth;

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
  /** A cheap test that must pass for the condition to hold. */
  readonly gate: Gate | undefined;
  /** The condition for a record that passed its gate: `evaluate` without the gate's test. */
  readonly passed: Evaluate;
  /** The slots the condition and its gate read, so a frame can read just those. */
  readonly reads: readonly number[];
  /** The condition as a check, when it is a simple field test. */
  readonly check: Check | undefined;
  /**
   * Compiled for one category (see `compileCondition`): whether the category alone
   * settles the condition, `undefined` when the record's other fields decide.
   */
  readonly settled: Truth | undefined;
  /**
   * The condition's tests of the category, function and group, in order: what a category
   * settles. Categories on which they agree get the same condition compiled for them.
   */
  readonly taxonomyTests: readonly Evaluate[];
}

const allCategories = /* @__PURE__ */ categoryNodes.map((n) => n.id);

// A category test pins the taxonomy most, then group, then function (documented in the
// hit policy): "developer-community" outranks "influencer" at equal priority.
const weights: Partial<Record<string, number>> = { category: 3, group: 2, function: 1 };

// CSV gives text and JSON gives numbers for the same column, so a number and its text
// compare equal, and "true"/"false" equal the booleans.
function same(value: unknown, expected: Scalar): boolean {
  if (value === expected) return true;
  if (typeof expected === 'string') return typeof value === 'number' && String(value) === expected;
  if (typeof expected === 'number') return toNumber(value) === expected;
  if (typeof expected === 'boolean') return typeof value === 'string' && value.trim().toLowerCase() === String(expected);
  return false;
}

// A field test is a check (checks.ts): on its own it runs through a small closure, inside
// `all` and `any` in their loop of checks. Only the tests checks do not cover (equals
// true/false, lists not all text) keep closures of their own (compareTest).
function compileTest(test: FieldTest, slots: FieldSlots, known: Frame | undefined): CompiledCondition {
  const field = test.field as RuleField;
  const at = slots.value(field);
  const onContext = field.startsWith('context.');
  const taxonomyOnly = taxonomyFields.has(field);
  const found = checkFor(test, slots);
  // Only fields that cannot be "needed" make checks for all, any and gates.
  const check = found !== undefined && isDecidable(field) ? found : undefined;
  const gate = testGate(check);
  const evaluate = found === undefined ? compareTest(test, at) : evaluateCheck(found, 'exists' in test || check !== undefined);
  // A test of the category, function or group, for a record of a known category, is a
  // constant that reads nothing.
  const answer = taxonomyOnly && known !== undefined ? evaluate(known) : UNKNOWN;
  const settled = answer === UNKNOWN ? undefined : answer;
  const constant = settled === undefined ? undefined : settled === TRUE ? always : never;
  return {
    specificity: weights[field] ?? 1,
    taxonomyOnly,
    gate,
    evaluate: constant ?? evaluate,
    // A test that is its own gate holds once the gate has passed.
    passed: constant ?? (gate === undefined ? evaluate : always),
    reads: constant !== undefined ? [] : found !== undefined && found.number >= 0 ? [at, found.number] : [at],
    check,
    settled,
    taxonomyTests: taxonomyOnly ? [evaluate] : [],
    categories: 'exists' in test ? (test.exists ? restrict(field, undefined) : undefined) : restrict(field, test),
    needsContext: onContext && (!('exists' in test) || test.exists),
  };
}

// A check as a test: UNKNOWN when the field is needed and missing, unless the test is
// one of presence (always decidable).
function evaluateCheck(check: Check, decidable: boolean): Evaluate {
  if (decidable) return (f) => (holds(check, f) ? TRUE : FALSE);
  return (f) => (read(f, check.slot) === undefined ? UNKNOWN : holds(check, f) ? TRUE : FALSE);
}

const always: Evaluate = () => TRUE;
const never: Evaluate = () => FALSE;

// The tests checks do not cover: equals true or false, and in with values that are not
// all text. UNKNOWN when the taxonomy needs the value and the record lacks it; FALSE when
// it is simply absent (null). Text in the record matches text in the list only.
function compareTest(test: FieldTest, at: number): Evaluate {
  if ('in' in test) {
    const expected = test.in as readonly Scalar[];
    const set = new Set<unknown>(expected);
    return (f) => {
      const v = read(f, at);
      if (v === undefined) return UNKNOWN;
      return v !== null && (set.has(v) || (typeof v !== 'string' && expected.some((e) => same(v, e)))) ? TRUE : FALSE;
    };
  }
  const expected = ('equals' in test ? test.equals : null) as Scalar;
  return (f) => {
    const v = read(f, at);
    if (v === undefined) return UNKNOWN;
    return v !== null && same(v, expected) ? TRUE : FALSE;
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

// The order of `all`'s parts does not change its answer (any FALSE makes it FALSE, else
// any UNKNOWN makes it UNKNOWN), so the parts most likely to be false go first: narrow
// text tests, then comparisons, then the rest; tests of the category last, since the
// engine only reaches a rule through its category's bucket, where they mostly hold.
function byCost(parts: readonly CompiledCondition[]): CompiledCondition[] {
  // (A part the category settled is not here: see compileCondition.)
  const cost = (p: CompiledCondition): number => (p.taxonomyOnly ? 1e6 : (p.gate?.width ?? 1e3));
  return [...parts].sort((a, b) => cost(a) - cost(b));
}

// Simple field tests (checks) run first, in one loop; the other parts after them.
function allOf(checks: readonly Check[], evals: readonly Evaluate[]): Evaluate {
  if (checks.length === 0) return partsOf(evals, FALSE, TRUE);
  if (evals.length === 0) return (f) => (allHold(checks, f) ? TRUE : FALSE);
  const rest = partsOf(evals, FALSE, TRUE);
  return (f) => (allHold(checks, f) ? rest(f) : FALSE);
}

// A check is never UNKNOWN, so when none holds the other parts decide.
function anyOf(checks: readonly Check[], evals: readonly Evaluate[]): Evaluate {
  if (checks.length === 0) return partsOf(evals, TRUE, FALSE);
  if (evals.length === 0) return (f) => (anyHolds(checks, f) ? TRUE : FALSE);
  const rest = partsOf(evals, TRUE, FALSE);
  return (f) => (anyHolds(checks, f) ? TRUE : rest(f));
}

// `all` (a FALSE part decides, else TRUE) and `any` (a TRUE part decides, else FALSE) of
// closures; an UNKNOWN part makes the answer UNKNOWN unless a part decides.
function partsOf(evals: readonly Evaluate[], decisive: Truth, otherwise: Truth): Evaluate {
  if (evals.length === 1) return evals[0] as Evaluate;
  return (f) => {
    let result = otherwise;
    for (let i = 0; i < evals.length; i++) {
      const t = (evals[i] as Evaluate)(f);
      if (t === decisive) return decisive;
      if (t === UNKNOWN) result = UNKNOWN;
    }
    return result;
  };
}

// The parts as checks and as closures, each in the order given.
function split(parts: readonly CompiledCondition[]): [Check[], Evaluate[]] {
  const checks: Check[] = [];
  const evals: Evaluate[] = [];
  for (const p of parts) {
    if (p.check === undefined) evals.push(p.evaluate);
    else checks.push(p.check);
  }
  return [checks, evals];
}

/**
 * Compiles a condition into plain closures. Conditions are data from users, so nothing
 * here generates code: each node becomes a closure over its children.
 *
 * Given `known`, the frame of a record that has only a category, the condition is
 * compiled for records of that category: its tests of the category, function and group
 * are settled (`settled`), so `all` and `any` keep only the parts the record's other
 * fields decide, and the gate and the fields read are those of the parts kept. What the
 * condition says about ranking (specificity, categories, context) is the same either way.
 * @internal
 */
export function compileCondition(condition: Condition, slots: FieldSlots, known?: Frame): CompiledCondition {
  if ('all' in condition) {
    const parts = condition.all.map((part) => compileCondition(part, slots, known));
    const open = parts.filter((p) => p.settled !== TRUE);
    const settled = parts.some((p) => p.settled === FALSE) ? FALSE : open.length === 0 ? TRUE : undefined;
    return {
      ...combined(parts, byCost(open), settled, 'all'),
      categories: parts.reduce<ReadonlySet<PartnerCategory> | undefined>((acc, p) => intersect(acc, p.categories), undefined),
      specificity: parts.reduce((sum, p) => sum + p.specificity, 0),
      needsContext: parts.some((p) => p.needsContext),
      taxonomyOnly: parts.every((p) => p.taxonomyOnly),
    };
  }
  if ('any' in condition) {
    const parts = condition.any.map((part) => compileCondition(part, slots, known));
    const open = parts.filter((p) => p.settled !== FALSE);
    const settled = parts.some((p) => p.settled === TRUE) ? TRUE : open.length === 0 ? FALSE : undefined;
    return {
      ...combined(parts, open, settled, 'any'),
      categories: parts.some((p) => p.categories === undefined)
        ? undefined
        : new Set(parts.flatMap((p) => [...(p.categories ?? [])])),
      specificity: parts.length === 0 ? 0 : Math.min(...parts.map((p) => p.specificity)),
      needsContext: parts.length > 0 && parts.every((p) => p.needsContext),
      taxonomyOnly: parts.every((p) => p.taxonomyOnly),
    };
  }
  if ('not' in condition) {
    const part = compileCondition(condition.not, slots, known);
    const evaluate = part.evaluate;
    const settled = part.settled === undefined ? undefined : part.settled === TRUE ? FALSE : TRUE;
    const negated: Evaluate =
      settled === TRUE
        ? always
        : settled === FALSE
          ? never
          : (f) => {
              const t = evaluate(f);
              return t === UNKNOWN ? UNKNOWN : t === TRUE ? FALSE : TRUE;
            };
    return {
      evaluate: negated,
      passed: negated,
      categories: undefined,
      specificity: part.specificity,
      needsContext: false,
      taxonomyOnly: part.taxonomyOnly,
      gate: undefined,
      reads: settled === undefined ? part.reads : [],
      check: undefined,
      settled,
      taxonomyTests: part.taxonomyTests,
    };
  }
  return compileTest(condition, slots, known);
}

// What `all` and `any` make of the parts left open (in the order to run them): a
// constant when settled, the one part itself when one is left, else the parts combined.
function combined(
  parts: readonly CompiledCondition[],
  open: readonly CompiledCondition[],
  settled: Truth | undefined,
  kind: 'all' | 'any',
): Pick<CompiledCondition, 'evaluate' | 'passed' | 'gate' | 'reads' | 'check' | 'settled' | 'taxonomyTests'> {
  const taxonomyTests = parts.flatMap((p) => p.taxonomyTests);
  if (settled !== undefined) {
    const constant = settled === TRUE ? always : never;
    return { evaluate: constant, passed: constant, gate: undefined, reads: [], check: undefined, settled, taxonomyTests };
  }
  const only = open.length === 1 ? open[0] : undefined;
  if (only !== undefined) {
    const { evaluate, passed, gate, reads, check } = only;
    return { evaluate, passed, gate, reads, check, settled, taxonomyTests };
  }
  const combine = kind === 'all' ? allOf : anyOf;
  const evaluate = combine(...split(open));
  const gate = (kind === 'all' ? allGate : anyGate)(open.map((p) => p.gate));
  return { evaluate, passed: kind === 'all' ? passedAll(open, gate) ?? evaluate : evaluate, gate, reads: open.flatMap((p) => p.reads), check: undefined, settled, taxonomyTests };
}

// An `all` whose gate has passed need not run the part the gate came from: a test that is
// its own gate holds, and any other part needs only what is left once its gate passed.
function passedAll(open: readonly CompiledCondition[], gate: Gate | undefined): Evaluate | undefined {
  const from = gate === undefined ? undefined : open.find((p) => p.gate === gate);
  if (from === undefined) return undefined;
  const [checks, evals] = split(open.filter((p) => p !== from));
  if (from.passed !== always) evals.push(from.passed);
  return checks.length + evals.length === 0 ? always : allOf(checks, evals);
}

/**
 * A condition on its own, as a function of a record and a context: for explanations and
 * segments, which test conditions one at a time rather than as a rule set.
 * @internal
 */
export function evaluatorFor(condition: Condition): (record: Subject, context: RuleContext) => Truth {
  const slots = createFieldSlots();
  const { evaluate } = compileCondition(condition, slots);
  return (record, context) => evaluate(slots.frame(record, context));
}
