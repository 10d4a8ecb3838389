import { describe, expect, it } from 'vitest';
import { sv } from '../locales/sv.js';
import { all, any, contains, defineRule, equals, exists, gte, lt, not, oneOf, startsWith } from './builders.js';
import { defaultRules } from './default-rules.js';
import { createRuleEngine } from './engine.js';
import { mergeRules } from './merge-rules.js';
import type { Rule } from './types.js';

const rule = (id: string, when: Rule['when'], recommend: Rule['recommend'], priority?: number): Rule =>
  priority === undefined ? { id, description: `${id} says ${recommend}`, when, recommend } : { id, description: `${id} says ${recommend}`, when, recommend, priority };

describe('user rules', () => {
  it('work on custom fields, with numbers read from text', () => {
    const engine = createRuleEngine({
      rules: [
        rule('big', all(equals('function', 'sales'), gte('custom.revenue', 1_000_000)), 'one-to-one'),
        rule('flagged', equals('custom.strategic', true), 'formal-program'),
      ],
    });
    expect(engine.decide({ category: 'cloud-reseller', custom: { revenue: '2500000' } })).toBe('one-to-one');
    expect(engine.decide({ category: 'cloud-reseller', custom: { revenue: 10 } })).toBeUndefined();
    expect(engine.decide({ category: 'oem', custom: { strategic: 'TRUE' } })).toBe('formal-program');
    expect(engine.decide({ category: 'oem', custom: { revenue: 'lots' } })).toBeUndefined();
  });

  it('outrank the article by default priority, and the trace shows both', () => {
    const engine = createRuleEngine({
      rules: [...defaultRules(), defineRule({ id: 'gold-oem', description: 'Gold OEMs get the program', when: all(equals('category', 'oem'), equals('tier', 'Gold')), recommend: 'formal-program' })],
    });
    const result = engine.recommend({ category: 'oem', tier: 'Gold' });
    expect(result.option).toBe('formal-program');
    expect(result.trace.map((t) => [t.rule, t.source, t.outcome])).toEqual([
      ['gold-oem', 'user', 'chosen'],
      ['article:oem', 'article', 'outranked'],
    ]);
    expect(engine.decide({ category: 'oem', tier: 'Silver' })).toBe('one-to-one');
  });

  it('load from JSON exactly as from TypeScript', () => {
    const json = JSON.stringify({
      rules: [{ id: 'emea-analysts', description: 'EMEA analysts', when: { all: [{ field: 'category', equals: 'industry-analyst' }, { field: 'region', in: ['EMEA'] }] }, recommend: 'one-to-one' }],
    });
    const engine = createRuleEngine({ rules: [...defaultRules(), ...JSON.parse(json).rules] });
    expect(engine.decide({ category: 'industry-analyst', region: 'EMEA' })).toBe('one-to-one');
    expect(engine.decide({ category: 'industry-analyst', region: 'APAC' })).toBe('marketing-pr');
  });

  it('support not, any, exists and the group and function fields', () => {
    const engine = createRuleEngine({
      rules: [
        rule('ownerless', all(equals('group', 'business-services'), exists('managedBy', false)), 'sla', 10),
        rule('not-sales', all(not(equals('function', 'sales')), any(oneOf('country', ['SE', 'NO']), lt('custom.score', 3))), 'formal-support', 5),
      ],
    });
    expect(engine.decide({ category: 'financing' })).toBe('sla');
    expect(engine.decide({ category: 'financing', managedBy: 'services', country: 'SE' })).toBe('formal-support');
    expect(engine.decide({ category: 'cloud-reseller', country: 'SE' })).toBeUndefined();
    expect(engine.decide({ category: 'epc', custom: { score: 2 } })).toBe('formal-support');
  });

  it('can replace a default rule by id', () => {
    const rules = mergeRules(defaultRules(), [rule('article:oem', equals('category', 'oem'), 'formal-support', 0)]);
    expect(rules.filter((r) => r.id === 'article:oem')).toHaveLength(1);
    expect(createRuleEngine({ rules }).decide({ category: 'oem' })).toBe('formal-support');
  });

  it('compare text tests with JSON numbers, and numbers with text, whatever the shortcut', () => {
    const engine = createRuleEngine({
      rules: [
        rule('tier-5', all(equals('tier', '5'), gte('custom.nps', 30)), 'sla', 20),
        rule('few', all(oneOf('region', ['EMEA', 'APAC']), any(gte('custom.nps', 50), lt('custom.nps', 0))), 'one-to-one', 10),
      ],
    });
    expect(engine.decide({ category: 'oem', tier: 5, custom: { nps: '30' } })).toBe('sla');
    expect(engine.decide({ category: 'oem', tier: '5', custom: { nps: ' 31 ' } })).toBe('sla');
    expect(engine.decide({ category: 'oem', tier: 'Gold', custom: { nps: 99 } })).toBeUndefined();
    expect(engine.decide({ category: 'oem', region: 'APAC', custom: { nps: '-3' } })).toBe('one-to-one');
    expect(engine.decide({ category: 'oem', region: 'APAC', custom: { nps: 'n/a' } })).toBeUndefined();
    expect(engine.decide({ category: 'oem', region: '', custom: { nps: 60 } })).toBeUndefined();
  });

  it("read a subtype only on its own category, as the category index does", () => {
    const engine = createRuleEngine({ rules: [rule('late', equals('stage', 'post-offer'), 'sla')] });
    expect(engine.decide({ category: 'msp-cmsp', stage: 'post-offer' })).toBe('sla');
    expect(engine.decide({ category: 'isv-ihv', stage: 'post-offer' })).toBeUndefined();
    const why = engine.explainWhyNot({ category: 'isv-ihv', stage: 'post-offer' }, 'sla');
    expect(why.rules[0]?.failures[0]).toMatchObject({ field: 'stage', actual: undefined });
  });

  it('test text with startsWith and contains, ignoring case, numbers read as text', () => {
    const engine = createRuleEngine({
      rules: [
        rule('acme', startsWith('name', 'ACME'), 'one-to-one', 20),
        rule('gold', contains('tier', 'gold'), 'sla', 10),
        rule('area', startsWith('custom.postcode', '11'), 'formal-support', 5),
      ],
    });
    expect(engine.decide({ category: 'oem', name: 'Acme Nordic AB' })).toBe('one-to-one');
    expect(engine.decide({ category: 'oem', name: 'The Acme Co', tier: 'Rose Gold' })).toBe('sla');
    expect(engine.decide({ category: 'oem', custom: { postcode: 11432 } })).toBe('formal-support');
    expect(engine.decide({ category: 'oem', tier: true, custom: { postcode: '21432' } })).toBeUndefined();
  });

  it('explain a failed test in the words of the locale', () => {
    const rules = [rule('acme', all(startsWith('name', 'Acme'), not(contains('tier', 'gold'))), 'sla')];
    const record = { category: 'oem', name: 'Beta', tier: 'Gold' };
    expect(createRuleEngine({ rules }).explainWhyNot(record, 'sla').rules[0]?.reasons).toEqual([
      'needs name to start with "Acme", but it is "Beta"',
      'needs the condition at when.all[1] not to hold, but it does',
    ]);
    expect(createRuleEngine({ rules, locale: sv }).explainWhyNot(record, 'sla').rules[0]?.reasons).toEqual([
      "kräver att namn börjar med 'Acme', men värdet är 'Beta'",
      'kräver att villkoret i when.all[1] inte gäller, men det gör det',
    ]);
    const missing = createRuleEngine({ rules: [rule('big', gte('custom.revenue', 5), 'sla')] }).explainWhyNot({ category: 'oem' }, 'sla');
    expect(missing.rules[0]?.reasons).toEqual(['needs custom.revenue to be at least 5, but it is missing']);
  });

  it('explain a rule that held while rules above it lack data, by what they lack', () => {
    const rules = [
      rule('pre', all(equals('category', 'msp-cmsp'), equals('stage', 'pre-offer')), 'one-to-one', 10),
      rule('any-msp', equals('category', 'msp-cmsp'), 'sla', 0),
    ];
    const record = { category: 'msp-cmsp' };
    const [entry] = createRuleEngine({ rules }).explainWhyNot(record, 'sla').rules;
    expect(entry).toMatchObject({ rule: 'any-msp', status: 'outranked', failures: [] });
    expect(entry?.outrankedBy).toBeUndefined();
    expect(entry?.reasons).toEqual(["'stage' is needed to choose between 'one-to-one' and 'sla'"]);
    const [svEntry] = createRuleEngine({ rules, locale: sv }).explainWhyNot(record, 'sla').rules;
    expect(svEntry?.reasons).toEqual(['fas behövs för att välja mellan individuell hantering (en-till-en) och servicenivåavtal']);
  });

  it('can start empty', () => {
    const result = createRuleEngine({ rules: [] }).recommend({ category: 'oem' });
    expect(result).toMatchObject({ option: undefined, needs: [], trace: [], reason: 'no rule applies to this record' });
  });
});

