import { describe, expect, it } from 'vitest';
import { sv } from '../locales/sv.js';
import { partnerCategories } from '../taxonomy/ids.js';
import type { Condition, Rule } from './types.js';
import { maxConditionDepth, type RuleProblem, validateRules } from './validate-rules.js';

const rule = (when: unknown, fields: Record<string, unknown> = {}) => ({
  id: 'r',
  description: 'A rule',
  when,
  recommend: 'sla',
  ...fields,
});

/** The problems of a rule set as `path: message` lines, the way people read them. */
function problems(data: unknown, options?: Parameters<typeof validateRules>[1]): string[] {
  const result = validateRules(data, options);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
}

function only(data: unknown): RuleProblem {
  const result = validateRules(data);
  expect(result.ok ? [] : result.problems).toHaveLength(1);
  if (result.ok) throw new Error('expected a problem');
  return result.problems[0] as RuleProblem;
}

const valid: readonly Rule[] = [
  {
    id: 'strategic-si',
    description: 'Strategic system integrators are managed one-to-one',
    when: { all: [{ field: 'category', equals: 'system-integrator' }, { field: 'tier', equals: 'Strategic' }] },
    recommend: 'one-to-one',
    priority: 100,
    source: 'user',
  },
  {
    id: 'every-field',
    description: 'Touches every kind of field and operator',
    when: {
      any: [
        { field: 'category', in: ['oem', 'msp-cmsp'] },
        { field: 'function', equals: 'sales' },
        { field: 'group', equals: 'business-services' },
        { field: 'kind', equals: 'isv' },
        { field: 'stage', in: ['pre-offer'] },
        { field: 'mode', equals: 'closer' },
        { field: 'businessModel', equals: 'value-add' },
        { field: 'management', equals: 'formal-program' },
        { field: 'managedBy', equals: 'Partner Success' },
        { field: 'context.convention', equals: 'sla' },
        { field: 'context.power', in: ['partner', 'balanced'] },
        { field: 'context.homogeneity', lt: 0.5 },
        { field: 'context.homogeneity', in: [0, 1] },
        { not: { field: 'custom.revenue', gte: 1_000_000 } },
        { field: 'custom.Partner Since', exists: true },
        { field: 'tier', equals: 3 },
        { field: 'region', equals: true },
        { field: 'category', gt: 1 },
      ],
    },
    recommend: 'formal-program',
  },
];

describe('validateRules: valid rule sets', () => {
  it('accepts a bare array and a rule file, and returns rules equal to the input', () => {
    expect(validateRules(valid)).toEqual({ ok: true, rules: valid });
    const file = { $schema: './rules.schema.json', rules: valid, segments: [{ any: 'thing' }] };
    expect(validateRules(file)).toEqual({ ok: true, rules: valid });
    expect(validateRules([])).toEqual({ ok: true, rules: [] });
    expect(validateRules({ rules: [] })).toEqual({ ok: true, rules: [] });
  });

  it('returns frozen copies, so changing the input later changes nothing', () => {
    const input = structuredClone(valid) as Rule[];
    const result = validateRules(input);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    (input[0] as { id: string }).id = 'changed';
    ((input[1]?.when as { any: Condition[] }).any as Condition[]).length = 0;
    expect(result.rules).toEqual(valid);
    expect(Object.isFrozen(result.rules)).toBe(true);
    expect(Object.isFrozen(result.rules[1]?.when)).toBe(true);
    expect(Object.isFrozen((result.rules[1]?.when as { any: Condition[] }).any[1])).toBe(true);
    expect(() => {
      (result.rules[0] as { id: string }).id = 'x';
    }).toThrow(TypeError);
  });

  it('accepts every category id, and conditions nested as deep as allowed', () => {
    const rules = partnerCategories.map((category) => rule({ field: 'category', equals: category }, { id: category }));
    expect(validateRules(rules).ok).toBe(true);
    let when: unknown = { field: 'tier', equals: 'Gold' };
    for (let depth = 1; depth < maxConditionDepth; depth++) when = { not: when };
    expect(validateRules([rule(when)]).ok).toBe(true);
  });
});

