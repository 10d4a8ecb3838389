import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { en } from '../locales/en.js';
import { partnerCategories } from '../taxonomy/ids.js';
import { parsePartnerRecords } from './parse-partner-records.js';
import { partnerRecordSchema } from './partner-record.js';

// Cells as CRM exports hold them: good ids and labels, near misses, blanks, junk.
const text = fc.oneof(
  fc.constantFrom(...partnerCategories, ...partnerCategories.map((c) => en.categories[c].label)),
  fc.constantFrom('VAR', 'ISV', 'MSP', 'resellr', 'pre-offer', 'Post offer', 'closer', 'SLA', '1:1', 'sales', ''),
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);
const cell = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.anything());
const key = fc.oneof(
  fc.constantFrom('id', 'name', 'category', 'function', 'kind', 'stage', 'mode', 'businessModel', 'managedBy'),
  fc.constantFrom('management', 'tier', 'Partner Type', 'Owner', '__proto__', 'constructor', 'toString', 'hasOwnProperty'),
  fc.string(),
);
const plausibleRow = fc.dictionary(key, cell, { maxKeys: 12 });
// JSON.parse makes "__proto__" an own key, as rows from a file would have it.
const jsonRow = plausibleRow.map((r) => JSON.parse(JSON.stringify(r)) as unknown);
const row = fc.oneof(plausibleRow, jsonRow, fc.anything());

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();

describe('parsePartnerRecords properties', () => {
  it('accounts for every row: a record or errors, never both, never neither, never a throw', () => {
    const before = prototypeKeys();
    fc.assert(
      fc.property(fc.array(row, { maxLength: 20 }), (rows) => {
        const { records, errors } = parsePartnerRecords(rows, { uniqueIds: false });
        const failed = new Set(errors.map((e) => e.index));
        expect(records.length + failed.size).toBe(rows.length);
        for (const e of errors) {
          expect(e.index).toBeGreaterThanOrEqual(0);
          expect(e.index).toBeLessThan(rows.length);
          expect(typeof e.message).toBe('string');
          expect(e.message).not.toBe('');
        }
      }),
      { numRuns: 500 },
    );
    expect(prototypeKeys()).toEqual(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('produces only records that the canonical schema accepts', () => {
    fc.assert(
      fc.property(fc.array(plausibleRow, { maxLength: 10 }), (rows) => {
        for (const record of parsePartnerRecords(rows).records) {
          expect(partnerRecordSchema.safeParse(record).success).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is stable: a parsed record parses again to itself', () => {
    fc.assert(
      fc.property(fc.array(plausibleRow, { maxLength: 10 }), (rows) => {
        const { records } = parsePartnerRecords(rows);
        const again = parsePartnerRecords(records.map(({ custom, ...fields }) => ({ ...fields, ...custom })));
        expect(again.records.map(({ custom, ...fields }) => fields)).toEqual(
          records.map(({ custom, ...fields }) => fields),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on any input at all', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const { records, errors } = parsePartnerRecords(input);
        expect(Array.isArray(records) && Array.isArray(errors)).toBe(true);
      }),
    );
  });
});
