import { describe, expect, it } from 'vitest';
import { createFirstIndex } from './first-index.js';

describe('createFirstIndex', () => {
  it('answers undefined for new ids and the first index for repeats, before and after the first repeat', () => {
    const firstIndex = createFirstIndex();
    expect(firstIndex('a', 0)).toBeUndefined();
    expect(firstIndex('b', 1)).toBeUndefined();
    expect(firstIndex('a', 2)).toBe(0);
    expect(firstIndex('c', 3)).toBeUndefined();
    expect(firstIndex('a', 4)).toBe(0);
    expect(firstIndex('b', 5)).toBe(1);
    expect(firstIndex('c', 6)).toBe(3);
  });

  it('keeps the earliest index over many repeats', () => {
    const firstIndex = createFirstIndex();
    const answers = Array.from({ length: 1000 }, (_, i) => firstIndex(`id-${i % 7}`, i));
    expect(answers.slice(0, 7)).toEqual(Array(7).fill(undefined));
    expect(answers.slice(7)).toEqual(Array.from({ length: 993 }, (_, i) => (i + 7) % 7));
  });
});
