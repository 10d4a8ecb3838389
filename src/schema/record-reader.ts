import { en } from '../locales/en.js';
import { checkColumns } from './columns.js';
import type { RecordIssue, RecordWarning } from './issues.js';
import { duplicateId } from './duplicate-id.js';
import type { ParseOptions } from './parse-partner-records.js';
import type { PartnerRecord } from './partner-record.js';
import { createRowReader } from './read-row.js';

/**
 * What a {@link PartnerRecordReader} made of one row.
 * @example
 * const outcome = reader.read(row);
 * if (outcome.record) save(outcome.record); else report(outcome.errors);
 * @category Schema
 */
export type RowOutcome =
  | { readonly index: number; readonly record: PartnerRecord; readonly warnings: readonly RecordWarning[]; readonly errors?: undefined }
  | { readonly index: number; readonly record?: undefined; readonly errors: readonly RecordIssue[] };

/**
 * Reads rows one at a time, with the guarantees of `parsePartnerRecords` (every row a
 * record or errors, ids unique across all rows read so far): for streams too large to
 * hold, such as a CSV export of a million rows.
 * @example
 * const reader = createPartnerRecordReader();
 * for await (const row of csvRows) handle(reader.read(row));
 * @category Schema
 */
export interface PartnerRecordReader {
  /** Reads the next row; its index counts from 0 across calls. */
  readonly read: (row: unknown) => RowOutcome;
}

/**
 * Creates a reader that parses rows one at a time.
 * @param options - As for `parsePartnerRecords`.
 * @returns The reader.
 * @throws TypeError only when `options.columns` maps to something that is not a field.
 * @example createPartnerRecordReader({ columns: { Segment: 'tier' } }).read({ id: '1', name: 'A', category: 'SI' }).record?.category // 'system-integrator'
 * @category Schema
 */
export function createPartnerRecordReader(options: ParseOptions = {}): PartnerRecordReader {
  checkColumns(options.columns);
  const locale = options.locale ?? en;
  const reader = createRowReader(options, locale);
  const firstIndexOfId = new Map<string, number>();
  let index = 0;
  return {
    read: (row) => {
      const at = index++;
      const record = reader.read(row, at);
      if (record === undefined) return { index: at, errors: reader.issues() ?? [] };
      const first = options.uniqueIds === false ? undefined : firstIndexOfId.get(record.id);
      if (first !== undefined) return { index: at, errors: [duplicateId(record.id, at, first, locale)] };
      if (options.uniqueIds !== false) firstIndexOfId.set(record.id, at);
      return { index: at, record, warnings: reader.warnings() ?? [] };
    },
  };
}
