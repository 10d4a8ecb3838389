import { valueKey } from '../taxonomy/value-key.js';
import { lazy } from '../resolve/text-index.js';
import { isPartnerRecordField, partnerRecordFields, type PartnerRecordField, recordFieldTable } from './record-fields.js';

/**
 * Your column headers mapped to record fields, e.g. `{ 'Partner Segment': 'tier' }`, or to
 * `'custom'` to keep a header that looks like a field as a custom column
 * (`{ Type: 'custom' }`). A mapping always wins over the headers matched automatically.
 * @example const columns: ColumnMapping = { 'Partner Type': 'category', Type: 'custom' };
 * @category Schema
 */
export type ColumnMapping = Readonly<Record<string, PartnerRecordField | 'custom'>>;

/**
 * A field that several columns could fill, and the one read: by the caller's `mapping`,
 * by the field's own `name`, or as the most specific known `header` ("Partner Type"
 * before "Type"). The others are kept as custom fields.
 * @example const notice: ColumnNotice = { field: 'category', column: 'Partner Type', others: ['Type'], by: 'header' };
 * @category Schema
 */
export interface ColumnNotice {
  /** The field. */
  readonly field: PartnerRecordField;
  /** The header it is read from. */
  readonly column: string;
  /** The other headers that could fill it, kept as custom fields. */
  readonly others: readonly string[];
  /** Why `column` was chosen. */
  readonly by: 'mapping' | 'name' | 'header';
}

/**
 * How the headers of an input are read.
 * @example matchColumns(['Record ID', 'Company name', 'Type']).fields // ['id', 'name', 'category']
 * @category Schema
 */
export interface ColumnMatch {
  /** For each header, in input order, the field it fills, or `undefined` for a custom column. */
  readonly fields: readonly (PartnerRecordField | undefined)[];
  /** The header each field is read from, for the fields that have one. */
  readonly columns: Readonly<Partial<Record<PartnerRecordField, string>>>;
  /** The fields several headers could fill. */
  readonly notices: readonly ColumnNotice[];
}

// Header key → field and rank (1 = most specific), from the field table.
const knownHeaders = /* @__PURE__ */ lazy(() => {
  const index = new Map<string, { readonly field: PartnerRecordField; readonly rank: number }>();
  for (const spec of recordFieldTable) {
    spec.headers.forEach(([header], position) => {
      const key = valueKey(header);
      if (!index.has(key)) index.set(key, { field: spec.name, rank: position + 1 });
    });
  }
  return index;
});

/**
 * Decides which header fills which record field. A header mapped in `mapping` fills its
 * field; otherwise a header that is a field's exact name does, then the headers the field
 * table lists for it (in any case, spacing and punctuation), most specific first. When
 * several headers could fill one field, one is read and the rest are kept as custom
 * fields, with a notice; ties go to the header that comes first.
 * @param headers - The input's headers, in order.
 * @param mapping - Your mapping, which always wins.
 * @returns For each header its field, each field's header, and the notices.
 * @throws TypeError when `mapping` is not a valid {@link ColumnMapping} (see `checkColumnMapping`).
 * @example matchColumns(['Type', 'Partner Type']).columns.category // 'Partner Type'
 * @example matchColumns(['Type', 'Partner Type'], { Type: 'category' }).notices[0]?.by // 'mapping'
 * @category Schema
 */
export function matchColumns(headers: readonly string[], mapping?: ColumnMapping): ColumnMatch {
  checkColumnMapping(mapping);
  const claims = headers.map((header) => claim(header, mapping));
  const winner = new Map<PartnerRecordField, number>();
  claims.forEach((c, i) => {
    if (c === undefined) return;
    const best = winner.get(c.field);
    if (best === undefined || c.rank < (claims[best]?.rank ?? Infinity)) winner.set(c.field, i);
  });
  const columns: Partial<Record<PartnerRecordField, string>> = {};
  const notices: ColumnNotice[] = [];
  for (const [field, i] of winner) {
    columns[field] = headers[i] as string;
    const others = headers.filter((_, j) => j !== i && claims[j]?.field === field);
    if (others.length > 0) notices.push({ field, column: headers[i] as string, others, by: claims[i]?.by ?? 'header' });
  }
  notices.sort((a, b) => partnerRecordFields.indexOf(a.field) - partnerRecordFields.indexOf(b.field));
  return { fields: claims.map((c, i) => (c !== undefined && winner.get(c.field) === i ? c.field : undefined)), columns, notices };
}

/**
 * {@link matchColumns} for a stream of rows: rows of one export share their headers, so
 * the last match is kept and made again only when a row's keys differ.
 * @example const match = matchLastColumns(undefined); match(Object.keys(row)).columns.category
 * @internal
 */
export function matchLastColumns(mapping: ColumnMapping | undefined): (headers: readonly string[]) => ColumnMatch {
  let last: readonly string[] | undefined;
  let match: ColumnMatch | undefined;
  return (headers) => {
    if (match === undefined || headers.length !== last?.length || headers.some((h, i) => h !== last?.[i])) {
      last = headers;
      match = matchColumns(headers, mapping);
    }
    return match;
  };
}

interface Claim {
  readonly field: PartnerRecordField;
  readonly rank: number;
  readonly by: ColumnNotice['by'];
}

function claim(header: string, mapping: ColumnMapping | undefined): Claim | undefined {
  if (mapping !== undefined && Object.hasOwn(mapping, header)) {
    const field = mapping[header];
    return field === 'custom' || field === undefined ? undefined : { field, rank: -1, by: 'mapping' };
  }
  if (isPartnerRecordField(header)) return { field: header, rank: 0, by: 'name' };
  const known = knownHeaders().get(valueKey(header));
  return known === undefined ? undefined : { field: known.field, rank: known.rank, by: 'header' };
}

/**
 * Throws when a column mapping is not an object of headers to record fields (or
 * `'custom'`), or maps two headers to one field: a programmer error, caught before any
 * row is read.
 * @param mapping - The `columns` option.
 * @throws TypeError with what to change.
 * @example checkColumnMapping({ Segment: 'tier' }) // passes
 * @internal
 */
export function checkColumnMapping(mapping: unknown): asserts mapping is ColumnMapping | undefined {
  if (mapping === undefined) return;
  if (mapping === null || typeof mapping !== 'object' || Array.isArray(mapping)) {
    throw new TypeError('The columns option must be an object mapping input headers to record fields.');
  }
  const headerOf = new Map<string, string>();
  for (const [header, field] of Object.entries(mapping)) {
    if (field === 'custom') continue;
    if (!isPartnerRecordField(field)) {
      throw new TypeError(
        `columns[${JSON.stringify(header)}] is ${JSON.stringify(field)}, which is not a record field. Use one of: ${partnerRecordFields.join(', ')}, or 'custom' to keep the column as a custom field.`,
      );
    }
    const other = headerOf.get(field);
    if (other !== undefined) {
      throw new TypeError(
        `columns maps both ${JSON.stringify(other)} and ${JSON.stringify(header)} to ${field}. Map one header to each field, and the other to 'custom' if it should be kept.`,
      );
    }
    headerOf.set(field, header);
  }
}
