import { describe, expect, it } from 'vitest';
import { sv } from '../locales/sv.js';
import { assertValidRules, RuleSetError } from './rule-set-error.js';
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
        '  rules[2].when.any: any needs at least one condition',
        "  rules[3].when.all[1].in: 'resellr' is not a partner category",
      ].join('\n'),
    );
    expect(error.message.split('\n')).toContain("  rules[3].when.all[1].in: 'resellr' is not a partner category");
  });

  it('carries the same problems as validateRules, frozen', () => {
    const error = thrown(() => assertValidRules({ rules: bad }, { locale: sv }));
    const result = validateRules(bad, { locale: sv });
    expect(result.ok ? [] : result.problems).toEqual(error.problems);
    expect(Object.isFrozen(error.problems)).toBe(true);
    expect(error.message).toContain("rules[3].when.all[1].in: 'resellr' är ingen partnerkategori");
  });

  it('says "1 problem", and leaves out the path when the input as a whole is wrong', () => {
    expect(thrown(() => assertValidRules(null)).message).toBe(
      'Invalid rule set (1 problem):\n  expected an object, but found null',
    );
  });

  it('returns the rules when they are valid', () => {
    expect(assertValidRules(bad.slice(0, 2))).toEqual(bad.slice(0, 2));
    expect(assertValidRules({ rules: [] })).toEqual([]);
  });
});
