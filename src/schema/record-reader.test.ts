import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePartnerRecords } from './parse-partner-records.js';
import { createPartnerRecordReader } from './record-reader.js';

describe('createPartnerRecordReader', () => {
  it('reads rows one at a time, counting indexes and ids across calls', () => {
    const reader = createPartnerRecordReader();
    expect(reader.read({ id: '1', name: 'A', category: 'VAR' })).toMatchObject({
      index: 0,
      record: { category: 'value-added-distributor' },
      warnings: [{ code: 'ambiguous_category' }],
    });
    expect(reader.read(null)).toMatchObject({ index: 1, errors: [{ code: 'not_an_object', index: 1 }] });
    expect(reader.read({ id: '1', name: 'B', category: 'oem' })).toMatchObject({
      index: 2,
      errors: [{ code: 'duplicate_id', index: 2, firstIndex: 0 }],
    });
  });

  it('agrees with parsePartnerRecords on any rows', () => {
    const row = fc.oneof(
      fc.record({ id: fc.constantFrom('1', '2', '3'), name: fc.string(), category: fc.constantFrom('oem', 'VAR', 'nope', '') }),
      fc.anything(),
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), (rows) => {
        const batch = parsePartnerRecords(rows);
        const reader = createPartnerRecordReader();
        const outcomes = rows.map((r) => reader.read(r));
        expect(outcomes.flatMap((o) => (o.record ? [o.record] : []))).toEqual(batch.records);
        expect(outcomes.flatMap((o) => o.errors ?? [])).toEqual(batch.errors);
        expect(outcomes.flatMap((o) => (o.record ? o.warnings : []))).toEqual(batch.warnings);
      }),
    );
  });
});
