import type { CategoryNode } from '../taxonomy/types.js';
import { type Check, holds } from './checks.js';
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
 * A test compiled for a frame: its operator's check, and the slot it reads. A slot holds
 * `undefined` only for a category's own subtype that the record lacks, where a test
 * cannot tell, unless it tests presence (`decidable`). The check's fields are the leaf's
 * own, so every leaf has one shape.
 * @internal
 */
export interface Leaf extends Check {
  readonly at: number;
  readonly decidable: boolean;
}

/**
 * `all`, `any` or `not` compiled for a frame (a lone test is a node of one leaf): the
 * tests and the conditions left to run once compiling settled what it could.
 * @internal
 */
export interface Node {
  readonly leaves: readonly Leaf[];
  readonly parts: readonly Node[];
  /** The answer one part decides: `false` for `all`, `true` for `any`. */
  readonly decisive: boolean;
  /** The answer when no part decides; `undefined` when a settled part could not tell. */
  readonly otherwise: Truth;
  /** For `not`: the answer of its one part, negated. */
  readonly negated: boolean;
}

/**
 * A compiled condition: its answer, when compiling settled it, or a node to evaluate.
 * @internal
 */
export type Compiled = Truth | Node;

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
 * Compiles a condition, once, for records of one kind: each test to its operator's
 * predicate (conditions are data from users, so nothing here generates code), and what the
 * category settles settled: its tests of the category, function, group and of other
 * categories' subtypes (and without a context, its tests of the context). So `all`, `any`
 * and `not` keep only what the record's own fields decide, and a rule that cannot hold
 * for the category compiles to `false`.
 * @internal
 */
export function compileCondition(condition: Condition, frames: FrameReader, known: Known): Compiled {
  if ('all' in condition) return combine(condition.all.map((part) => compileCondition(part, frames, known)), false);
  if ('any' in condition) return combine(condition.any.map((part) => compileCondition(part, frames, known)), true);
  if ('not' in condition) {
    const part = compileCondition(condition.not, frames, known);
    if (!isNode(part)) return part === undefined ? undefined : !part;
    return { leaves: [], parts: [part], decisive: false, otherwise: true, negated: true };
  }
  return compileTest(condition, frames, known);
}

/** @internal */
export const isNode = (compiled: Compiled): compiled is Node => typeof compiled === 'object';

function compileTest(test: FieldTest, frames: FrameReader, known: Known): Compiled {
  const field = test.field as RuleField;
  const name = operatorOf(test);
  const { operand } = operators[name];
  const check = operators[name].compile(test[name as keyof FieldTest] as never);
  const settled = settledValue(field, known);
  if (settled !== undefined) {
    const { value } = settled;
    // Presence is always decidable: a value the taxonomy needs is simply not there.
    if (value === undefined) return operand === 'presence' ? holds(check, null) : undefined;
    return holds(check, operand === 'number' ? toNumber(value) : value);
  }
  const { kind, bound, texts, test: predicate } = check;
  // A literal, not a spread of the check: every leaf then has the one shape the evaluation
  // is compiled for (a spread took 1.7x the time of recommend on 50 user rules).
  const leaf: Leaf = { kind, bound, texts, test: predicate, at: frames.slot(field, operand === 'number'), decidable: operand === 'presence' };
  return { leaves: [leaf], parts: [], decisive: false, otherwise: true, negated: false };
}

/**
 * What can settle a field's value before a record is read: its category (the category,
 * function, group and subtype fields) or whether a context is given (`context.*`).
 * Compiling settles these, and the engine compiles a rule again only for them.
 * @internal
 */
export function settledBy(field: RuleField): 'category' | 'context' | undefined {
  if (field === 'category' || field === 'function' || field === 'group' || isSubtypeField(field)) return 'category';
  return field.startsWith('context.') ? 'context' : undefined;
}

// The value of a field when the kind of record settles it (see Getter for undefined and
// null), or undefined when each record's value must be read.
function settledValue(field: RuleField, { category, withContext }: Known): { readonly value: unknown } | undefined {
  const by = settledBy(field);
  if (by === undefined) return undefined;
  if (by === 'context') return withContext ? undefined : { value: null };
  if (isSubtypeField(field)) {
    if (category === undefined) return { value: undefined };
    return category.subtype?.field === field ? undefined : { value: null };
  }
  // The category, function or group field.
  return { value: category === undefined ? undefined : category[field === 'category' ? 'id' : (field as 'function' | 'group')] };
}

// `all` (a false part decides, `decisive` false) and `any` (a true part decides): settled
// when a settled part decides or every part is settled; else a node of the parts left,
// where a part that cannot be told leaves the whole untold unless another part decides.
// A lone test or an `all`/`any` of the same kind is merged in, so most rules are one node.
function combine(parts: readonly Compiled[], decisive: boolean): Compiled {
  if (parts.includes(decisive)) return decisive;
  const unsettled = parts.filter(isNode);
  const otherwise: Truth = parts.includes(undefined) ? undefined : !decisive;
  if (unsettled.length === 0) return otherwise;
  if (unsettled.length === 1 && otherwise !== undefined) return unsettled[0];
  const merged = (p: Node): boolean => !p.negated && p.otherwise !== undefined && (p.decisive === decisive || p.leaves.length + p.parts.length === 1);
  return {
    leaves: unsettled.flatMap((p) => (merged(p) ? p.leaves : [])),
    parts: unsettled.flatMap((p) => (merged(p) ? p.parts : [p])),
    decisive,
    otherwise,
    negated: false,
  };
}

/**
 * Whether a compiled condition holds for a frame. One function for every node, so the
 * engine's loop calls no function per rule but this one; the tests run first, as their
 * order does not change the answer.
 * @internal
 */
export function evaluate(node: Node, frame: Frame): Truth {
  const { leaves, parts, decisive } = node;
  let result = node.otherwise;
  for (let i = 0; i < leaves.length; i++) {
    const leaf = leaves[i] as Leaf;
    const value = frame[leaf.at];
    if (value === undefined && !leaf.decidable) result = undefined;
    else if (holds(leaf, value) === decisive) return decisive;
  }
  for (let i = 0; i < parts.length; i++) {
    const truth = evaluate(parts[i] as Node, frame);
    if (node.negated) return truth === undefined ? undefined : !truth;
    if (truth === decisive) return decisive;
    if (truth === undefined) result = undefined;
  }
  return result;
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
    return isNode(compiled) ? evaluate(compiled, frames.read(record, context)) : compiled;
  };
}