describe('validateRules: every problem code, with its path and message', () => {
  it('missing_key', () => {
    expect(problems([{ when: { field: 'tier', exists: true } }])).toEqual([
      'rules[0].id: id is missing',
      'rules[0].description: description is missing',
      'rules[0].recommend: recommend is missing',
    ]);
    expect(problems([rule(undefined)])).toEqual(['rules[0].when: when is missing']);
    expect(problems([rule({ not: undefined })])).toEqual(['rules[0].when.not: not is missing']);
    expect(problems([rule({ field: 'tier', equals: 'A' }, { id: '' })])).toEqual(['rules[0].id: id is missing']);
    expect(problems({})).toEqual(['rules: rules is missing']);
  });

  it('wrong_type', () => {
    expect(only([rule({ field: 'tier', exists: 'yes' })])).toEqual({
      code: 'wrong_type',
      path: 'rules[0].when.exists',
      rule: 'r',
      expected: 'boolean',
      valueKind: 'string',
      message: 'expected true or false, but found text',
    });
    expect(problems([rule({ not: [{ field: 'tier', exists: true }] }, { description: 7, priority: '1' })])).toEqual([
      'rules[0].description: expected text, but found a number',
      'rules[0].priority: expected a number, but found text',
      'rules[0].when.not: expected an object, but found a list',
    ]);
    expect(problems([rule({ all: { field: 'tier', exists: true } })])).toEqual([
      'rules[0].when.all: expected a list, but found an object',
    ]);
    expect(problems([rule({ field: 42, equals: null })])).toEqual([
      'rules[0].when.field: expected text, but found a number',
      'rules[0].when.equals: expected text, a number, or true or false, but found null',
    ]);
    expect(problems([rule({ field: 'tier', in: ['A', { b: 1 }] })])).toEqual([
      'rules[0].when.in[1]: expected text, a number, or true or false, but found an object',
    ]);
    expect(problems([null, 'rule'])).toEqual([
      'rules[0]: expected an object, but found null',
      'rules[1]: expected an object, but found text',
    ]);
    expect(problems({ rules: { a: 1 } })).toEqual(['rules: expected a list, but found an object']);
  });

  it('unknown_key', () => {
    expect(only([rule({ field: 'tier', equals: 'A', note: 'x' })])).toEqual({
      code: 'unknown_key',
      path: 'rules[0].when.note',
      rule: 'r',
      key: 'note',
      allowed: ['field', 'equals'],
      message: "'note' is not allowed here; use 'field' or 'equals'",
    });
    expect(problems([rule({ field: 'tier', equals: 'A', in: ['B'] }, { notes: '', 'the owner': 'me' })])).toEqual([
      "rules[0].notes: 'notes' is not allowed here; use 'id', 'description', 'when', 'recommend', 'priority' or 'source'",
      `rules[0]["the owner"]: 'the owner' is not allowed here; use 'id', 'description', 'when', 'recommend', 'priority' or 'source'`,
      "rules[0].when.in: 'in' is not allowed here; use 'field' or 'equals'",
    ]);
    expect(problems([rule({ not: { field: 'tier', exists: true }, all: [] })])).toEqual([
      'rules[0].when.all: all needs at least one condition',
      "rules[0].when.not: 'not' is not allowed here; use 'all'",
    ]);
    expect(problems([rule({ field: 'tier', exists: true }, { source: 'import' })])).toEqual([
      "rules[0].source: 'import' is not allowed here; use 'article', 'heuristic' or 'user'",
    ]);
    expect(problems({ rules: [], version: 2 })).toEqual([
      "version: 'version' is not allowed here; use '$schema', 'rules' or 'segments'",
    ]);
  });

  it('unknown_operator', () => {
    expect(only([rule({ field: 'tier', is: 'Gold' })])).toEqual({
      code: 'unknown_operator',
      path: 'rules[0].when',
      rule: 'r',
      keys: ['field', 'is'],
      operators: ['equals', 'in', 'exists', 'gt', 'gte', 'lt', 'lte', 'startsWith', 'contains'],
      message:
        "a condition needs all, any, not, or a field with equals, in, exists, gt, gte, lt, lte, startsWith or contains; found 'field' or 'is'",
    });
    expect(problems([rule({})])).toEqual([
      'rules[0].when: a condition needs all, any, not, or a field with equals, in, exists, gt, gte, lt, lte, startsWith or contains; found no keys',
    ]);
    // A pasted paragraph as a key is quoted cut short, as every value is.
    const [message] = problems([rule({ ['x'.repeat(10_000)]: 1 })]);
    expect(message?.length).toBeLessThan(300);
  });

  it('unknown_field, with a suggestion when one is close', () => {
    expect(only([rule({ field: 'categroy', equals: 'oem' })])).toEqual({
      code: 'unknown_field',
      path: 'rules[0].when.field',
      rule: 'r',
      field: 'categroy',
      suggestion: 'category',
      message:
        "'categroy' is not a field; use a record field, group, custom.<name> or context.<factor>; did you mean 'category'?",
    });
    expect(problems([rule({ any: [{ field: 'revenue', gt: 1 }, { field: 'custom.', exists: true }] })])).toEqual([
      "rules[0].when.any[0].field: 'revenue' is not a field; use a record field, group, custom.<name> or context.<factor>",
      "rules[0].when.any[1].field: 'custom.' is not a field; use a record field, group, custom.<name> or context.<factor>",
    ]);
    expect(only([rule({ field: 'Custom.revenue', gt: 1 })])).toMatchObject({ suggestion: 'custom.revenue' });
    expect(only([rule({ field: 'context.Power', equals: 'partner' })])).toMatchObject({ suggestion: 'context.power' });
    expect(only([rule({ field: 'context', exists: true })])).not.toHaveProperty('suggestion');
  });

  it('invalid_value, for every kind of field that takes ids', () => {
    const at = (field: string, value: unknown) => problems([rule({ field, equals: value })]);
    expect(at('category', 'resellr')).toEqual(["rules[0].when.equals: 'resellr' is not a partner category"]);
    expect(at('category', 3)).toEqual(["rules[0].when.equals: '3' is not a partner category"]);
    expect(at('function', 'sale')).toEqual(["rules[0].when.equals: 'sale' is not a partner function"]);
    expect(at('group', 'services')).toEqual(["rules[0].when.equals: 'services' is not a partner group"]);
    expect(at('stage', 'post')).toEqual(["rules[0].when.equals: 'post' is not a value of this subtype"]);
    // A subtype field takes its own values only, not another subtype's.
    expect(at('kind', 'closer')).toEqual(["rules[0].when.equals: 'closer' is not a value of this subtype"]);
    expect(at('management', 'SLA')).toEqual(["rules[0].when.equals: 'SLA' is not a management option"]);
    expect(at('context.convention', 'program')).toEqual(["rules[0].when.equals: 'program' is not a management option"]);
    expect(at('context.power', 'equal')).toEqual([
      "rules[0].when.equals: 'equal' is not a power balance ('vendor', 'balanced' or 'partner')",
    ]);
    expect(problems([rule({ field: 'tier', exists: true }, { recommend: 'one-on-one' })])).toEqual([
      "rules[0].recommend: 'one-on-one' is not a management option",
    ]);
  });

  it('invalid_value in a list ends its path at .in and names each bad value', () => {
    const when = { all: [{ field: 'tier', equals: 'Gold' }, { field: 'category', in: ['oem', 'resellr', 'vad'] }] };
    expect(problems([valid[0], valid[1], rule({ field: 'tier', exists: true }), rule(when, { id: 'x' })])).toEqual([
      "rules[3].when.all[1].in: 'resellr' is not a partner category",
      "rules[3].when.all[1].in: 'vad' is not a partner category",
    ]);
  });

  it('not_a_number', () => {
    expect(only([rule({ field: 'custom.revenue', gte: '1000' })])).toEqual({
      code: 'not_a_number',
      path: 'rules[0].when.gte',
      rule: 'r',
      operator: 'gte',
      message: 'gte needs a number',
    });
    expect(problems([rule({ any: [{ field: 'tier', lt: null }, { field: 'tier', gt: Number.NaN }] })])).toEqual([
      'rules[0].when.any[0].lt: lt needs a number',
      'rules[0].when.any[1].gt: gt needs a number',
    ]);
    expect(problems([rule({ field: 'context.homogeneity', equals: 'high' })])).toEqual([
      'rules[0].when.equals: equals needs a number',
    ]);
    expect(problems([rule({ field: 'context.homogeneity', in: [0.5, 'low', 'high'] })])).toEqual([
      'rules[0].when.in: in needs a number',
    ]);
  });

  it('empty_list', () => {
    expect(only([rule({ any: [] })])).toEqual({
      code: 'empty_list',
      path: 'rules[0].when.any',
      rule: 'r',
      operator: 'any',
      message: 'any needs at least one condition',
    });
    expect(problems([rule({ all: [{ field: 'category', in: [] }] })])).toEqual([
      'rules[0].when.all[0].in: in needs at least one value',
    ]);
  });

  it('duplicate_rule_id, naming the first rule that has the id', () => {
    const when = { field: 'tier', exists: true };
    expect(validateRules([rule(when, { id: 'a' }), rule(when, { id: 'b' }), rule(when, { id: 'a' }), rule(when, { id: 'a' })])).toEqual({
      ok: false,
      problems: [
        { code: 'duplicate_rule_id', path: 'rules[2].id', rule: 'a', id: 'a', firstIndex: 0, message: "rule id 'a' is already used by rules[0]" },
        { code: 'duplicate_rule_id', path: 'rules[3].id', rule: 'a', id: 'a', firstIndex: 0, message: "rule id 'a' is already used by rules[0]" },
      ],
    });
  });
});