describe('records of no known category', () => {
  it('meet every rule, whatever the category text, prototype names included', () => {
    const engine = createRuleEngine({
      rules: [
        ...defaultRules(),
        { id: 'gold', description: 'Gold partners get an SLA', when: { field: 'tier', equals: 'Gold' }, recommend: 'sla', priority: 200 },
      ],
    });
    for (const category of ['constructor', '__proto__', 'toString', 'resellr', 5, undefined]) {
      expect(engine.decide({ category, tier: 'Gold' })).toBe('sla');
      expect(engine.recommend({ category, tier: 'Gold' }).option).toBe('sla');
      expect(engine.recommend({ category }).option).toBeUndefined();
    }
  });
});

describe('reuse', () => {
  it('answers afresh when the same record object is edited between calls', () => {
    const engine = createRuleEngine({ rules: defaultRules() });
    const record: Record<string, unknown> = { category: 'oem' };
    expect(engine.decide(record)).toBe('one-to-one');
    record['category'] = 'academia';
    expect(engine.decide(record)).toBe('marketing-pr');
    expect(engine.recommend(record).option).toBe('marketing-pr');
    record['category'] = 'msp-cmsp';
    expect(engine.recommend(record).needs).toEqual(['stage']);
    record['stage'] = 'pre-offer';
    expect(engine.recommend(record).option).toBe('one-to-one');
  });

  it('shares frozen results between records that fire the same rules', () => {
    const engine = createRuleEngine({ rules: defaultRules() });
    const a = engine.recommend({ category: 'epc', name: 'A' });
    const b = engine.recommend({ category: 'epc', name: 'B' });
    expect(b).toBe(a);
    expect(Object.isFrozen(a) && Object.isFrozen(a.trace) && Object.isFrozen(a.trace[0])).toBe(true);
  });
});

