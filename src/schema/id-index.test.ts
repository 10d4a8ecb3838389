import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createIdIndex } from './id-index.js';

describe('createIdIndex', () => {
  it('gives the first row of a repeated id, and nothing for a new one', () => {
    const ids = createIdIndex();
    expect(ids.firstRow('P-1', 0)).toBeUndefined();
    expect(ids.firstRow('P-2', 1)).toBeUndefined();
    expect(ids.firstRow('P-1', 2)).toBe(0);
    expect(ids.firstRow('P-1', 3)).toBe(0);
    expect(ids.firstRow('p-1', 4)).toBeUndefined(); // ids are exact: case matters
  });

  it('tells ids apart by their bytes: Unicode, empty, long, and across table growth', () => {
    const ids = createIdIndex();
    const long = 'x'.repeat(3 << 20); // longer than a block
    // ASCII, the edge of it, and ASCII that turns to other text part way (two ways to encode).
    const values = ['', 'Ö', 'O\u0308', '😀', 'a\u0000b', '\u007f', '\u0080', 'SE-1 Å', 'SE-1 A', '\uD800', '\uD801', '\uDC00x', long, `${long}y`];
    values.forEach((id, row) => expect(ids.firstRow(id, row)).toBeUndefined());
    values.forEach((id, row) => expect(ids.firstRow(id, 100 + row)).toBe(row));
    for (let i = 0; i < 100_000; i++) expect(ids.firstRow(`id-${i}`, i)).toBeUndefined();
    expect(ids.firstRow('id-99999', 0)).toBe(99_999);
    expect(ids.firstRow('id-0', 0)).toBe(0);
  });

  it('agrees with a Map on any sequence of ids', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 4 }), { maxLength: 400 }), (sequence) => {
        const ids = createIdIndex();
        const first = new Map<string, number>();
        sequence.forEach((id, row) => {
          expect(ids.firstRow(id, row)).toBe(first.get(id));
          if (!first.has(id)) first.set(id, row);
        });
      }),
    );
  });
});
