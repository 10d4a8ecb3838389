import { describe, expect, it } from 'vitest';
import { sv } from '../locales/sv.js';
import { defaultRules } from './default-rules.js';
import { createRuleEngine } from './engine.js';
import { assertValidRules, RuleSetError } from './rule-set-error.js';
import type { Rule } from './types.js';
import { validateRules } from './validate-rules.js';

const rule = (id: string, when: unknown) => ({ id, description: id, when, recommend: 'sla' });
const bad = [
  rule('a', { field: 'tier', equals: 'Gold' }),
  rule('b', { field: 'tier', exists: true }),
  rule('c', { any: [] }),
  rule('d', { all: [{ field: 'tier', equals: 'Gold' }, { field: 'category', in: ['oem', 'resellr'] }] }),
];

function thrown(run: () => unknown): RuleSetError {
  try {
    run();
  } catch (error) {
    if (error instanceof RuleSetError) return error;
    throw error;
  }
  throw new Error('expected a RuleSetError');
}

describe('RuleSetError and assertValidRules', () => {
  it('throws one error whose message lists every problem, one a line', () => {
    const error = thrown(() => assertValidRules(bad));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('RuleSetError');
    expect(error.message).toBe(
      [
        'Invalid rule set (2 problems):',
        "  rules[2].when.any: any needs at least one condition (rule 'c')",
        "  rules[3].when.all[1].in: 'resellr' is not a partner category (rule 'd')",
      ].join('\n'),
    );
    expect(error.message.split('\n')).toContain("  rules[3].when.all[1].in: 'resellr' is not a partner category (rule 'd')");
  });

  it('carries the same problems as validateRules, frozen', () => {
    const error = thrown(() => assertValidRules({ rules: bad }, { locale: sv }));
    const result = validateRules(bad, { locale: sv });
    expect(result.ok ? [] : result.problems).toEqual(error.problems);
    expect(Object.isFrozen(error.problems)).toBe(true);
    expect(error.message).toContain("rules[3].when.all[1].in: 'resellr' är ingen partnerkategori");
  });

  it('is Swedish throughout with the Swedish locale, its first line and rule names too', () => {
    const error = thrown(() => createRuleEngine({ rules: bad as Rule[], locale: sv }));
    expect(error.message).toBe(
      [
        'Ogiltig regeluppsättning (2 problem):',
        "  rules[2].when.any: any behöver minst ett villkor (regeln 'c')",
        "  rules[3].when.all[1].in: 'resellr' är ingen partnerkategori (regeln 'd')",
      ].join('\n'),
    );
    expect(thrown(() => assertValidRules(null, { locale: sv })).message).toMatch(/^Ogiltig regeluppsättning \(1 problem\):\n/);
  });

  it('says "1 problem", and leaves out the path when the input as a whole is wrong', () => {
    expect(thrown(() => assertValidRules(null)).message).toBe(
      'Invalid rule set (1 problem):\n  expected an object, but found null',
    );
  });

  it('counts your rules only, not the default rules among them, and names each by its id', () => {
    const typo = { id: 'strategic-si', description: 'SIs', when: { field: 'category', equals: 'system-integrator' }, recommend: 'one-to-onee' };
    const error = thrown(() => createRuleEngine({ rules: [...defaultRules(), rule('mine', { field: 'tier', exists: true }), typo] as Rule[] }));
    expect(error.message).toBe("Invalid rule set (1 problem):\n  rules[1].recommend: 'one-to-onee' is not a management option (rule 'strategic-si')");
    expect(error.problems[0]).toMatchObject({ path: 'rules[1].recommend', rule: 'strategic-si' });
    // Mixed in anywhere, as mergeRules leaves them.
    const mixed = [rule('a', { any: [] }), ...defaultRules().slice(0, 3), rule('b', { any: [] }), ...defaultRules().slice(3)];
    expect(thrown(() => createRuleEngine({ rules: mixed as Rule[] })).problems.map((p) => p.path)).toEqual(['rules[0].when.any', 'rules[1].when.any']);
  });

  it('says which of your rules reuses the id of a default rule, before or after it', () => {
    const oem = rule('article:oem', { field: 'category', equals: 'oem' });
    for (const rules of [[...defaultRules(), oem], [oem, ...defaultRules()]]) {
      expect(thrown(() => createRuleEngine({ rules: rules as Rule[] })).message).toBe(
        "Invalid rule set (1 problem):\n  rules[0].id: rule id 'article:oem' is already used by a default rule (mergeRules replaces one) (rule 'article:oem')",
      );
    }
    expect(validateRules([...defaultRules(), ...defaultRules()], { locale: sv })).toMatchObject({
      ok: false,
      problems: expect.arrayContaining([
        expect.objectContaining({ path: '', rule: 'article:oem', message: "regel-id 'article:oem' används redan av en standardregel (mergeRules ersätter en)" }),
      ]),
    });
  });

  it('returns the rules when they are valid', () => {
    expect(assertValidRules(bad.slice(0, 2))).toEqual(bad.slice(0, 2));
    expect(assertValidRules({ rules: [] })).toEqual([]);
  });
});
