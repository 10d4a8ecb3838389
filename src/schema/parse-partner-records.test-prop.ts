import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { en } from '../locales/en.js';
import { crmVocabularies } from '../crosswalk/shipped-vocabularies.js';
import { partnerCategories } from '../taxonomy/ids.js';
import { parsePartnerRecords } from './parse-partner-records.js';
import { partnerRecordSchema } from './partner-record.js';

// Cells as CRM exports hold them: good ids and labels, near misses, blanks, junk.
const text = fc.oneof(
  fc.constantFrom(...partnerCategories, ...partnerCategories.map((c) => en.categories[c].label)),
  fc.constantFrom('VAR', 'ISV', 'MSP', 'resellr', 'pre-offer', 'Post offer', 'closer', 'SLA', '1:1', 'sales', ''),
  fc.constantFrom('Partner', 'Reseller', 'Återförsäljare', 'Influencer', 'Prospect', 'Customer', 'Vendor', 'Konsult', 'Other'),
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);
const cell = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.anything());
const key = fc.oneof(
  fc.constantFrom('id', 'name', 'category', 'function', 'kind', 'stage', 'mode', 'businessModel', 'managedBy'),
  fc.constantFrom('management', 'tier', 'Partner Type', 'Owner', '__proto__', 'constructor', 'toString', 'hasOwnProperty'),
  fc.constantFrom('Type', 'Namn', 'Partner-ID', 'Record ID', 'Company name', 'Managed By', 'Nivå'),
  fc.string(),
);
const plausibleRow = fc.dictionary(key, cell, { maxKeys: 12 });
// JSON.parse makes "__proto__" an own key, as rows from a file would have it.
const jsonRow = plausibleRow.map((r) => JSON.parse(JSON.stringify(r)) as unknown);
const row = fc.oneof(plausibleRow, jsonRow, fc.anything());

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();

describe('parsePartnerRecords properties', () => {
  it('gives every row exactly one outcome: a record, an unclassified partner, a skipped row or errors', () => {
    const before = prototypeKeys();
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 20 }),
        fc.constantFrom(undefined, ...crmVocabularies),
        fc.boolean(),
        (rows, vocabulary, uniqueIds) => {
          const result = parsePartnerRecords(rows, { uniqueIds, ...(vocabulary === undefined ? {} : { vocabulary }) });
          const unclassified = result.unclassified.map((p) => p.index);
          const skipped = result.skipped.map((s) => s.index);
          const failed = [...new Set(result.errors.map((e) => e.index))];
          const elsewhere = [...unclassified, ...skipped, ...failed];
          // No row in two places, and the records are every row left.
          expect(new Set(elsewhere).size).toBe(elsewhere.length);
          expect(result.records.length + elsewhere.length).toBe(rows.length);
          for (const index of elsewhere) {
            expect(index).toBeGreaterThanOrEqual(0);
            expect(index).toBeLessThan(rows.length);
          }
          expect(result.counts).toEqual({
            rows: rows.length,
            records: result.records.length,
            unclassified: unclassified.length,
            skipped: skipped.length,
            invalid: failed.length,
          });
          for (const message of [...result.errors, ...result.unclassified, ...result.skipped].map((o) => o.message)) {
            expect(typeof message).toBe('string');
            expect(message).not.toBe('');
          }
          for (const partner of result.unclassified) {
            expect(partner.id).not.toBe('');
            expect(partner.name).not.toBe('');
            for (const candidate of partner.candidates) expect(partnerCategories).toContain(candidate);
          }
        },
      ),
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
        // Flattened, a custom column looks like any other, and one whose header names a
        // field the record left blank ("Managed By" beside an empty managedBy) would be
        // read as that field: the re-parse says which columns were custom, as a user would.
        const columns = Object.fromEntries(records.flatMap((r) => Object.keys(r.custom)).map((k) => [k, 'custom' as const]));
        const again = parsePartnerRecords(
          records.map(({ custom, ...fields }) => ({ ...fields, ...custom })),
          { columns },
        );
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

  it('lets an explicit column mapping win over any header', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Type', 'Partner Type', 'category', 'Partnertyp', 'Relationship Type', 'Kategori'), { minLength: 1, maxLength: 5 }), (headers) => {
        const unique = [...new Set(headers)];
        const chosen = unique[unique.length - 1] as string;
        const cells = Object.fromEntries(unique.map((h) => [h, h === chosen ? 'oem' : 'SI']));
        const { records } = parsePartnerRecords([{ id: '1', name: 'A', ...cells }], { columns: { [chosen]: 'category' } });
        expect(records[0]?.category).toBe('oem');
      }),
    );
  });
});
