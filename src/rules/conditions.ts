import type { CategoryNode } from '../taxonomy/types.js';
import { categoryOf, isSubtypeField, type Subject } from './field-access.js';
import { createFrameReader, type Frame, type FrameReader } from './frame.js';
import { operatorOf, operators, toNumber } from './operators.js';
import type { Condition, FieldTest, RuleContext, RuleField } from './types.js';

/**
 * Whether a condition holds for a record: `true`, `false`, or `undefined` when it cannot
 * be told because the record lacks data the taxonomy needs (its category, or its
 * category's subtype).
 * @internal
 */
export type Truth = boolean | undefined;

/**
 * A condition compiled to a function of a record's frame. A test of a field that always
 * reads as a value or `null` (every field but a category's own subtype) is a `leaf`: it
 * says which slot it reads and its operator's predicate, so that `all` and `any` run
 * their leaves in one loop instead of calling a function per leaf to read the slot (on
 * the bench's 50 user rules, most rules fail at their first leaf).
 * @internal
 */
export type Evaluate = ((frame: Frame) => Truth) & { readonly leaf?: Leaf };

/** @internal */
export interface Leaf {
  readonly at: number;
  readonly holds: (value: unknown) => boolean;
}

/**
 * A compiled condition: its answer, when compiling settled it, or a function of a record's
 * frame.
 * @internal
 */
export type Compiled = Truth | Evaluate;

/**
 * What is known when a condition is compiled for a kind of record: its category (or that
 * it has none), and whether a context is given.
 * @internal
 */
export interface Known {
  readonly category: CategoryNode | undefined;
  readonly withContext: boolean;
}

/**
 * Compiles a condition, once, into closures over a record's frame. Conditions are data
 * from users, so nothing here generates code. It is compiled for records of one category:
 * its tests of the category, function, group and of other categories' subtypes are then
 * settled (and without a context, its tests of the context), so `all`, `any` and `not`
 * keep only what the record's own fields decide, and a rule that cannot hold for the
 * category compiles to `false`.
 * @internal
 */
export function compileCondition(condition: Condition, frames: FrameReader, known: Known): Compiled {
  if ('all' in condition) return combine(condition.all.map((part) => compileCondition(part, frames, known)), false);
  if ('any' in condition) return combine(condition.any.map((part) => compileCondition(part, frames, known)), true);
  if ('not' in condition) {
    const part = compileCondition(condition.not, frames, known);
    if (typeof part !== 'function') return part === undefined ? undefined : !part;
    return (frame) => {
      const truth = part(frame);
      return truth === undefined ? undefined : !truth;
    };
  }
  return compileTest(condition, frames, known);
}

function compileTest(test: FieldTest, frames: FrameReader, known: Known): Compiled {
  const field = test.field as RuleField;
  const name = operatorOf(test);
  const { operand } = operators[name];
  const holds = operators[name].compile(test[name as keyof FieldTest] as never) as (value: unknown) => boolean;
  const settled = settledValue(field, known);
  if (settled !== undefined) {
    const { value } = settled;
    // Presence is always decidable: a value the taxonomy needs is simply not there.
    if (value === undefined) return operand === 'presence' ? holds(null) : undefined;
    return holds(operand === 'number' ? toNumber(value) : value);
  }
  const at = frames.slot(field, operand === 'number');
  if (!isSubtypeField(field)) return Object.assign((frame: Frame) => holds(frame[at]), { leaf: { at, holds } });
  // The category's own subtype: when the record lacks it, the taxonomy needs it.
  if (operand === 'presence') return (frame) => holds(frame[at] ?? null);
  return (frame) => {
    const value = frame[at];
    return value === undefined ? undefined : holds(value);
  };
}

// The value of a field when the kind of record settles it (see Getter for undefined and
// null), or undefined when each record's value must be read.
function settledValue(field: RuleField, { category, withContext }: Known): { readonly value: unknown } | undefined {
  if (field === 'category' || field === 'function' || field === 'group') {
    return { value: category === undefined ? undefined : category[field === 'category' ? 'id' : field] };
  }
  if (isSubtypeField(field)) {
    if (category === undefined) return { value: undefined };
    return category.subtype?.field === field ? undefined : { value: null };
  }
  return field.startsWith('context.') && !withContext ? { value: null } : undefined;
}

// `all` (a false part decides, `decisive` false) and `any` (a true part decides): settled
// when a settled part decides or every part is settled; else the parts left to run, where
// a part that cannot be told leaves the whole untold unless another part decides. The
// order of the parts does not change the answer, so the leaves run first.
function combine(parts: readonly Compiled[], decisive: boolean): Compiled {
  if (parts.includes(decisive)) return decisive;
  const open = parts.filter((part) => typeof part === 'function');
  const otherwise: Truth = parts.includes(undefined) ? undefined : !decisive;
  if (open.length === 0) return otherwise;
  if (open.length === 1 && otherwise !== undefined) return open[0];
  const leaves = open.flatMap((part) => (part.leaf === undefined ? [] : [part.leaf]));
  const rest = open.filter((part) => part.leaf === undefined);
  return (frame) => {
    for (let i = 0; i < leaves.length; i++) {
      const { at, holds } = leaves[i] as Leaf;
      if (holds(frame[at]) === decisive) return decisive;
    }
    let result = otherwise;
    for (let i = 0; i < rest.length; i++) {
      const truth = (rest[i] as Evaluate)(frame);
      if (truth === decisive) return decisive;
      if (truth === undefined) result = undefined;
    }
    return result;
  };
}

/**
 * The fields a condition tests.
 * @internal
 */
export function fieldsOf(condition: Condition): RuleField[] {
  if ('all' in condition) return condition.all.flatMap(fieldsOf);
  if ('any' in condition) return condition.any.flatMap(fieldsOf);
  if ('not' in condition) return fieldsOf(condition.not);
  return [condition.field];
}

// A category test pins the taxonomy most, then group, then function (documented in the
// hit policy): "developer-community" outranks "influencer" at equal priority.
const weights: Partial<Record<string, number>> = { category: 3, group: 2, function: 1 };

/**
 * How specific a condition is, for ranking rules of equal priority: a category test counts
 * 3, a group 2, a function or any other field 1; `all` adds up, `any` takes its least
 * specific part.
 * @internal
 */
export function specificity(condition: Condition): number {
  if ('all' in condition) return condition.all.reduce((sum, part) => sum + specificity(part), 0);
  if ('any' in condition) return condition.any.length === 0 ? 0 : Math.min(...condition.any.map(specificity));
  if ('not' in condition) return specificity(condition.not);
  return weights[condition.field] ?? 1;
}

/**
 * A condition on its own, as a function of a record and a context: for explanations and
 * segments, which test conditions one at a time rather than as a rule set. It is compiled
 * for each category it meets.
 * @internal
 */
export function evaluatorFor(condition: Condition): (record: Subject, context: RuleContext) => Truth {
  const frames = createFrameReader();
  const byCategory = new Map<CategoryNode | undefined, Compiled>();
  return (record, context) => {
    const category = categoryOf(record);
    if (!byCategory.has(category)) byCategory.set(category, compileCondition(condition, frames, { category, withContext: true }));
    const compiled = byCategory.get(category);
    return typeof compiled === 'function' ? compiled(frames.read(record, context)) : compiled;
  };
}
