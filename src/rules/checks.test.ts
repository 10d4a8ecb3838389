import { describe, expect, it } from 'vitest';
import { compare, holds, oneOf, predicate } from './checks.js';

describe('holds', () => {
  it('compares a number with its bound, and never holds for NaN (no number)', () => {
    expect([holds(compare('greater', 5), 6), holds(compare('greater', 5), 5)]).toEqual([true, false]);
    expect([holds(compare('atLeast', 5), 5), holds(compare('atLeast', 5), 4)]).toEqual([true, false]);
    expect([holds(compare('less', 5), 4), holds(compare('less', 5), 5)]).toEqual([true, false]);
    expect([holds(compare('atMost', 5), 5), holds(compare('atMost', 5), 6)]).toEqual([true, false]);
    for (const kind of ['greater', 'atLeast', 'less', 'atMost'] as const) expect(holds(compare(kind, 5), Number.NaN)).toBe(false);
  });

  it('finds a text among one or several, a number by its text, and nothing else', () => {
    for (const texts of [['Gold'], ['Silver', 'Gold', 'Bronze']]) {
      expect(holds(oneOf(texts), 'Gold')).toBe(true);
      expect(holds(oneOf(texts), 'gold')).toBe(false);
      expect(holds(oneOf(texts), null)).toBe(false);
      expect(holds(oneOf(texts), { toString: () => 'Gold' })).toBe(false);
    }
    expect(holds(oneOf(['42']), 42)).toBe(true);
    expect(holds(oneOf(['1', '42']), 42)).toBe(true);
    expect(holds(oneOf(['42']), 43)).toBe(false);
  });

  it('runs a predicate for anything else', () => {
    expect(holds(predicate((value) => value === true), true)).toBe(true);
    expect(holds(predicate((value) => value === true), 'true')).toBe(false);
  });
});