describe('hit policy', () => {
  const a = rule('a', equals('category', 'oem'), 'sla', 10);
  const b = rule('b', all(equals('category', 'oem'), equals('tier', 'Gold')), 'one-to-one', 10);
  const c = rule('c', equals('category', 'oem'), 'formal-support', 20);
  const d = rule('d', equals('function', 'solution'), 'marketing-pr', 20);
  const record = { category: 'oem', tier: 'Gold' };

  it('ranks by priority, then specificity, then id, whatever the rule order', () => {
    const orders = [[a, b, c, d], [d, c, b, a], [b, d, a, c]];
    for (const rules of orders) {
      const engine = createRuleEngine({ rules });
      expect(engine.recommend(record).trace.map((t) => t.rule)).toEqual(['c', 'd', 'b', 'a']);
      expect(engine.decide(record)).toBe('formal-support');
    }
    // Same priority and specificity: the id decides.
    const tie = createRuleEngine({ rules: [rule('z', equals('category', 'oem'), 'sla'), rule('m', equals('category', 'oem'), 'one-to-one')] });
    expect(tie.decide({ category: 'oem' })).toBe('one-to-one');
  });

  it('can take the first matching rule in list order instead', () => {
    const engine = createRuleEngine({ rules: [a, b, c, d], hitPolicy: 'first' });
    expect(engine.decide(record)).toBe('sla');
  });

  it('lists the losing options as candidates', () => {
    const result = createRuleEngine({ rules: [a, b, c, d] }).recommend(record);
    expect(result.candidates.map((x) => [x.option, x.rule])).toEqual([
      ['formal-support', 'c'],
      ['marketing-pr', 'd'],
      ['one-to-one', 'b'],
      ['sla', 'a'],
    ]);
  });
});

describe('invalid rule sets', () => {
  it('are rejected by one error that lists every problem', () => {
    const bad = [
      rule('ok', equals('category', 'oem'), 'sla'),
      { id: 'x', description: 'typo', when: { all: [{ field: 'tier', equals: 'A' }, { field: 'category', in: ['resellr'] }] }, recommend: 'sla' },
      { id: 'ok', description: 'again', when: { field: 'category', equals: 'oem' }, recommend: 'nope' },
    ];
    // In TypeScript these rules do not compile; from JavaScript or a cast, they throw.
    const rules = bad as unknown as Rule[];
    expect(() => createRuleEngine({ rules })).toThrowError(/rules\[1\]\.when\.all\[1\]\.in: 'resellr' is not a partner category \(rule 'x'\)/);
    try {
      createRuleEngine({ rules });
    } catch (error) {
      expect((error as { name: string }).name).toBe('RuleSetError');
      expect((error as { problems: unknown[] }).problems.length).toBeGreaterThanOrEqual(3);
    }
  });
});
