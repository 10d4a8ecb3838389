import { evaluatorFor, type Truth } from './conditions.js';
import type { RuleText } from '../locales/types.js';
import type { ManagementOption } from '../taxonomy/types.js';
import { getterFor, noContext, type Subject } from './field-access.js';
import { operatorOf, type OperatorName } from './operators.js';
import type { Recommendation, WhyNot } from './recommendation.js';
import type { RankedRule } from './result-cache.js';
import type { Condition, FieldTest, RuleContext, RuleField } from './types.js';

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
  /** The field the test reads; `undefined` for a `not`. */
  readonly field: RuleField | undefined;
  /** The test's operator, or `not` for a negation whose condition held. */
  readonly operator: OperatorName | 'not';
  /** The test's operand as the rule gives it; `false` for a `not`. */
  readonly expected: unknown;
  /** The record's value; `undefined` when it has none. */
  readonly actual: unknown;
}

/**
 * The tests that keep a condition from holding for a record. The slow, explaining twin of
 * the engine's loop: it compiles each part it looks at again, which is fine because it
 * runs only to explain a result, never to reach one.
 * @internal
 */
export function failedTests(condition: Condition, record: Subject, context: RuleContext, path = 'when'): FailedTest[] {
  const holds = (part: Condition): Truth => evaluatorFor(part)(record, context);
  if ('all' in condition) {
    return condition.all.flatMap((part, i) => (holds(part) === true ? [] : failedTests(part, record, context, `${path}.all[${i}]`)));
  }
  if ('any' in condition) {
    return condition.any.flatMap((part, i) => failedTests(part, record, context, `${path}.any[${i}]`));
  }
  if ('not' in condition) {
    return holds(condition.not) === false ? [] : [{ path, field: undefined, operator: 'not', expected: false, actual: true }];
  }
  if (holds(condition) === true) return [];
  const operator = operatorOf(condition);
  const actual = getterFor(condition.field)(record, context);
  return [{ path, field: condition.field, operator, expected: condition[operator as keyof FieldTest], actual: actual ?? undefined }];
}

/**
 * Why the rules behind `option` did not choose it for a record, given what the engine
 * recommended (`result`): each such rule, in rank order, with what stopped it.
 * @internal
 */
export function whyNot(
  inRankOrder: readonly RankedRule[],
  option: ManagementOption,
  record: Subject,
  context: RuleContext | undefined,
  result: Recommendation,
  locale: RuleText,
): WhyNot {
  const entries = inRankOrder
    .filter((ranked) => ranked.rule.recommend === option)
    .map(({ rule, source }) => {
      const traced = result.trace.find((t) => t.rule === rule.id);
      const failures = traced === undefined ? failedTests(rule.when, record, context ?? noContext) : [];
      const status: WhyNot['rules'][number]['status'] = traced?.outcome ?? 'failed';
      return {
        rule: rule.id,
        source,
        status,
        failures,
        ...(traced?.outrankedBy === undefined ? {} : { outrankedBy: traced.outrankedBy }),
        reasons:
          status === 'outranked'
            ? // Outranked by no rule: it held, but rules above it lack data, so nothing is chosen yet.
              [
                traced?.outrankedBy === undefined
                  ? locale.reasons.needs({ fields: result.needs, options: result.candidates.map((c) => c.option) })
                  : locale.reasons.outranked({ rule: rule.id, by: traced.outrankedBy }),
              ]
            : status === 'pending'
              ? [locale.reasons.needs({ fields: traced?.needs ?? [], options: [option] })]
              : failures.map((f) =>
                  f.operator === 'not'
                    ? locale.reasons.failedNot({ path: f.path })
                    : locale.reasons.failedTest({ field: f.field ?? f.path, operator: f.operator, expected: f.expected, actual: f.actual }),
                ),
      };
    });
  return {
    option,
    recommended: result.option,
    rules: entries,
    reason: entries.length === 0 ? locale.reasons.noRule({ option }) : undefined,
  };
}
