import { createTextIndex, lazy } from '../resolve/text-index.js';
import type { PartnerRecordField } from './partner-record.js';

/**
 * The record fields, in the order a parsed record lists them.
 * @example partnerRecordFields.slice(0, 4) // ['id', 'name', 'category', 'function']
 * @category Schema
 */
export const partnerRecordFields: readonly PartnerRecordField[] = /* @__PURE__ */ Object.freeze([
  'id',
  'name',
  'category',
  'function',
  'kind',
  'stage',
  'mode',
  'businessModel',
  'managedBy',
  'management',
  'region',
  'tier',
  'vertical',
  'country',
] as const satisfies readonly PartnerRecordField[]);

// Column headers as CRM exports spell them. Our own additions, matched after the exact
// field names and compared as match keys, so case, spacing and punctuation do not matter.
const headerAliases: readonly (readonly [string, PartnerRecordField])[] = [
  ['partner id', 'id'],
  ['account id', 'id'],
  ['partner name', 'name'],
  ['account name', 'name'],
  ['company name', 'name'],
  ['company', 'name'],
  ['partner type', 'category'],
  ['partner category', 'category'],
  ['partnertyp', 'category'],
  ['kategori', 'category'],
  ['partner function', 'function'],
  ['funktion', 'function'],
  ['businessModel', 'businessModel'],
  ['business model', 'businessModel'],
  ['affärsmodell', 'businessModel'],
  ['commercialisation stage', 'stage'],
  ['commercialization stage', 'stage'],
  ['managedBy', 'managedBy'],
  ['managed by', 'managedBy'],
  ['owner', 'managedBy'],
  ['owning team', 'managedBy'],
  ['hanteras av', 'managedBy'],
  ['management option', 'management'],
  ['hantering', 'management'],
  ['land', 'country'],
];

const exact: ReadonlySet<string> = /* @__PURE__ */ new Set(partnerRecordFields);

const headers = /* @__PURE__ */ lazy(() =>
  createTextIndex<PartnerRecordField>([...partnerRecordFields.map((f) => [f, f] as const), ...headerAliases]),
);

/**
 * Maps an input key (a column header) to the record field it holds, if any: an exact
 * field name, then the caller's `columns`, then a known header such as "Partner Type".
 * @internal
 */
export function fieldForColumn(
  column: string,
  columns: Readonly<Record<string, PartnerRecordField>> | undefined,
): PartnerRecordField | undefined {
  if (exact.has(column)) return column as PartnerRecordField;
  if (columns !== undefined && Object.hasOwn(columns, column)) return columns[column];
  return headers().get(column);
}

/**
 * Throws when a `columns` option maps to something that is not a record field: a
 * programmer error, caught before any row is read.
 * @internal
 */
export function checkColumns(columns: unknown): void {
  if (columns === undefined) return;
  if (columns === null || typeof columns !== 'object') {
    throw new TypeError('The columns option must be an object mapping input headers to record fields.');
  }
  for (const [header, field] of Object.entries(columns)) {
    if (!exact.has(field as string)) {
      throw new TypeError(
        `columns[${JSON.stringify(header)}] is ${JSON.stringify(field)}, which is not a record field. Use one of: ${partnerRecordFields.join(', ')}.`,
      );
    }
  }
}
