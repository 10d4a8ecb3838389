import { describe, expect, it } from 'vitest';
import { parseVocabulary } from '../crosswalk/parse-vocabulary.js';
import { draftVocabulary } from './draft-vocabulary.js';
import { parsePartnerRecords } from './parse-partner-records.js';

const rows = [
  { 'Record ID': '1', 'Company name': 'A', Type: 'Prospect' },
  { 'Record ID': '2', 'Company name': 'B', Type: 'Konsult' },
  { 'Record ID': '3', 'Company name': 'C', Type: 'Gold Reseller' },
  { 'Record ID': '4', 'Company name': 'D', Type: 'prospect ' },
  { 'Record ID': '5', 'Company name': 'E', Type: '' },
  { 'Record ID': '6', 'Company name': 'F', Type: 'VAR' },
  { 'Record ID': '7', 'Company name': 'G', Type: 'Partner' },
];

describe('draftVocabulary', () => {
  const result = draftVocabulary(rows, { id: 'our-crm' });

  it('lists each distinct value of the category column once, most rows first, with its count', () => {
    expect(result.column).toBe('Type');
    expect(result.vocabulary.values).toEqual(['Prospect', 'Konsult', 'Gold Reseller', 'VAR', 'Partner']);
    expect(result.vocabulary.mappings.map((m) => [m.value, m.count])).toEqual([
      ['Prospect', 2],
      ['Konsult', 1],
      ['Gold Reseller', 1],
      ['VAR', 1],
      ['Partner', 1],
    ]);
    expect([result.rows, result.blank]).toEqual([7, 1]);
  });

  it('maps what the taxonomy or a CRM picklist knows, and marks the rest for you to decide', () => {
    const [prospect, konsult, gold, vad, partner] = result.vocabulary.mappings;
    expect(prospect).toMatchObject({ relation: 'none', target: null, rationale: expect.stringMatching(/^As in Salesforce Account Type: /) });
    expect(prospect).not.toHaveProperty('decide');
    expect(konsult).toMatchObject({ relation: 'exact', target: { kind: 'category', id: 'consulting-deployment' } });
    expect(gold).toMatchObject({ relation: 'unclassified', target: null, decide: true, rationale: expect.stringMatching(/^Not known\. Decide/) });
    expect(vad).toMatchObject({ relation: 'unclassified', candidates: ['value-added-distributor', 'solution-reseller'], decide: true });
    expect(partner).toMatchObject({ relation: 'unclassified', candidates: [], rationale: expect.stringMatching(/^As in HubSpot company Type/) });
    expect(result.undecided).toBe(2);
  });

  it('is a vocabulary that parses as it is, and reads the rows it came from', () => {
    const loaded = parseVocabulary(JSON.parse(JSON.stringify(result.vocabulary)));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const parsed = parsePartnerRecords(rows, { vocabulary: loaded.vocabulary });
    expect(parsed.counts).toEqual({ rows: 7, records: 1, unclassified: 4, skipped: 2, invalid: 0 });
  });

  it('reads known values with your vocabulary first, and a column you name', () => {
    const ours = parseVocabulary({
      id: 'ours',
      values: ['Gold Reseller'],
      mappings: [{ value: 'Gold Reseller', relation: 'narrower', target: { kind: 'category', id: 'solution-reseller' }, rationale: 'Our resellers.' }],
    });
    if (!ours.ok) throw new Error('fixture');
    const again = draftVocabulary(rows, { vocabulary: ours.vocabulary });
    expect(again.vocabulary.mappings[2]).toMatchObject({ relation: 'narrower', rationale: 'As in ours: Our resellers.' });
    expect(draftVocabulary(rows, { column: 'Company name' }).vocabulary.values).toHaveLength(7);
  });

  it('finds no column in rows without one, and never throws on odd rows', () => {
    const odd = draftVocabulary([null, 5, { Notes: 'x' }]);
    expect(odd).toMatchObject({ column: undefined, rows: 3, blank: 3, undecided: 0 });
    expect(odd.vocabulary).toEqual({ id: 'custom', label: 'custom', values: [], mappings: [] });
  });
});
