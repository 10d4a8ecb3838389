import { enParseText } from '../locales/en-messages.js';
import { duplicateId } from './duplicate-id.js';
import { createIdIndex } from './id-index.js';
import type { RecordWarning } from './issues.js';
import type { RowOutcome } from './outcomes.js';
import type { ParseOptions } from './parse-partner-records.js';
import { RowReader } from './read-row.js';

/**
 * Reads rows one at a time, with the guarantees of `parsePartnerRecords` (every row ends
 * in exactly one outcome; ids unique across all partner rows read so far): for streams
 * too large to hold, such as a CSV export of a million rows.
 * @example
 * const reader = createPartnerRecordReader();
 * for await (const row of csvRows) handle(reader.read(row));
 * @category Schema
 */
export interface PartnerRecordReader {
  /** Reads the next row; its index counts from 0 across calls. */
  readonly read: (row: unknown) => RowOutcome;
  /**
   * Warnings about the columns (`column_choice`, index -1) of the row shapes read since
   * the last call: read them after the first row to tell the user which column fills
   * which field.
   */
  readonly columnWarnings: () => RecordWarning[];
}

/**
 * Creates a reader that parses rows one at a time.
 * @param options - As for `parsePartnerRecords`.
 * @returns The reader.
 * @throws TypeError only when `options.columns` is not a valid column mapping.
 * @example createPartnerRecordReader({ columns: { Segment: 'tier' } }).read({ id: '1', name: 'A', category: 'SI' }).outcome // 'record'
 * @category Schema
 */
export function createPartnerRecordReader(options: ParseOptions = {}): PartnerRecordReader {
  const locale = options.locale ?? enParseText;
  const reader = new RowReader(options, locale);
  const ids = createIdIndex();
  let index = 0;
  return {
    read: (row) => {
      const at = index++;
      const outcome = reader.read(row, at);
      if (options.uniqueIds === false || (outcome.outcome !== 'record' && outcome.outcome !== 'unclassified')) return outcome;
      const id = outcome.outcome === 'record' ? outcome.record.id : outcome.partner.id;
      const first = ids.firstRow(id, at);
      return first === undefined ? outcome : { outcome: 'invalid', index: at, errors: [duplicateId(id, at, first, locale)] };
    },
    columnWarnings: () => [...reader.takeColumnWarnings()],
  };
}
