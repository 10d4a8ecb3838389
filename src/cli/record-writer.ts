import type { Recommendation } from '../rules/recommendation.js';
import { partnerRecordFields } from '../schema/columns.js';
import type { PartnerRecord } from '../schema/partner-record.js';
import { csvLine } from '../render/csv-cell.js';
import type { InputFormat } from './input.js';
import type { Output } from './output.js';

/** The columns `recommend` adds to each record. */
const added = ['recommended', 'reason', 'needs'] as const;

const taken: ReadonlySet<string> = new Set<string>([...partnerRecordFields, ...added]);

/** Writes records with their recommendation, one at a time. */
export interface RecordWriter {
  readonly write: (record: PartnerRecord, recommendation: Recommendation) => Promise<void>;
  /**
   * Ends the output (the closing bracket of a JSON array) and returns the custom fields
   * that later records had but CSV's columns, fixed by the first record, could not hold.
   */
  readonly end: () => Promise<readonly string[]>;
}

/**
 * A record flattened back to columns: the record's fields in their order, then its
 * custom fields as they came (one whose name a field or an added column already uses is
 * renamed `custom.<name>`, so nothing is overwritten), then `recommended`, `reason` and,
 * when the rules could not decide, `needs`.
 * @example flattenRecord(record, recommend(record)) // { id: 'P-1', …, Notes: '…', recommended: 'formal-program', reason: '…' }
 */
export function flattenRecord(record: PartnerRecord, recommendation: Recommendation): Record<string, unknown> {
  // No prototype: a custom column named "__proto__" stays a plain key.
  const row = Object.create(null) as Record<string, unknown>;
  const fields = record as unknown as Readonly<Record<string, unknown>>;
  for (const field of partnerRecordFields) if (fields[field] !== undefined) row[field] = fields[field];
  for (const [key, value] of Object.entries(record.custom)) row[taken.has(key) ? `custom.${key}` : key] = value;
  row['recommended'] = recommendation.option ?? null;
  row['reason'] = recommendation.reason;
  if (recommendation.needs.length > 0) row['needs'] = recommendation.needs;
  return row;
}

/**
 * Creates a writer for CSV, a JSON array or NDJSON. CSV's columns are the record fields,
 * the first record's custom fields and the added columns.
 * @param bom - Whether CSV starts with a byte-order mark (for files: Excel reads UTF-8
 *   without one as a legacy code page, and Swedish names come out garbled).
 * @example const writer = createRecordWriter(out, 'csv', true); await writer.write(record, engine.recommend(record)); await writer.end();
 */
export function createRecordWriter(output: Output, format: InputFormat, bom: boolean): RecordWriter {
  let count = 0;
  let columns: readonly string[] | undefined;
  let known: ReadonlySet<string> = new Set();
  const extra = new Set<string>();

  const header = async (row: Readonly<Record<string, unknown>> | undefined): Promise<void> => {
    const custom = row === undefined ? [] : Object.keys(row).filter((key) => !taken.has(key));
    columns = [...partnerRecordFields, ...custom, ...added];
    known = new Set(columns);
    await output.write(`${bom ? '\ufeff' : ''}${csvLine(columns)}`);
  };

  return {
    write: async (record, recommendation) => {
      const row = flattenRecord(record, recommendation);
      count++;
      if (format === 'ndjson') return output.write(`${JSON.stringify(row)}\n`);
      if (format === 'json') return output.write(`${count === 1 ? '[\n' : ',\n'}${JSON.stringify(row)}`);
      if (columns === undefined) await header(row);
      // Only a few names are kept: enough to say what is missing, bounded for any input.
      for (const key in row) if (!known.has(key) && extra.size < 20) extra.add(key);
      const needs = row['needs'];
      await output.write(
        csvLine((columns ?? []).map((c) => (c === 'needs' && Array.isArray(needs) ? needs.join(', ') : row[c]))),
      );
    },
    end: async () => {
      if (format === 'json') await output.write(count === 0 ? '[]\n' : '\n]\n');
      if (format === 'csv' && columns === undefined) await header(undefined);
      return [...extra];
    },
  };
}
