import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partnerCategories } from '../taxonomy/ids.js';
import { checkFor, holds } from './checks.js';
import { evaluatorFor, FALSE, TRUE, UNKNOWN, type Truth } from './conditions.js';
import { noContext } from './field-access.js';
import { createFieldSlots } from './field-slots.js';
import type { Condition, FieldTest } from './types.js';

// `all` and `any` run simple field tests as checks, in one loop, and the rest as
// closures. A field test on its own is still a closure, so each check is compared with
// its test's closure, and each `all`/`any` with its parts evaluated one by one.

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
  it('hold exactly when their field test holds', () => {
    fc.assert(
      fc.property(fieldTest, record, (test, r) => {
        const slots = createFieldSlots();
        const check = checkFor(test, slots);
        const closure = evaluatorFor(test)(r, noContext);
        expect(closure).not.toBe(UNKNOWN);
        if (check !== undefined) expect(holds(check, slots.frame(r, noContext))).toBe(closure === TRUE);
      }),
      { numRuns: 2000 },
    );
  });

  it('make every test a check except those comparing with true or false or a mixed list', () => {
    const slots = createFieldSlots();
    expect(checkFor({ field: 'tier', equals: 'Gold' }, slots)).toBeDefined();
    expect(checkFor({ field: 'custom.nps', gte: 3 }, slots)).toBeDefined();
    expect(checkFor({ field: 'tier', in: ['Gold', 'Silver'] }, slots)).toBeDefined();
    expect(checkFor({ field: 'tier', equals: true }, slots)).toBeUndefined();
    expect(checkFor({ field: 'tier', in: ['Gold', 5] }, slots)).toBeUndefined();
    expect(checkFor({ field: 'category', equals: 'oem' }, slots)).toBeUndefined();
    expect(checkFor({ field: 'context.power', equals: 'vendor' }, slots)).toBeUndefined();
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
