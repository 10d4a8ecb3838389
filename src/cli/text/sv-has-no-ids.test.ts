/**
 * The command line's Swedish text shows no English id either: fields, categories and the
 * lookup's words by their Swedish labels. Where the reader must type an id (`--map
 * "Rubrik=fält"`), it is shown with its label. Add a row per new function that takes ids.
 */
import { describe, expect, it } from 'vitest';
import { partnerRecordFields } from '../../schema/record-fields.js';
import { svLabels } from '../../locales/sv-labels.js';
import { idsIn } from '../../../test/support/swedish-ids.js';
import { sv } from './sv.js';

const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

const cases: readonly { name: string; text: string; shows: readonly string[]; syntax?: readonly string[] }[] = [
  ...partnerRecordFields.flatMap((field) => [
    {
      name: `at, a line (${field})`,
      text: sv.at({ line: 1234, field, column: 'Partner Type' }),
      shows: ['rad 1234', lower(svLabels.fields[field])],
    },
    { name: `at, an index (${field})`, text: sv.at({ index: 3, field }), shows: [lower(svLabels.fields[field])] },
    {
      name: `noColumn (${field})`,
      text: sv.noColumn({ field, headers: ['Ref', 'Företag'] }),
      shows: [lower(svLabels.fields[field])],
      // --map takes the field as it is typed.
      syntax: [field],
    },
  ]),
  {
    name: 'badMapField',
    text: sv.badMapField({ header: 'Segment', field: 'tiers', fields: partnerRecordFields, suggestion: 'tier' }),
    shows: ['tier (nivå)', 'managedBy (ansvarig enhet)'],
    syntax: partnerRecordFields,
  },
  {
    name: 'unknownRequired',
    text: sv.unknownRequired({ value: 'resellr', suggestion: 'solution-reseller' }),
    shows: ['Lösningsåterförsäljare'],
  },
  {
    name: 'lookup.matched',
    text: sv.lookup.matched({ text: 'VAR', id: 'value-added-distributor', label: 'Mervärdesdistributör', by: sv.lookup.by.acronym, source: sv.lookup.sources.article }),
    shows: ['Mervärdesdistributör', 'förkortning', 'källartikeln'],
  },
  ...(['taxonomy', 'article', 'project'] as const).map((source) => ({
    name: `lookup.sources (${source})`,
    text: sv.lookup.sources[source],
    shows: [],
  })),
  ...(['id', 'label', 'acronym', 'alias'] as const).map((by) => ({ name: `lookup.by (${by})`, text: sv.lookup.by[by], shows: [] })),
  {
    name: 'lookup.named',
    text: sv.lookup.named({ id: 'solution-reseller', label: 'Lösningsåterförsäljare' }),
    shows: ['Lösningsåterförsäljare'],
  },
  {
    name: 'lookup.noMatch',
    text: sv.lookup.noMatch({ text: 'resellr', suggestion: sv.lookup.named({ id: 'solution-reseller', label: 'Lösningsåterförsäljare' }) }),
    shows: ['Lösningsåterförsäljare'],
  },
  {
    name: 'summary',
    text: sv.summary({ file: 'a.csv', rows: 1234567, records: 1234000, unclassified: 560, skipped: 5, invalid: 2, warnings: 1 }),
    shows: ['1\u00a0234\u00a0567 rader', '1\u00a0234\u00a0000 poster', '560 partner utan kategori', '5 rader överhoppade', '2 ogiltiga rader'],
  },
  { name: 'written', text: sv.written({ file: 'ut.csv', rows: 1234 }), shows: ['1\u00a0234 rader'] },
  { name: 'wroteReport', text: sv.wroteReport({ file: 'r.html', records: 3, unclassified: 2 }), shows: ['2 partner utan kategori'] },
  { name: 'mapInstead', text: sv.mapInstead({ field: 'category', others: ['Type'] }), syntax: ['category'], shows: [] },
  { name: 'mapHeaderMissing', text: sv.mapHeaderMissing({ header: 'Partnertyp', headers: ['Namn', 'Typ'], suggestion: 'Typ' }), shows: [] },
  { name: 'skippedValue', text: sv.skippedValue({ count: 1234, value: 'Prospect', vocabulary: 'hubspot', rationale: 'A possible customer.' }), shows: ['1\u00a0234 rader'] },
  { name: 'vocabularyHint', text: sv.vocabularyHint({ vocabulary: 'salesforce', rows: 12 }), shows: [] },
  { name: 'mapFieldTwice', text: sv.mapFieldTwice({ field: 'category', headers: ['Typ', 'Partnertyp'] }), shows: ['kategori'], syntax: ['custom'] },
  { name: 'mapColumnMissing', text: sv.mapColumnMissing({ column: 'Partnertyp', headers: ['Namn'] }), shows: [] },
  { name: 'noCategoryColumn', text: sv.noCategoryColumn({ file: 'a.csv' }), shows: [] },
  {
    name: 'mapped',
    text: sv.mapped({ file: 'a.csv', column: 'Typ', rows: 1234, values: 7, undecided: 2, out: 'typer.json', source: 'a.csv' }),
    shows: ['1\u00a0234 rader', '2 värden är märkta'],
  },
];

describe('the command line’s Swedish text shows no English id', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(idsIn(c.text, c.syntax), c.text).toEqual([]);
    for (const shown of c.shows) expect(c.text).toContain(shown);
  });

  it('words the help as a Swedish writer would (GLOSSARY-sv.md)', () => {
    const help = JSON.stringify(sv);
    for (const calque of ['Slutkoder', 'standard fel', 'i rör', 'tappas aldrig i tysthet', 'Säg vad som ska göras', 'Är filen hel', 'läsning', 'hittas annars från rubrikraden']) {
      expect(help).not.toContain(calque);
    }
    expect(sv.help.exitCodes[0]).toMatch(/^Returkoder:/);
  });
});
