import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partnerCategories, partnerFunctions } from '../taxonomy/ids.js';
import { evaluatorFor, TRUE } from './conditions.js';
import { createRuleEngine } from './engine.js';
import type { Condition, Rule, RuleContext } from './types.js';

// The engine skips rules by category bucket and by gate, reads each field once per
// record and caches results by the rules that fired. None of that may change which rules
// fire: the reference here evaluates every rule on its own, with no bucket, gate or cache.

const texts = ['Gold', 'Silver', 'EMEA', 'APAC', '5', '', '__proto__', 'toString'];
const value = fc.oneof(
  fc.constantFrom(...texts),
  fc.constantFrom(5, 0, -1, 2.5, Number.NaN),
  fc.constantFrom(true, false, null, undefined),
  fc.constantFrom(' 5 ', '5.0', 'constructor', {}, []),
);
const textField = fc.constantFrom('tier', 'region', 'custom.segment', 'custom.constructor');
const numberField = fc.constantFrom('custom.nps', 'custom.score', 'tier');
const scalar = fc.oneof(fc.constantFrom(...texts), fc.constantFrom(5, 0), fc.boolean());

const leaf: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({ field: textField, equals: scalar }),
  fc.record({ field: textField, in: fc.uniqueArray(scalar, { minLength: 1, maxLength: 4 }) }),
  fc.record({ field: textField, exists: fc.boolean() }),
  numberField.chain((field) => fc.constantFrom('gt', 'gte', 'lt', 'lte').chain((op) => fc.integer({ min: -2, max: 8 }).map((n) => ({ field, [op]: n }) as Condition))),
  fc.record({ field: fc.constant('category'), in: fc.uniqueArray(fc.constantFrom(...partnerCategories), { minLength: 1, maxLength: 3 }) }),
  fc.record({ field: fc.constant('function'), equals: fc.constantFrom(...partnerFunctions) }),
  // A subtype reads as "needed" when its own category lacks it, so it never gates.
  fc.record({ field: fc.constant('stage'), in: fc.uniqueArray(fc.constantFrom('pre-offer', 'post-offer'), { minLength: 1 }) }),
  // Rules on the context are left out of the buckets used when no context is given.
  fc.record({ field: fc.constant('context.power'), equals: fc.constantFrom('vendor', 'partner') }),
  fc.record({ field: fc.constant('context.homogeneity'), lt: fc.constantFrom(0.5, 0.8) }),
  fc.record({ field: fc.constant('context.power'), exists: fc.boolean() }),
) as fc.Arbitrary<Condition>;

const context = fc.oneof(
  fc.constant(undefined),
  fc.record({ power: fc.constantFrom('vendor', 'balanced', 'partner'), homogeneity: fc.constantFrom(0.3, 0.9) }, { requiredKeys: [] }),
) as fc.Arbitrary<RuleContext | undefined>;

const condition: fc.Arbitrary<Condition> = fc.letrec<{ node: Condition }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({ all: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie('node') }),
  ),
})).node;

const ruleList = (minLength: number, maxLength: number): fc.Arbitrary<Rule[]> =>
  fc
    .array(fc.record({ when: condition, recommend: fc.constantFrom('sla', 'one-to-one', 'formal-program'), priority: fc.constantFrom(100, 110) }), {
      minLength,
      maxLength,
    })
    .map((list) => list.map((r, i): Rule => ({ id: `r${i}`, description: `rule ${i}`, ...r })));
const rules = ruleList(1, 8);

const record = fc.record(
  {
    category: fc.oneof(fc.constantFrom(...partnerCategories), fc.constant('nonsense')),
    stage: fc.oneof(value, fc.constantFrom('pre-offer', 'post-offer')),
    tier: value,
    region: value,
    custom: fc.oneof(fc.record({ segment: value, nps: value, score: value, constructor: value }, { requiredKeys: [] }), value),
  },
  { requiredKeys: [] },
);

describe('rule engine shortcuts', () => {
  it('fire exactly the rules that hold when each is evaluated on its own', () => {
    fc.assert(
      fc.property(rules, fc.array(record, { minLength: 1, maxLength: 6 }), context, (list, records, ctx) => {
        const engine = createRuleEngine({ rules: list });
        const reference = list.map((r) => ({ id: r.id, holds: evaluatorFor(r.when) }));
        for (const r of records) {
          const result = engine.recommend(r, ctx);
          const fired = result.trace.filter((t) => t.outcome !== 'pending').map((t) => t.rule).sort();
          const expected = reference.filter((x) => x.holds(r, ctx ?? {}) === TRUE).map((x) => x.id).sort();
          expect(fired).toEqual(expected);
          expect(engine.decide(r, ctx)).toBe(result.option);
        }
      }),
      { numRuns: 500 },
    );
  });

  // The text-gate index keeps a bit per rule in 32-bit words: more than 32 rules take two.
  it('fire the same rules with more rules than one index word holds', () => {
    fc.assert(
      fc.property(ruleList(33, 70), fc.array(record, { minLength: 1, maxLength: 6 }), (list, records) => {
        const engine = createRuleEngine({ rules: list });
        const reference = list.map((r) => ({ id: r.id, holds: evaluatorFor(r.when) }));
        for (const r of records) {
          const fired = engine.recommend(r).trace.filter((t) => t.outcome !== 'pending').map((t) => t.rule).sort();
          expect(fired).toEqual(reference.filter((x) => x.holds(r, {}) === TRUE).map((x) => x.id).sort());
        }
      }),
      { numRuns: 60 },
    );
  });
});
