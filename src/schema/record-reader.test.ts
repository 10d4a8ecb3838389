import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePartnerRecords } from './parse-partner-records.js';
import { createPartnerRecordReader } from './record-reader.js';
import { hubspotCompanyType } from '../crosswalk/hubspot.js';

describe('createPartnerRecordReader', () => {
  it('reads rows one at a time, counting indexes and ids across calls', () => {
    const reader = createPartnerRecordReader();
    expect(reader.read({ id: '1', name: 'A', category: 'VAR' })).toMatchObject({
      outcome: 'unclassified',
      index: 0,
      partner: { candidates: ['value-added-distributor', 'solution-reseller'] },
    });
    expect(reader.read(null)).toMatchObject({ outcome: 'invalid', index: 1, errors: [{ code: 'not_an_object', index: 1 }] });
    expect(reader.read({ id: '1', name: 'B', category: 'oem' })).toMatchObject({
      outcome: 'invalid',
      index: 2,
      errors: [{ code: 'duplicate_id', index: 2, firstIndex: 0 }],
    });
    expect(reader.read({ id: '2', name: 'C', category: 'Prospect' })).toMatchObject({ outcome: 'invalid' });
  });

  it('skips rows its vocabulary says are no partners, without checking their ids', () => {
    const reader = createPartnerRecordReader({ vocabulary: hubspotCompanyType });
    expect(reader.read({ id: '1', name: 'A', Type: 'Prospect' })).toMatchObject({ outcome: 'skipped', skipped: { value: 'Prospect' } });
    expect(reader.read({ id: '1', name: 'A', Type: 'Partner' })).toMatchObject({ outcome: 'unclassified' });
  });

  it('tells which column fills a field when several could, once per shape of row', () => {
    const reader = createPartnerRecordReader();
    reader.read({ id: '1', name: 'A', Type: 'oem', 'Partner Type': 'SI' });
    expect(reader.columnWarnings()).toEqual([expect.objectContaining({ code: 'column_choice', column: 'Partner Type', others: ['Type'] })]);
    reader.read({ id: '2', name: 'B', Type: 'oem', 'Partner Type': 'SI' });
    expect(reader.columnWarnings()).toEqual([]);
  });

  it('agrees with parsePartnerRecords on any rows', () => {
    const row = fc.oneof(
      fc.record({ id: fc.constantFrom('1', '2', '3'), name: fc.string(), category: fc.constantFrom('oem', 'VAR', 'nope', '', 'Reseller', 'Prospect') }),
      fc.anything(),
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), (rows) => {
        const batch = parsePartnerRecords(rows);
        const reader = createPartnerRecordReader();
        const outcomes = rows.map((r) => reader.read(r));
        expect(outcomes.flatMap((o) => (o.outcome === 'record' ? [o.record] : []))).toEqual(batch.records);
        expect(outcomes.flatMap((o) => (o.outcome === 'unclassified' ? [o.partner] : []))).toEqual(batch.unclassified);
        expect(outcomes.flatMap((o) => (o.outcome === 'invalid' ? o.errors : []))).toEqual(batch.errors);
        expect(outcomes.flatMap((o) => (o.outcome === 'record' || o.outcome === 'unclassified' ? o.warnings : []))).toEqual(batch.warnings);
      }),
    );
  });
});
