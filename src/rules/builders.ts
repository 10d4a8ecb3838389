import type { OperatorName } from './operators.js';
import type { Condition, FieldTest, FieldTestOf, FieldValue, Rule, RuleField } from './types.js';

// One builder per operator of the table: `equals('tier', 'Gold')` is `{ field: 'tier',
// equals: 'Gold' }`, with the operand typed by the field.
const test =
  <O extends OperatorName>(operator: O) =>
  <F extends RuleField>(field: F, operand: FieldTestOf<F, O>[O]): FieldTest =>
    ({ field, [operator]: operand }) as unknown as FieldTest;

/**
 * A test that a field equals a value. In TypeScript, a misspelt field or a value that
 * does not fit the field (an unknown category, say) is a compile error.
 * @param field - A record field, `group`, `custom.<name>` or `context.<factor>`.
 * @param value - The value to compare with.
 * @returns The condition, as plain data.
 * @example equals('category', 'oem') // { field: 'category', equals: 'oem' }
 * @category Rules
 */
export const equals: <F extends RuleField>(field: F, value: FieldValue<F>) => FieldTest = /* @__PURE__ */ test('equals');

/**
 * A test that a field holds one of several values.
 * @param field - The field to test.
 * @param values - The values to accept.
 * @returns The condition, as plain data.
 * @example oneOf('function', ['sales', 'service'])
 * @category Rules
 */
export const oneOf: <F extends RuleField>(field: F, values: readonly FieldValue<F>[]) => FieldTest = /* @__PURE__ */ test('in');

const presence = /* @__PURE__ */ test('exists');

/**
 * A test that a field has a value (or, with `false`, that it has none).
 * @param field - The field to test.
 * @param wanted - Whether the field must have a value; `true` by default.
 * @returns The condition, as plain data.
 * @example exists('custom.renewalDate')
 * @category Rules
 */
export function exists(field: RuleField, wanted = true): FieldTest {
  return presence(field, wanted);
}

/**
 * A test that a field is a number greater than `bound` (text that reads as a number counts).
 * @param field - The field to test.
 * @param bound - The number the value must exceed.
 * @returns The condition, as plain data.
 * @example gt('custom.revenue', 1_000_000)
 * @category Rules
 */
export const gt: (field: RuleField, bound: number) => FieldTest = /* @__PURE__ */ test('gt');
/**
 * A test that a field is a number at least `bound`.
 * @param field - The field to test.
 * @param bound - The smallest value that passes.
 * @returns The condition, as plain data.
 * @example gte('context.homogeneity', 0.8)
 * @category Rules
 */
export const gte: (field: RuleField, bound: number) => FieldTest = /* @__PURE__ */ test('gte');
/**
 * A test that a field is a number less than `bound`.
 * @param field - The field to test.
 * @param bound - The number the value must stay below.
 * @returns The condition, as plain data.
 * @example lt('context.homogeneity', 0.5)
 * @category Rules
 */
export const lt: (field: RuleField, bound: number) => FieldTest = /* @__PURE__ */ test('lt');
/**
 * A test that a field is a number at most `bound`.
 * @param field - The field to test.
 * @param bound - The largest value that passes.
 * @returns The condition, as plain data.
 * @example lte('custom.employees', 50)
 * @category Rules
 */
export const lte: (field: RuleField, bound: number) => FieldTest = /* @__PURE__ */ test('lte');

/**
 * A test that a field's text starts with `prefix`, ignoring case (a number is read as its
 * text).
 * @param field - The field to test.
 * @param prefix - The text the value must start with.
 * @returns The condition, as plain data.
 * @example startsWith('name', 'acme') // holds for "ACME Nordic AB"
 * @category Rules
 */
export const startsWith: (field: RuleField, prefix: string) => FieldTest = /* @__PURE__ */ test('startsWith');

/**
 * A test that a field's text contains `text`, ignoring case (a number is read as its text).
 * @param field - The field to test.
 * @param text - The text the value must contain.
 * @returns The condition, as plain data.
 * @example contains('tier', 'gold') // holds for "Gold Plus"
 * @category Rules
 */
export const contains: (field: RuleField, text: string) => FieldTest = /* @__PURE__ */ test('contains');

/**
 * A condition that holds when every part holds.
 * @param conditions - The parts.
 * @returns The condition, as plain data.
 * @example all(equals('category', 'oem'), equals('tier', 'Gold'))
 * @category Rules
 */
export function all(...conditions: Condition[]): Condition {
  return { all: conditions };
}

/**
 * A condition that holds when at least one part holds.
 * @param conditions - The parts.
 * @returns The condition, as plain data.
 * @example any(equals('region', 'EMEA'), equals('country', 'SE'))
 * @category Rules
 */
export function any(...conditions: Condition[]): Condition {
  return { any: conditions };
}

/**
 * A condition that holds when its part does not.
 * @param condition - The part.
 * @returns The condition, as plain data.
 * @example not(equals('management', 'formal-program'))
 * @category Rules
 */
export function not(condition: Condition): Condition {
  return { not: condition };
}

/**
 * Declares a user rule with its type checked, so literal rules get the same compile-time
 * checks as the builders.
 * @param rule - The rule.
 * @returns The same rule, with `source: 'user'` unless it says otherwise.
 * @example
 * defineRule({
 *   id: 'strategic-si', description: 'Strategic SIs are managed one-to-one',
 *   when: all(equals('category', 'system-integrator'), equals('tier', 'Strategic')),
 *   recommend: 'one-to-one', priority: 100,
 * })
 * @category Rules
 */
export function defineRule(rule: Rule): Rule {
  return { source: 'user', ...rule };
}
