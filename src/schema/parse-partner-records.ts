import { en } from '../locales/en.js';
import { checkColumns } from './columns.js';
import type { RecordIssue, RecordWarning } from './issues.js';
import type { PartnerRecord } from './partner-record.js';
import { dropRepeatedIds, hasRepeatedId } from './repeated-ids.js';
import { createRowReader, kindOf, type ReadOptions } from './read-row.js';

/**
 * Options for {@link parsePartnerRecords}.
 * @example
 * ```ts
 * const options: ParseOptions = { uniqueIds: false };
 * parsePartnerRecords([{ id: '1', name: 'A', category: 'oem' }, { id: '1', name: 'B', category: 'oem' }], options).records.length // 2
 * ```
 * @category Schema
 */
export interface ParseOptions extends ReadOptions {
  /**
   * Whether a repeated `id` is an issue (the later row becomes a `duplicate_id` issue).
   * On by default.
   */
  readonly uniqueIds?: boolean;
}

/**
 * What {@link parsePartnerRecords} returns: every good record, an issue for every bad
 * row, and warnings about good rows worth a second look.
 * @example
 * ```ts
 * const { records, errors, warnings }: ParseResult = parsePartnerRecords([{ id: '1', name: 'Acme', category: 'VAR' }, { id: '2', name: 'Bolt' }]);
 * [records.length, errors.length, warnings.length] // [1, 1, 1]
 * ```
 * @category Schema
 */
export interface ParseResult {
  /** The rows that parsed, in input order. */
  readonly records: PartnerRecord[];
  /** Every reason a row did not parse; a row may have several, each with its `index`. */
  readonly errors: RecordIssue[];
  /** Remarks on rows that did parse, such as an ambiguous "VAR". */
  readonly warnings: RecordWarning[];
}

/**
 * Parses rows of unknown shape, such as CSV or JSON from a CRM export, into partner
 * records. Category, function, subtype and management text goes through the resolvers,
 * so "VAR" and "Systemintegratör" parse; fields it does not know go to `custom`. Every
 * row ends up either as one record or as one or more errors, never both and never
 * neither. It never throws on data.
 * @param rows - A list (any iterable except a string) of rows.
 * @param options - Message locale, header mapping, and whether ids must be unique.
 * @returns The records, the errors and the warnings.
 * @throws TypeError only when `options.columns` maps to something that is not a field.
 * @example
 * const { records, errors } = parsePartnerRecords([
 *   { id: '1', name: 'Acme', category: 'VAR' },
 *   { id: '2', name: 'Bolt', category: 'resellr' },
 * ]);
 * records[0].category // 'value-added-distributor'
 * errors[0].message // "category 'resellr' is not a partner category; did you mean 'solution-reseller'?"
 * @category Schema
 */
export function parsePartnerRecords(rows: unknown, options: ParseOptions = {}): ParseResult {
  checkColumns(options.columns);
  const locale = options.locale ?? en;
  const result: ParseResult = { records: [], errors: [], warnings: [] };
  if (!isList(rows)) {
    const valueKind = kindOf(rows);
    const message = locale.messages.not_a_list({ valueKind });
    result.errors.push({ code: 'not_a_list', index: -1, path: [], received: rows, valueKind, message });
    return result;
  }
  const reader = createRowReader(options, locale);
  const unique = options.uniqueIds !== false;
  // Ids are checked once all rows are read: usually they are all distinct, which one
  // pass over them shows when they come in order (see hasRepeatedId).
  const ids: string[] = [];
  const recordRows: number[] = [];
  let index = 0;
  for (const row of rows) {
    const record = reader.read(row, index);
    if (record === undefined) {
      result.errors.push(...(reader.issues() ?? []));
    } else {
      result.records.push(record);
      if (unique) {
        ids.push(record.id);
        recordRows.push(index);
      }
      const warnings = reader.warnings();
      if (warnings !== undefined) result.warnings.push(...warnings);
    }
    index++;
  }
  if (unique && hasRepeatedId(ids)) dropRepeatedIds(result, recordRows, locale);
  return result;
}

function isList(value: unknown): value is Iterable<unknown> {
  return (
    Array.isArray(value) ||
    (value !== null &&
      typeof value === 'object' &&
      typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function')
  );
}
