import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { referenceRecommend } from '../../test/support/reference-rules.js';
import { categoryNodes } from '../taxonomy/data.js';
import { managementOptions, partnerCategories, partnerFunctions, partnerGroups } from '../taxonomy/ids.js';
import { createRuleEngine, type HitPolicy } from './engine.js';
import type { Condition, Rule, RuleContext } from './types.js';

// The engine settles conditions per category, skips rules by category and context, reads
// each field once per record and caches results by the rules that fired. None of that may
// change an answer: each random rule set and record is held to a naive reference that
// walks every condition on every record (test/support/reference-rules.ts).

const stages = categoryNodes.find((n) => n.id === 'msp-cmsp')?.subtype?.values ?? [];
const modes = categoryNodes.find((n) => n.id === 'sales-agent')?.subtype?.values ?? [];
// Few values, so that tests and records meet often: text against numbers ('5', 5), case,
// blanks, booleans as text, and names Object.prototype has.
const texts = ['Gold', 'gold', 'Acme', '5', ' 5 ', '5.0', '', 'TRUE', '__proto__'];
const scalar = fc.oneof(fc.constantFrom(...texts), fc.constantFrom(5, 30), fc.boolean());
const fragment = fc.constantFrom('ac', 'ACME', 'gold', 'old', '5', 'e', '', 'x');
const number = fc.constantFrom(-1, 0, 2.5, 5, 30, 31);
const numeric = fc.constantFrom('gt', 'gte', 'lt', 'lte');
const text = fc.constantFrom('startsWith', 'contains');
const list = <T>(values: fc.Arbitrary<T>) => fc.uniqueArray(values, { minLength: 1, maxLength: 3 });

/** Tests of fields that take ids: equals and in with their ids; the rest with anything. */
const idTest = (field: string, ids: readonly string[]): fc.Arbitrary<Condition> =>
  fc.oneof(
    fc.constantFrom(...ids).map((equals) => ({ field, equals })),
    list(fc.constantFrom(...ids)).map((values) => ({ field, in: values })),
    fc.boolean().map((exists) => ({ field, exists })),
    fc.tuple(text, fragment).map(([op, t]) => ({ field, [op]: t })),
  ) as fc.Arbitrary<Condition>;

/** Tests of fields that take any value: every operator. */
const freeTest = (field: string): fc.Arbitrary<Condition> =>
  fc.oneof(
    scalar.map((equals) => ({ field, equals })),
    list(scalar).map((values) => ({ field, in: values })),
    fc.boolean().map((exists) => ({ field, exists })),
    fc.tuple(numeric, number).map(([op, n]) => ({ field, [op]: n })),
    fc.tuple(text, fragment).map(([op, t]) => ({ field, [op]: t })),
  ) as fc.Arbitrary<Condition>;

const leaf: fc.Arbitrary<Condition> = fc.oneof(
  idTest('category', partnerCategories),
  idTest('function', partnerFunctions),
  idTest('group', partnerGroups),
  idTest('stage', stages),
  idTest('mode', modes),
  idTest('context.power', ['vendor', 'balanced', 'partner']),
  idTest('context.convention', managementOptions),
  fc.oneof(number.map((equals) => ({ field: 'context.homogeneity', equals })), fc.tuple(numeric, number).map(([op, n]) => ({ field: 'context.homogeneity', [op]: n }))) as fc.Arbitrary<Condition>,
  // Record and custom fields, weighted as user rules are: most of their tests.
  { weight: 8, arbitrary: fc.constantFrom('tier', 'name', 'custom.score', 'custom.constructor').chain(freeTest) },
);

const { condition } = fc.letrec<{ condition: Condition }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    list(tie('condition')).map((all) => ({ all })),
    list(tie('condition')).map((any) => ({ any })),
    tie('condition').map((not) => ({ not })),
  ),
}));

const rules: fc.Arbitrary<Rule[]> = fc.uniqueArray(
  fc.record(
    {
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'article:oem'),
      description: fc.constant('a rule'),
      when: condition,
      recommend: fc.constantFrom(...managementOptions),
      priority: fc.constantFrom(0, 50, 100, 120),
      source: fc.constantFrom('article', 'heuristic', 'user'),
    },
    { requiredKeys: ['id', 'description', 'when', 'recommend'] },
  ) as fc.Arbitrary<Rule>,
  { selector: (r) => r.id, minLength: 1, maxLength: 8 },
);

const record = fc.record(
  {
    category: fc.oneof(fc.constantFrom(...partnerCategories, 'msp-cmsp', 'sales-agent', 'msp-cmsp'), fc.constantFrom('resellr', '', 5, '__proto__')),
    stage: fc.constantFrom(...stages, '', 'later'),
    mode: fc.constantFrom(...modes, ''),
    tier: fc.oneof(scalar, fc.constant(null)),
    name: fc.oneof(scalar, fc.constantFrom('Acme Nordic', 'ACME AB')),
    custom: fc.oneof(
      { weight: 5, arbitrary: fc.record({ score: fc.oneof(scalar, fc.constant('n/a')), constructor: scalar }, { requiredKeys: [] }) },
      fc.constant('not an object'),
    ),
  },
  { requiredKeys: ['category'] },
);

const context: fc.Arbitrary<RuleContext | undefined> = fc.option(
  fc.record(
    { power: fc.constantFrom('vendor', 'balanced', 'partner'), homogeneity: number, convention: fc.constantFrom(...managementOptions) },
    { requiredKeys: [] },
  ) as fc.Arbitrary<RuleContext>,
  { nil: undefined },
);

const hitPolicy = fc.constantFrom<HitPolicy>('ranked', 'first');

describe('the engine against the naive reference', () => {
  it('gives the same option, needs and trace outcomes for random rule sets and records', () => {
    fc.assert(
      fc.property(rules, hitPolicy, fc.array(fc.tuple(record, context), { minLength: 1, maxLength: 20 }), (list, policy, cases) => {
        const engine = createRuleEngine({ rules: list, hitPolicy: policy });
        for (const [r, c] of cases) {
          const expected = referenceRecommend(list, r, c, policy);
          const result = engine.recommend(r, c);
          const got = {
            option: result.option,
            needs: [...result.needs].sort(),
            trace: result.trace.map((t) => ({ rule: t.rule, outcome: t.outcome })),
          };
          expect(got, JSON.stringify({ record: r, context: c })).toEqual(expected);
          expect(engine.decide(r, c)).toBe(expected.option);
          // "why not" agrees with the trace on the rules behind the option it names.
          const option = list[0]?.recommend ?? 'sla';
          for (const entry of engine.explainWhyNot(r, option, c).rules) {
            const traced = expected.trace.find((t) => t.rule === entry.rule);
            expect(entry.status).toBe(traced?.outcome ?? 'failed');
            expect(entry.status === 'failed').toBe(entry.failures.length > 0);
          }
        }
      }),
      { numRuns: 2000 },
    );
    // A few seconds alone; more on a busy machine.
  }, 60_000);
});
