import type { Recommendation } from '../rules/recommendation.js';
import { type ColumnMapping, matchColumns } from '../schema/match-columns.js';
import { partnerRecordFields } from '../schema/record-fields.js';
import { csvLine } from '../render/csv-cell.js';
import type { CheckedRow } from './check-rows.js';
import type { InputFormat } from './input.js';
import type { Output } from './output.js';

/** The columns `recommend` adds to each row. */
const added = ['outcome', 'recommended', 'reason', 'needs', 'problem'] as const;

const taken: ReadonlySet<string> = new Set<string>([...partnerRecordFields, ...added]);

/** Writes every input row with its outcome, one at a time. */
export interface RecordWriter {
  /** Queues the row on the output; drain the output (`ready`) once a batch. */
  readonly write: (row: CheckedRow, recommendation: Recommendation | undefined) => void;
  /**
   * Ends the output (the closing bracket of a JSON array) and returns the custom fields
   * that later rows had but CSV's columns, fixed by the first row, could not hold.
   */
  readonly end: () => Promise<readonly string[]>;
}

/** How to write rows. */
export interface RecordWriterOptions {
  readonly format: InputFormat;
  /** Whether CSV starts with a byte-order mark (for files: Excel reads UTF-8 without one as a legacy code page). */
  readonly bom: boolean;
  /** The CSV delimiter: the input's, unless `--delimiter` says otherwise. */
  readonly delimiter: string;
  /** The `--map` columns, to place the fields of rows that did not parse. */
  readonly columns: ColumnMapping | undefined;
}

/**
 * An input row flattened back to columns, whatever became of it: the record fields in
 * their order, then the other columns as they came (one whose name a field or an added
 * column already uses is renamed `custom.<name>`, so nothing is overwritten), then
 * `outcome` (record, unclassified, skipped or invalid) with `recommended`, `reason` and,
 * when the rules could not decide, `needs` for a record, or the `problem` for the others.
 * A row that did not parse keeps its cells as they came, each under the field its header
 * names.
 * @example flattenRow(checked, recommend(record), undefined) // { id: 'P-1', …, Notes: '…', outcome: 'record', recommended: 'formal-program', reason: '…' }
 */
export function flattenRow(
  checked: CheckedRow,
  recommendation: Recommendation | undefined,
  columns: ColumnMapping | undefined,
): Record<string, unknown> {
  // No prototype: a custom column named "__proto__" stays a plain key.
  const row = Object.create(null) as Record<string, unknown>;
  const { outcome } = checked;
  if (outcome === undefined) {
    row['outcome'] = 'invalid';
    row['problem'] = checked.problem.message;
    return row;
  }
  if (outcome.outcome === 'record' || outcome.outcome === 'unclassified') {
    const parsed = outcome.outcome === 'record' ? outcome.record : outcome.partner;
    // An unclassified partner's category column keeps the text it came with.
    const fields = (outcome.outcome === 'record' ? parsed : { ...parsed, category: outcome.partner.text || undefined }) as Readonly<
      Record<string, unknown>
    >;
    for (const field of partnerRecordFields) if (fields[field] !== undefined) row[field] = fields[field];
    for (const [key, value] of Object.entries(parsed.custom)) row[taken.has(key) ? `custom.${key}` : key] = value;
  } else if (isObject(checked.row)) {
    const cells = checked.row as Readonly<Record<string, unknown>>;
    const keys = Object.keys(cells);
    const { fields } = matchColumns(keys, columns);
    keys.forEach((key, i) => {
      const field = fields[i];
      if (field !== undefined) row[field] = cells[key];
    });
    keys.forEach((key, i) => {
      if (fields[i] === undefined) row[taken.has(key) ? `custom.${key}` : key] = cells[key];
    });
  }
  row['outcome'] = outcome.outcome;
  if (outcome.outcome === 'record' && recommendation !== undefined) {
    row['recommended'] = recommendation.option ?? null;
    row['reason'] = recommendation.reason;
    if (recommendation.needs.length > 0) row['needs'] = recommendation.needs;
  } else if (outcome.outcome === 'unclassified') row['problem'] = outcome.partner.message;
  else if (outcome.outcome === 'skipped') row['problem'] = outcome.skipped.message;
  else if (outcome.outcome === 'invalid') row['problem'] = outcome.errors.map((e) => e.message).join('; ');
  return row;
}

/**
 * Creates a writer for CSV, a JSON array or NDJSON. CSV's columns are the record fields,
 * the first row's other columns and the added columns.
 * @example const writer = createRecordWriter(out, { format: 'csv', bom: true, delimiter: ';', columns: undefined });
 */
export function createRecordWriter(output: Output, options: RecordWriterOptions): RecordWriter {
  const { format, bom, delimiter } = options;
  let count = 0;
  let header: readonly string[] | undefined;
  let known: ReadonlySet<string> = new Set();
  const extra = new Set<string>();

  const writeHeader = (row: Readonly<Record<string, unknown>> | undefined): void => {
    const custom = row === undefined ? [] : Object.keys(row).filter((key) => !taken.has(key));
    header = [...partnerRecordFields, ...custom, ...added];
    known = new Set(header);
    output.add(`${bom ? '\ufeff' : ''}${csvLine(header, delimiter)}`);
  };

  return {
    write: (checked, recommendation) => {
      const row = flattenRow(checked, recommendation, options.columns);
      count++;
      if (format === 'ndjson') return output.add(`${JSON.stringify(row)}\n`);
      if (format === 'json') return output.add(`${count === 1 ? '[\n' : ',\n'}${JSON.stringify(row)}`);
      if (header === undefined) writeHeader(row);
      // Only a few names are kept: enough to say what is missing, bounded for any input.
      for (const key in row) if (!known.has(key) && extra.size < 20) extra.add(key);
      const needs = row['needs'];
      output.add(csvLine((header ?? []).map((c) => (c === 'needs' && Array.isArray(needs) ? needs.join(', ') : row[c])), delimiter));
    },
    end: async () => {
      if (format === 'json') output.add(count === 0 ? '[]\n' : '\n]\n');
      if (format === 'csv' && header === undefined) writeHeader(undefined);
      await output.ready();
      return [...extra];
    },
  };
}

function isObject(value: unknown): value is object {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
