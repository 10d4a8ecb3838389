import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partnerCategories } from '../taxonomy/ids.js';
import { checkFor, holds, isDecidable, type Check } from './checks.js';
import { evaluatorFor, FALSE, TRUE, UNKNOWN, type Truth } from './conditions.js';
import { noContext } from './field-access.js';
import { createFieldSlots } from './field-slots.js';
import type { Condition, FieldTest } from './types.js';

// Field tests are checks: data that one function (holds) runs. `all` and `any` run the
// checks of fields that cannot be "needed" in one loop and call the rest; each is
// compared here with its parts evaluated one by one.

const texts = ['Gold', 'EMEA', '5', '0', ' 5 ', ''];
const value = fc.oneof(
  fc.constantFrom(...texts),
  fc.constantFrom(5, 0, -1, 2.5, Number.NaN),
  fc.constantFrom(true, false, null, undefined),
  fc.constantFrom('constructor', {}, []),
);
const field = fc.constantFrom('tier', 'region', 'custom.segment', 'custom.nps');
const scalar = fc.oneof(fc.constantFrom(...texts), fc.constantFrom(5, 0, -1), fc.boolean());

const fieldTest: fc.Arbitrary<FieldTest> = fc.oneof(
  fc.record({ field, equals: scalar }),
  fc.record({ field, in: fc.uniqueArray(scalar, { minLength: 1, maxLength: 4 }) }),
  fc.record({ field, in: fc.uniqueArray(fc.constantFrom(...texts), { minLength: 1, maxLength: 4 }) }),
  fc.record({ field, exists: fc.boolean() }),
  field.chain((f) => fc.constantFrom('gt', 'gte', 'lt', 'lte').chain((op) => fc.integer({ min: -2, max: 6 }).map((n) => ({ field: f, [op]: n })))),
) as fc.Arbitrary<FieldTest>;
// Parts that are never checks: the category (which can be "needed") and a negation.
const part: fc.Arbitrary<Condition> = fc.oneof(
  fieldTest,
  fieldTest,
  fc.record({ field: fc.constant('category'), in: fc.uniqueArray(fc.constantFrom(...partnerCategories.slice(0, 3)), { minLength: 1 }) }),
  fieldTest.map((test) => ({ not: test })),
) as fc.Arbitrary<Condition>;

const record = fc.record(
  {
    category: fc.oneof(fc.constantFrom(...partnerCategories.slice(0, 3)), fc.constant(undefined)),
    tier: value,
    region: value,
    custom: fc.record({ segment: value, nps: value }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);

const allOf = (truths: readonly Truth[]): Truth =>
  truths.includes(FALSE) ? FALSE : truths.includes(UNKNOWN) ? UNKNOWN : TRUE;
const anyOf = (truths: readonly Truth[]): Truth =>
  truths.includes(TRUE) ? TRUE : truths.includes(UNKNOWN) ? UNKNOWN : FALSE;

describe('checks', () => {
  // Each row: a test, a record's value for its field, whether it holds. CSV gives text and
  // JSON numbers for the same column, so text and numbers written alike compare equal.
  it.each([
    [{ field: 'tier', equals: 'Gold' }, 'Gold', true],
    [{ field: 'tier', equals: 'Gold' }, 'gold', false],
    [{ field: 'tier', equals: '5' }, 5, true],
    [{ field: 'tier', equals: 5 }, '5', true],
    [{ field: 'tier', equals: 5 }, ' 5 ', true],
    [{ field: 'tier', equals: 0 }, '', false],
    [{ field: 'tier', equals: 0 }, null, false],
    [{ field: 'tier', in: ['Gold', 'Silver'] }, 'Silver', true],
    [{ field: 'tier', in: ['Gold', '5'] }, 5, true],
    [{ field: 'tier', in: ['Gold', '5'] }, true, false],
    [{ field: 'custom.nps', gte: 30 }, '30', true],
    [{ field: 'custom.nps', gt: 30 }, 30, false],
    [{ field: 'custom.nps', lt: 0 }, '-1', true],
    [{ field: 'custom.nps', lte: 0 }, '', false],
    [{ field: 'custom.nps', lt: 10 }, 'n/a', false],
    [{ field: 'custom.nps', lt: 10 }, null, false],
    [{ field: 'custom.nps', exists: true }, 0, true],
    [{ field: 'custom.nps', exists: true }, '', false],
    [{ field: 'custom.nps', exists: false }, null, true],
  ] as const)('%j with %j holds: %s', (test, value, expected) => {
    const slots = createFieldSlots();
    const check = checkFor(test as FieldTest, slots);
    const record = test.field.startsWith('custom.') ? { custom: { nps: value } } : { tier: value };
    expect(check).toBeDefined();
    expect(holds(check as Check, slots.frame(record, noContext))).toBe(expected);
  });

  it('are not made for tests with true or false or with a list that is not all text', () => {
    const slots = createFieldSlots();
    expect(checkFor({ field: 'tier', equals: true }, slots)).toBeUndefined();
    expect(checkFor({ field: 'tier', in: ['Gold', 5] }, slots)).toBeUndefined();
    expect(checkFor({ field: 'category', equals: 'oem' }, slots)).toBeDefined();
  });

  it('tell the fields that cannot be missing in a way that matters from those that can', () => {
    expect(isDecidable('tier')).toBe(true);
    expect(isDecidable('custom.nps')).toBe(true);
    expect(['category', 'function', 'group', 'stage', 'context.power'].map(isDecidable)).toEqual([false, false, false, false, false]);
  });

  it('leave a needed field unknown, and decide presence', () => {
    const needs = evaluatorFor({ field: 'stage', equals: 'pre-offer' });
    expect(needs({ category: 'msp-cmsp' }, noContext)).toBe(UNKNOWN);
    expect(needs({ category: 'msp-cmsp', stage: 'pre-offer' }, noContext)).toBe(TRUE);
    expect(needs({ category: 'oem', stage: 'pre-offer' }, noContext)).toBe(FALSE);
    expect(evaluatorFor({ field: 'stage', exists: false })({ category: 'msp-cmsp' }, noContext)).toBe(TRUE);
  });

  it('leave all and any with the answer of their parts one by one', () => {
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 5 }), record, (parts, r) => {
        const each = parts.map((p) => evaluatorFor(p)(r, noContext));
        expect(evaluatorFor({ all: parts })(r, noContext)).toBe(allOf(each));
        expect(evaluatorFor({ any: parts })(r, noContext)).toBe(anyOf(each));
      }),
      { numRuns: 2000 },
    );
  });
});
