import { describe, expect, it } from 'vitest';
import { sv } from '../locales/sv.js';
import { formatIssues } from './format-issues.js';
import { parsePartnerRecords } from './parse-partner-records.js';

describe('formatIssues', () => {
  const { errors, warnings } = parsePartnerRecords([
    { id: '1', name: 'A', category: 'oem', Type: 'Partner' },
    { ID: '2', Name: 'B', 'Partner Type': 'resellr' },
    null,
  ]);

  it('puts the row, field and column before each message', () => {
    expect(formatIssues(errors)).toEqual([
      `row 2, category (column "Partner Type"): category 'resellr' is not a partner category; did you mean 'solution-reseller'?`,
      'row 3: the row is null, not a record; expected an object with id, name and category',
    ]);
    // A warning about the columns belongs to no row.
    expect(formatIssues(warnings)).toEqual(['category is read from column "category" (the field’s own name); "Type" is kept as a custom field']);
  });

  it('uses the caller’s row numbers, e.g. CSV lines after a header', () => {
    expect(formatIssues(errors, { rowNumber: (i) => i + 2 })[0]).toMatch(/^row 3, category/);
  });

  it('names places in Swedish when asked', () => {
    const swedish = parsePartnerRecords([{ id: '1', name: 'A', category: 'oem', Stage: 'pre-offer' }], { locale: sv });
    expect(formatIssues(swedish.errors, { locale: sv })).toEqual([
      // Fields and categories by their Swedish labels: no id in a Swedish sentence.
      'rad 1, fas (kolumn "Stage"): fas gäller bara MSP / CMSP, inte OEM',
    ]);
  });

  it('prints an input-level issue without a row', () => {
    expect(formatIssues(parsePartnerRecords(null).errors)).toEqual(['expected a list of records, but the input is null']);
  });
});
