import { categoryOf, getterFor, type Subject } from './field-access.js';
import type { Condition, FieldTest, RuleContext, RuleField } from './types.js';
import { evaluatorFor, FALSE, TRUE, UNKNOWN, type Truth } from './conditions.js';

/**
 * A test that did not hold, for "why not": where it sits in the rule, what it wanted and
 * what the record has.
 * @example
 * ```ts
 * const why = explainWhyNot({ category: 'oem' }, 'formal-program');
 * const failure: FailedTest | undefined = why.rules.find((r) => r.rule === 'article:platform')?.failures[0];
 * // { path: 'when', field: 'category', operator: 'equals', expected: 'platform', actual: 'oem' }
 * ```
 * @category Rules
 */
export interface FailedTest {
  /** Where the test sits in the rule, e.g. `when.all[1]`. */
  readonly path: string;
  readonly field: RuleField | undefined;
  /** `equals`, `in`, `exists`, `gt`, `gte`, `lt`, `lte`, or `not` for a negation that held. */
  readonly operator: string;
  readonly expected: unknown;
  /** The record's value; `undefined` when it has none. */
  readonly actual: unknown;
}

const operatorOf = (test: FieldTest): string => Object.keys(test).find((key) => key !== 'field') ?? 'equals';

// The slow, explaining twin of the compiled closures: it walks the data again, which is
// fine because it runs only to explain a result, never to reach one.
const compiled = /* @__PURE__ */ new WeakMap<Condition, ReturnType<typeof evaluatorFor>>();
function truth(condition: Condition, record: Subject, context: RuleContext): Truth {
  let evaluate = compiled.get(condition);
  if (evaluate === undefined) {
    evaluate = evaluatorFor(condition);
    compiled.set(condition, evaluate);
  }
  return evaluate(record, context);
}

/**
 * The tests that keep a condition from holding for a record.
 * @internal
 */
export function failedTests(
  condition: Condition,
  record: Subject,
  context: RuleContext,
  path = 'when',
): FailedTest[] {
  if ('all' in condition) {
    return condition.all.flatMap((part, i) =>
      truth(part, record, context) === TRUE ? [] : failedTests(part, record, context, `${path}.all[${i}]`),
    );
  }
  if ('any' in condition) {
    return condition.any.flatMap((part, i) => failedTests(part, record, context, `${path}.any[${i}]`));
  }
  if ('not' in condition) {
    return truth(condition.not, record, context) === FALSE
      ? []
      : [{ path, field: undefined, operator: 'not', expected: false, actual: true }];
  }
  if (truth(condition, record, context) === TRUE) return [];
  const operator = operatorOf(condition);
  const actual = getterFor(condition.field)(record, context);
  return [
    {
      path,
      field: condition.field,
      operator,
      expected: (condition as unknown as Record<string, unknown>)[operator],
      actual: actual ?? undefined,
    },
  ];
}

/**
 * The fields whose absence leaves a condition undecided: the record lacks data the
 * taxonomy needs to tell whether the condition holds.
 * @internal
 */
export function neededFields(condition: Condition, record: Subject, context: RuleContext): string[] {
  if ('all' in condition || 'any' in condition) {
    const parts = 'all' in condition ? condition.all : condition.any;
    return parts.flatMap((part) =>
      truth(part, record, context) === UNKNOWN ? neededFields(part, record, context) : [],
    );
  }
  if ('not' in condition) return neededFields(condition.not, record, context);
  if (truth(condition, record, context) !== UNKNOWN) return [];
  // Function, group and subtype follow from the category: without one, it is the need.
  return [categoryOf(record) === undefined ? 'category' : condition.field];
}
