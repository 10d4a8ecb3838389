import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { managementOptions, partnerCategories } from '../taxonomy/ids.js';
import { defaultEngine } from './recommend.js';

const record = fc.oneof(
  fc.record(
    {
      category: fc.oneof(fc.constantFrom(...partnerCategories), fc.string(), fc.anything()),
      stage: fc.oneof(fc.constantFrom('pre-offer', 'post-offer', ''), fc.anything()),
      kind: fc.constantFrom('isv', 'ihv', 'x'),
      tier: fc.anything(),
      custom: fc.oneof(fc.dictionary(fc.string(), fc.anything()), fc.anything()),
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);
const context = fc.option(
  fc.record(
    {
      power: fc.oneof(fc.constantFrom('vendor', 'balanced', 'partner'), fc.anything()),
      homogeneity: fc.oneof(fc.double(), fc.anything()),
      convention: fc.oneof(fc.constantFrom(...managementOptions), fc.string()),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

describe('recommend properties', () => {
  it('answers every record, valid or not: an option, or undefined with a reason', () => {
    const engine = defaultEngine();
    fc.assert(
      fc.property(record, context, (r, c) => {
        const result = engine.recommend(r as never, c as never);
        expect(result.reason).not.toBe('');
        if (result.option === undefined) {
          expect(result.decidedBy).toBeUndefined();
          expect(result.needs.length + (result.candidates.length === 0 ? 1 : 0)).toBeGreaterThan(0);
        } else {
          expect(managementOptions).toContain(result.option);
          expect(result.trace.filter((t) => t.outcome === 'chosen')).toHaveLength(1);
          expect(result.needs).toEqual([]);
        }
        expect(engine.decide(r as never, c as never)).toBe(result.option);
      }),
      { numRuns: 1000 },
    );
  });

  it('decides every valid partner type with a known subtype', () => {
    fc.assert(
      fc.property(fc.constantFrom(...partnerCategories), fc.constantFrom('pre-offer', 'post-offer'), (category, stage) => {
        expect(defaultEngine().decide({ category, stage })).toBeDefined();
      }),
    );
  });
});
