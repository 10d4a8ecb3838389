import { describe, expectTypeOf, it } from 'vitest';
import type { Locale } from '../locales/types.js';
import { all, contains, equals, startsWith } from './builders.js';
import { defaultRules } from './default-rules.js';
import { createRuleEngine, type RuleEngineOptions } from './engine.js';
import type { OperatorName } from './operators.js';
import type { FieldTest, Rule } from './types.js';
import { validateRules } from './validate-rules.js';

describe('typed rule lists', () => {
  it("take the README's shape as it is written", () => {
    createRuleEngine({
      rules: [
        ...defaultRules(),
        {
          id: 'strategic-si',
          description: 'Strategic system integrators are managed one-to-one',
          when: all(equals('category', 'system-integrator'), equals('tier', 'Strategic')),
          recommend: 'one-to-one',
        },
      ],
    });
    expectTypeOf<RuleEngineOptions['rules']>().toEqualTypeOf<readonly Rule[]>();
  });

  it('make a typo in an option, a key, a field or a category a compile error', () => {
    createRuleEngine({
      rules: [
        // @ts-expect-error TypeScript reports the typo below at the list's first element too
        ...defaultRules(),
        {
          id: 'strategic-si',
          description: 'Strategic system integrators are managed one-to-one',
          when: all(equals('category', 'system-integrator'), equals('tier', 'Strategic')),
          // @ts-expect-error 'one-to-onee' is not a management option
          recommend: 'one-to-onee',
        },
      ],
    });
    createRuleEngine({
      rules: [
        {
          id: 'x',
          description: 'x',
          when: { field: 'tier', equals: 'Gold' },
          recommend: 'sla',
          // @ts-expect-error 'priorty' is not a key of a rule
          priorty: 3,
        },
      ],
    });
    createRuleEngine({
      // @ts-expect-error 'teir' is not a field
      rules: [{ id: 'x', description: 'x', when: { field: 'teir', equals: 'Gold' }, recommend: 'sla' }],
    });
    createRuleEngine({
      // @ts-expect-error 'resellr' is not a partner category
      rules: [{ id: 'x', description: 'x', when: { field: 'category', in: ['oem', 'resellr'] }, recommend: 'sla' }],
    });
    // @ts-expect-error 'regoin' is not a field
    equals('regoin', 'EU');
  });

  it('take JSON only once validateRules has narrowed it', () => {
    const data: unknown = JSON.parse('[]');
    // @ts-expect-error unknown data is not a rule list
    createRuleEngine({ rules: data });
    const result = validateRules(data);
    if (result.ok) createRuleEngine({ rules: result.rules });
  });
});

describe('the operator table', () => {
  it('gives startsWith and contains typed builders and literal tests', () => {
    expectTypeOf(startsWith('name', 'Acme')).toEqualTypeOf<FieldTest>();
    expectTypeOf(contains('custom.notes', 'renewal')).toEqualTypeOf<FieldTest>();
    // @ts-expect-error the prefix is text
    startsWith('name', 5);
    const literal: FieldTest = { field: 'tier', contains: 'gold' };
    void literal;
    // @ts-expect-error the text to contain is text
    const wrong: FieldTest = { field: 'tier', contains: ['gold'] };
    void wrong;
  });

  it('is what every locale words: an operator without words does not compile', () => {
    expectTypeOf<keyof Locale['operators']>().toEqualTypeOf<OperatorName>();
  });
});
