import { describe, expect, it } from 'vitest';
import { lookupTable } from './lookup-table.js';

describe('lookupTable', () => {
  it('finds what it was given, "__proto__" included, and nothing from Object.prototype', () => {
    const table = lookupTable([
      ['oem', 1],
      ['__proto__', 2],
    ]);
    expect(table['oem']).toBe(1);
    expect(table['__proto__']).toBe(2);
    expect(table['constructor']).toBeUndefined();
    expect(table['toString']).toBeUndefined();
    expect(Object.getPrototypeOf(table)).toBeNull();
  });
});
