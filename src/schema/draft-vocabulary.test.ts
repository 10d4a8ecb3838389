import { describe, expect, it } from 'vitest';
import { parseVocabulary } from '../crosswalk/parse-vocabulary.js';
import { sv } from '../locales/sv.js';
import { idsIn } from '../../test/support/swedish-ids.js';
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

  it('keys values as the crosswalk does, so a draft of any script reads its own rows back', () => {
    const cyrillic = [{ Type: 'Партнёр' }, { Type: 'ПАРТНЁР' }, { Type: 'Återförsäljare X' }, { Type: 'Aterforsaljare-x' }];
    const drafted = draftVocabulary(cyrillic, { id: 'ru' }).vocabulary;
    expect(drafted.mappings.map((m) => [m.value, m.count])).toEqual([
      ['Партнёр', 2],
      ['Återförsäljare X', 2],
    ]);
    const edited = { ...drafted, mappings: drafted.mappings.map((m) => ({ ...m, relation: 'none', target: null, candidates: undefined, decide: undefined })) };
    const loaded = parseVocabulary(JSON.parse(JSON.stringify(edited)));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const rows = cyrillic.map((r, i) => ({ id: String(i), name: 'A', category: r.Type }));
    expect(parsePartnerRecords(rows, { vocabulary: loaded.vocabulary }).counts).toMatchObject({ skipped: 4, invalid: 0 });
  });

  it('is a vocabulary that parses as it is, and reads the rows it came from', () => {
    const loaded = parseVocabulary(JSON.parse(JSON.stringify(result.vocabulary)));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const parsed = parsePartnerRecords(rows, { vocabulary: loaded.vocabulary });
    expect(parsed.counts).toEqual({ rows: 7, records: 1, unclassified: 4, skipped: 2, invalid: 0 });
  });

  it('writes its rationales in Swedish with the Swedish locale: the shipped vocabularies’ too, and no ids', () => {
    const swedish = draftVocabulary([...rows, { Type: 'Servicepartner' }, { Type: 'Systemintegratör' }], { id: 'our-crm', locale: sv });
    const rationales = swedish.vocabulary.mappings.map((m) => [m.value, m.rationale]);
    expect(rationales).toEqual([
      ['Prospect', 'Som i Kontotyp i Salesforce: En möjlig kund, inte en partner.'],
      ['Konsult', 'Läses som konsult- och implementeringspartner (en tolkning i detta paket).'],
      ['Gold Reseller', expect.stringMatching(/^Okänt värde\. Bestäm om det är en kategori/)],
      ['VAR', 'Tvetydigt: kan vara mervärdesdistributör eller lösningsåterförsäljare. Bestäm kategorin, eller behåll värdet som partner utan kategori.'],
      ['Partner', 'Som i Företagstyp i HubSpot: En partner av vilket slag som helst; värdet anger inte vilken kategori.'],
      ['Servicepartner', 'Anger funktionen servicepartner, inte en av dess kategorier.'],
      ['Systemintegratör', 'Läses som systemintegratör (taxonomins eget namn).'],
    ]);
    // Only the words you type into the file stay as they are: 'exact', 'unclassified', 'none'.
    const syntax = ['exact', 'unclassified', 'none'];
    for (const [, rationale] of rationales) expect(idsIn(rationale as string).filter((id) => !syntax.includes(id)), rationale as string).toEqual([]);
    // The mappings are the same in either language; only the words differ.
    const english = draftVocabulary([...rows, { Type: 'Servicepartner' }, { Type: 'Systemintegratör' }], { id: 'our-crm' });
    expect(swedish.vocabulary.mappings.map(({ rationale: _, ...m }) => m)).toEqual(english.vocabulary.mappings.map(({ rationale: _, ...m }) => m));
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
