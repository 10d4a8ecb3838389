import { describe, expectTypeOf, it } from 'vitest';
import { all, contains, defineRule, equals, exists, gt, gte, lt, lte, oneOf, startsWith } from './builders.js';
import type { OperatorName } from './operators.js';
import type { Condition, FieldTest, FieldTestOf, Rule, RuleField } from './types.js';

// FieldTest as the operator table makes it: for each field, a test with each operator.
type FromTable = { [F in RuleField]: { [O in OperatorName]: Plain<FieldTestOf<F, O>> }[OperatorName] }[RuleField];
type Plain<T> = { readonly [K in keyof T]: T[K] };

describe('FieldTest', () => {
  it('is the union the operator table makes, one test per field and operator', () => {
    expectTypeOf<FieldTest>().toEqualTypeOf<FromTable>();
  });
});

describe('typed rule builders', () => {
  it('exist for every operator of the table: one missing does not compile', () => {
    const byOperator = { equals, in: oneOf, exists, gt, gte, lt, lte, startsWith, contains } satisfies Record<OperatorName, unknown>;
    expectTypeOf(byOperator).toHaveProperty('contains');
  });

  it('accept fields and values that exist', () => {
    expectTypeOf(equals('category', 'oem')).toExtend<Condition>();
    expectTypeOf(equals('stage', 'pre-offer')).toExtend<Condition>();
    expectTypeOf(equals('custom.anything', 3)).toExtend<Condition>();
    expectTypeOf(oneOf('context.power', ['partner', 'balanced'])).toExtend<Condition>();
  });

  it('make a misspelt field, category or option a compile error', () => {
    // @ts-expect-error 'regoin' is not a field
    equals('regoin', 'EU');
    // @ts-expect-error 'resellr' is not a partner category
    equals('category', 'resellr');
    // @ts-expect-error 'later' is not a stage
    oneOf('stage', ['later']);
    // @ts-expect-error 'sometimes' is not a power balance
    equals('context.power', 'sometimes');
    defineRule({
      id: 'x',
      description: 'x',
      when: all(equals('category', 'oem')),
      // @ts-expect-error 'program' is not a management option
      recommend: 'program',
    });
  });

  it('type literal rules as strictly as the builders', () => {
    // @ts-expect-error 'resellr' is not a partner category
    const literal: Rule = { id: 'x', description: 'x', when: { field: 'category', equals: 'resellr' }, recommend: 'sla' };
    void literal;
  });
});
