/**
 * The fields of a partner record, once: each field's name, what its value is, whether a
 * row must have it, and the column headers that hold it in Swedish and English
 * spreadsheets and in Salesforce, HubSpot and Dynamics 365 exports. The field list, the
 * zod schema, the row reader, header matching and the command line's checks all read
 * this table, so a new field or header is one entry here.
 *
 * The headers are this project's collection (the source article names no columns).
 */
import { deepFreeze } from '../taxonomy/deep-freeze.js';

/**
 * Where a header comes from: a spreadsheet in English or Swedish, or a CRM's export.
 * @example const source: HeaderSource = 'hubspot';
 * @category Schema
 */
export type HeaderSource = 'en' | 'sv' | 'salesforce' | 'hubspot' | 'dynamics';

/**
 * What a field's value is, and so how a cell is read: free `text`; a partner `category`,
 * `function` or `subtype` value, an `option` (management option) or a `unit` (a known
 * unit, or any other unit name), each through its resolver.
 * @example const value: RecordFieldKind = recordFieldTable.find((f) => f.name === 'managedBy')!.value; // 'unit'
 * @category Schema
 */
export type RecordFieldKind = 'text' | 'category' | 'function' | 'subtype' | 'option' | 'unit';

/**
 * One field of the table.
 * @example const tier: RecordFieldSpec = { name: 'tier', value: 'text', required: false, headers: [['Partner Tier', 'salesforce']] };
 * @category Schema
 */
export interface RecordFieldSpec {
  /** The field's name in a record. */
  readonly name: string;
  /** What the value is. */
  readonly value: RecordFieldKind;
  /** Whether a row without it is an error. A row without a category is still a partner (unclassified). */
  readonly required: boolean;
  /**
   * Column headers that hold the field, most specific first, each with where it comes
   * from. Headers match in any case, spacing and punctuation ("partner-id" is
   * "Partner ID"). When a file has several, the first in this list is read; the field's
   * own name beats them all.
   */
  readonly headers: readonly (readonly [header: string, source: HeaderSource])[];
}

/**
 * Every record field with its headers, in the order a parsed record lists its fields.
 * @example recordFieldTable.filter((f) => f.required).map((f) => f.name) // ['id', 'name']
 * @category Schema
 */