describe('validateRules: every problem at once, in any input', () => {
  it('lists every problem of every rule, not just the first', () => {
    expect(
      problems({
        rules: [
          { id: 'a', description: 'ok', when: { field: 'category', equals: 'oem' }, recommend: 'sla' },
          { id: 'a', description: 1, when: { all: [{ field: 'categroy', in: ['resellr'] }, {}] }, recommend: 'x' },
        ],
      }),
    ).toEqual([
      'rules[1].description: expected text, but found a number',
      "rules[1].recommend: 'x' is not a management option",
      "rules[1].when.all[0].field: 'categroy' is not a field; use a record field, group, custom.<name> or context.<factor>; did you mean 'category'?",
      'rules[1].when.all[1]: a condition needs all, any, not, or a field with equals, in, exists, gt, gte, lt, lte, startsWith or contains; found no keys',
      "rules[1].id: rule id 'a' is already used by rules[0]",
    ]);
  });

  it('gives the same paths for a bare array and a rule file', () => {
    const rules = [rule({ field: 'category', equals: 'resellr' })];
    expect(problems(rules)).toEqual(problems({ rules }));
    expect(problems(rules)).toEqual(["rules[0].when.equals: 'resellr' is not a partner category"]);
  });

  it('writes messages in the chosen locale', () => {
    const when = { all: [{ field: 'tier', equals: 'A' }, { field: 'category', in: ['resellr'] }] };
    expect(problems([rule(when), rule({ any: [] }), { id: 'r' }], { locale: sv })).toEqual([
      "rules[0].when.all[1].in: 'resellr' är ingen partnerkategori",
      'rules[1].when.any: any behöver minst ett villkor',
      "rules[1].id: regel-id 'r' används redan av rules[0]",
      'rules[2].description: description saknas',
      'rules[2].when: when saknas',
      'rules[2].recommend: recommend saknas',
      "rules[2].id: regel-id 'r' används redan av rules[0]",
    ]);
  });

  it('reports input that is not a rule set instead of throwing', () => {
    for (const input of [null, undefined, 42, 'rules', true, () => {}, Symbol('x')]) {
      const result = validateRules(input);
      expect(result.ok).toBe(false);
      expect(result.ok ? [] : result.problems.map((p) => [p.code, p.path])).toEqual([['wrong_type', '']]);
    }
    expect(problems(null)).toEqual([': expected an object, but found null']);
  });

  it('caps nesting: 10,000 nested nots are one problem, not a stack overflow', () => {
    let when: unknown = { field: 'tier', equals: 'Gold' };
    for (let i = 0; i < 10_000; i++) when = { not: when };
    const result = validateRules([rule(when)]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      code: 'too_deep',
      path: `rules[0].when${'.not'.repeat(maxConditionDepth - 1)}.not`,
      max: maxConditionDepth,
      message: 'conditions nest at most 64 deep; this one is deeper',
    });
  });

  it('does not let a __proto__ key through or into Object.prototype', () => {
    const file = JSON.parse(
      '{"rules": [{"id": "p", "description": "", "recommend": "sla", "__proto__": {"polluted": true},' +
        ' "when": {"field": "tier", "equals": "A", "__proto__": {"x": 1}}}], "__proto__": {"polluted": true}}',
    ) as unknown;
    expect(problems(file)).toEqual([
      "__proto__: '__proto__' is not allowed here; use '$schema', 'rules' or 'segments'",
      "rules[0].__proto__: '__proto__' is not allowed here; use 'id', 'description', 'when', 'recommend', 'priority' or 'source'",
      "rules[0].when.__proto__: '__proto__' is not allowed here; use 'field' or 'equals'",
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reads only own keys, never inherited ones', () => {
    const inherited = Object.create({ field: 'tier', equals: 'A' }) as object;
    expect(problems([rule(inherited)])).toEqual([
      'rules[0].when: a condition needs all, any, not, or a field with equals, in, exists, gt, gte, lt, lte, startsWith or contains; found no keys',
    ]);
  });
});
