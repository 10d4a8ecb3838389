import { describe, expect, it } from 'vitest';
import { parsePartnerRecords } from './parse-partner-records.js';
import { hasRepeatedId } from './repeated-ids.js';

describe('hasRepeatedId', () => {
  it('sees distinct ids in order, out of order, and repeats anywhere', () => {
    expect(hasRepeatedId([])).toBe(false);
    expect(hasRepeatedId(['p-1', 'p-2', 'p-3'])).toBe(false);
    expect(hasRepeatedId(['p-3', 'p-1', 'p-2'])).toBe(false);
    expect(hasRepeatedId(['p-1', 'p-2', 'p-2'])).toBe(true);
    expect(hasRepeatedId(['p-2', 'p-1', 'p-3', 'p-1'])).toBe(true);
  });
});

describe('repeated ids in parsePartnerRecords', () => {
  const row = (id: string, category = 'oem') => ({ id, name: `Partner ${id}`, category });

  it('keep the first partner row, and turn later ones into issues in row order', () => {
    const result = parsePartnerRecords([
      row('b', 'VAR'), // a partner without a category: its id counts too
      row('a'),
      { id: 'c', category: 'oem' }, // an issue of its own
      row('b'), // repeats row 0: an issue
      row('d'),
      row('a', 'Reseller'), // repeats row 1: an issue, not an unclassified partner
    ]);
    expect(result.records.map((r) => r.id)).toEqual(['a', 'd']);
    expect(result.unclassified.map((p) => p.id)).toEqual(['b']);
    expect(result.errors.map((e) => [e.index, e.code])).toEqual([
      [2, 'missing_field'],
      [3, 'duplicate_id'],
      [5, 'duplicate_id'],
    ]);
    expect(result.errors[1]).toMatchObject({ firstIndex: 0, received: 'b' });
    expect(result.errors[2]).toMatchObject({ firstIndex: 1, received: 'a' });
    expect(result.counts).toEqual({ rows: 6, records: 2, unclassified: 1, skipped: 0, invalid: 3 });
  });

  it('are allowed with uniqueIds: false', () => {
    const result = parsePartnerRecords([row('a'), row('a')], { uniqueIds: false });
    expect(result.records).toHaveLength(2);
    expect(result.errors).toEqual([]);
  });

  it('are found among many rows without overflowing the stack', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => row(`p-${i % 150_000}`));
    const result = parsePartnerRecords(rows);
    expect(result.records).toHaveLength(150_000);
    expect(result.errors).toHaveLength(50_000);
    expect(result.errors[0]).toMatchObject({ index: 150_000, firstIndex: 0 });
  });
});
