import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createOffsetRuns } from './offset-runs.js';

describe('createOffsetRuns (a row index to its line)', () => {
  it('gives each row its line, across blank lines and cells with line breaks', () => {
    const lines = createOffsetRuns();
    // A header on line 1; row 1 spans lines 3-4; a blank line 5; row 3 on line 7.
    [2, 3, 6, 7].forEach((line, index) => lines.set(index, line));
    expect([0, 1, 2, 3].map(lines.get)).toEqual([2, 3, 6, 7]);
    expect(createOffsetRuns().get(4)).toBe(5);
  });

  it('agrees with a list of every line, for any file', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 3 }), { maxLength: 300 }), (gaps) => {
        const lines = createOffsetRuns();
        const every: number[] = [];
        let line = 1;
        gaps.forEach((gap, index) => {
          line += 1 + gap;
          every.push(line);
          lines.set(index, line);
        });
        expect(every.map((_, index) => lines.get(index))).toEqual(every);
      }),
    );
  });
});