export const recordFieldTable = /* @__PURE__ */ deepFreeze([
  {
    name: 'id',
    value: 'text',
    required: true,
    headers: [
      ['Partner ID', 'en'],
      ['Partner-ID', 'sv'],
      ['Partnernummer', 'sv'],
      ['Account ID', 'salesforce'],
      ['Record ID', 'hubspot'],
      // Dynamics 365 writes its record key in a hidden first column.
      ['(Do Not Modify) Account', 'dynamics'],
      ['ID', 'en'],
    ],
  },
  {
    name: 'name',
    value: 'text',
    required: true,
    headers: [
      ['Partner Name', 'en'],
      ['Partnernamn', 'sv'],
      ['Account Name', 'salesforce'],
      ['Account Name', 'dynamics'],
      ['Company name', 'hubspot'],
      ['Företagsnamn', 'sv'],
      ['Name', 'en'],
      ['Namn', 'sv'],
      ['Företag', 'sv'],
      ['Company', 'en'],
    ],
  },
  {
    name: 'category',
    value: 'category',
    required: false,
    headers: [
      ['Partner Type', 'en'],
      ['Partner Category', 'en'],
      ['Partnertyp', 'sv'],
      ['Partnerkategori', 'sv'],
      ['Category', 'en'],
      ['Kategori', 'sv'],
      ['Relationship Type', 'dynamics'],
      ['Account Type', 'salesforce'],
      ['Type', 'salesforce'],
      ['Type', 'hubspot'],
      ['Typ', 'sv'],
    ],
  },
  {
    name: 'function',
    value: 'function',
    required: false,
    headers: [
      ['Partner Function', 'en'],
      ['Partnerfunktion', 'sv'],
      ['Function', 'en'],
      ['Funktion', 'sv'],
    ],
  },
  { name: 'kind', value: 'subtype', required: false, headers: [['Vendor Kind', 'en'], ['Kind', 'en']] },
  {
    name: 'stage',
    value: 'subtype',
    required: false,
    headers: [
      ['Commercialisation Stage', 'en'],
      ['Commercialization Stage', 'en'],
      ['Kommersialiseringsfas', 'sv'],
      ['Stage', 'en'],
      ['Fas', 'sv'],
    ],
  },
  { name: 'mode', value: 'subtype', required: false, headers: [['Agent Mode', 'en'], ['Mode', 'en'], ['Roll', 'sv']] },
  {
    name: 'businessModel',
    value: 'subtype',
    required: false,
    headers: [
      ['Business Model', 'en'],
      ['Affärsmodell', 'sv'],
    ],
  },
  {
    name: 'managedBy',
    value: 'unit',
    required: false,
    headers: [
      ['Managed By', 'en'],
      ['Hanteras av', 'sv'],
      ['Owning Team', 'en'],
      ['Ansvarig enhet', 'sv'],
      ['Ansvarig', 'sv'],
      ['Account Owner', 'salesforce'],
      ['Company owner', 'hubspot'],
      ['Owner', 'salesforce'],
      ['Owner', 'dynamics'],
      ['Ägare', 'sv'],
    ],
  },
  {
    name: 'management',
    value: 'option',
    required: false,
    headers: [
      ['Management Option', 'en'],
      ['Hanteringssätt', 'sv'],
      ['Management', 'en'],
      ['Hantering', 'sv'],
    ],
  },
  { name: 'region', value: 'text', required: false, headers: [['Sales Region', 'en'], ['Region', 'en'], ['Region', 'sv']] },
  {
    name: 'tier',
    value: 'text',
    required: false,
    headers: [
      ['Partner Tier', 'salesforce'],
      ['Partner Level', 'salesforce'],
      ['Partnernivå', 'sv'],
      ['Tier', 'en'],
      ['Nivå', 'sv'],
      ['Level', 'en'],
    ],
  },
  { name: 'vertical', value: 'text', required: false, headers: [['Vertical', 'en'], ['Vertikal', 'sv']] },
  {
    name: 'country',
    value: 'text',
    required: false,
    headers: [
      ['Country', 'en'],
      ['Land', 'sv'],
      ['Billing Country', 'salesforce'],
      ['Country/Region', 'hubspot'],
      ['Address 1: Country/Region', 'dynamics'],
    ],
  },
] as const satisfies readonly RecordFieldSpec[]);

/**
 * The name of a record field, such as `'id'` or `'managedBy'` (not a custom field).
 * @example
 * ```ts
 * const columns: Record<string, PartnerRecordField> = { 'Partner Segment': 'tier' };
 * parsePartnerRecords([{ id: '1', name: 'Acme', category: 'oem', 'Partner Segment': 'Gold' }], { columns }).records[0]?.tier // 'Gold'
 * ```
 * @category Schema
 */
export type PartnerRecordField = (typeof recordFieldTable)[number]['name'];

/**
 * The record fields, in the order a parsed record lists them.
 * @example partnerRecordFields.slice(0, 4) // ['id', 'name', 'category', 'function']
 * @category Schema
 */
export const partnerRecordFields: readonly PartnerRecordField[] = /* @__PURE__ */ Object.freeze(
  recordFieldTable.map((field) => field.name),
);

/**
 * Whether a string names a record field.
 * @example isPartnerRecordField('tier') // true
 * @example isPartnerRecordField('Tier') // false: field names are exact; headers are matched by `matchColumns`
 * @category Schema
 */
export function isPartnerRecordField(value: unknown): value is PartnerRecordField {
  return typeof value === 'string' && (partnerRecordFields as readonly string[]).includes(value);
}
