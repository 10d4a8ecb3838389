import type { Recommendation } from '../rules/recommendation.js';
import { type ColumnMapping, type ColumnMatch, matchLastColumns } from '../schema/match-columns.js';
import { partnerRecordFields } from '../schema/record-fields.js';
import { csvLine } from '../render/csv-cell.js';
import type { CheckedRow } from './check-rows.js';
import type { InputFormat } from './input.js';
import { isObject } from './is-object.js';
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

/** An output row in three parts: the record fields, the other columns, the added columns. */
interface RowParts {
  readonly fields: Readonly<Record<string, unknown>>;
  readonly custom: Readonly<Record<string, unknown>>;
  /** The added columns' values, in the order of `added`. */
  readonly added: readonly unknown[];
}

const none: Readonly<Record<string, unknown>> = Object.freeze({});

// The column of each record field in CSV output.
const fieldColumns: ReadonlyMap<string, number> = new Map(partnerRecordFields.map((field, i) => [field, i]));

// What became of a row, as the parts of an output row. A row that did not parse keeps its
// cells as they came, each under the field its header names.
function rowParts(
  checked: CheckedRow,
  recommendation: Recommendation | undefined,
  match: (headers: readonly string[]) => ColumnMatch,
): RowParts {
  const { outcome } = checked;
  const problem = (text: string | undefined) => [outcome?.outcome ?? 'invalid', undefined, undefined, undefined, text];
  if (outcome === undefined) return { fields: none, custom: none, added: problem(checked.problem.message) };
  if (outcome.outcome === 'record') {
    const needs = recommendation !== undefined && recommendation.needs.length > 0 ? recommendation.needs : undefined;
    return {
      fields: outcome.record,
      custom: outcome.record.custom,
      added: ['record', recommendation?.option ?? null, recommendation?.reason, needs, undefined],
    };
  }
  if (outcome.outcome === 'unclassified') {
    const { partner } = outcome;
    // Its category column keeps the text it came with.
    return { fields: { ...partner, category: partner.text || undefined }, custom: partner.custom, added: problem(partner.message) };
  }
  const message = outcome.outcome === 'skipped' ? outcome.skipped.message : outcome.errors.map((e) => e.message).join('; ');
  if (!isObject(checked.row)) return { fields: none, custom: none, added: problem(message) };
  const cells = checked.row as Readonly<Record<string, unknown>>;
  const keys = Object.keys(cells);
  const matched = match(keys).fields;
  const fields: Record<string, unknown> = {};
  const custom = Object.create(null) as Record<string, unknown>;
  keys.forEach((key, i) => {
    const field = matched[i];
    if (field === undefined) custom[key] = cells[key];
    else fields[field] = cells[key];
  });
  return { fields, custom, added: problem(message) };
}

// An input row flattened back to columns, whatever became of it: the record fields in
// their order, then the other columns as they came (one whose name a field or an added
// column already uses is renamed `custom.<name>`, so nothing is overwritten), then
// `outcome` with `recommended`, `reason` and `needs`, or the `problem`.
function flattenRecord(parts: RowParts): Record<string, unknown> {
  // No prototype: a custom column named "__proto__" stays a plain key.
  const row = Object.create(null) as Record<string, unknown>;
  for (const field of partnerRecordFields) if (parts.fields[field] !== undefined) row[field] = parts.fields[field];
  for (const key in parts.custom) row[columnName(key)] = parts.custom[key];
  added.forEach((name, i) => {
    if (parts.added[i] !== undefined) row[name] = parts.added[i];
  });
  return row;
}

// The output name of another column: its own, unless a field or an added column has it.
const columnName = (key: string): string => (taken.has(key) ? `custom.${key}` : key);

/**
 * Creates a writer for CSV, a JSON array or NDJSON. CSV's columns are the record fields,
 * the first row's other columns and the added columns.
 * @example const writer = createRecordWriter(out, { format: 'csv', bom: true, delimiter: ';', columns: undefined });
 */
export function createRecordWriter(output: Output, options: RecordWriterOptions): RecordWriter {
  const { format, bom, delimiter } = options;
  let count = 0;
  // CSV's other columns, fixed by the first row: their keys, in order.
  let customKeys: readonly string[] | undefined;
  let knownKeys: ReadonlySet<string> = new Set();
  const extra = new Set<string>();
  const cells: unknown[] = [];
  // The field each header names, for rows that did not parse.
  const match = matchLastColumns(options.columns);

  const writeHeader = (custom: Readonly<Record<string, unknown>>): void => {
    customKeys = Object.keys(custom);
    knownKeys = new Set(customKeys);
    output.add(`${bom ? '\ufeff' : ''}${csvLine([...partnerRecordFields, ...customKeys.map(columnName), ...added], delimiter)}`);
  };

  return {
    write: (checked, recommendation) => {
      count++;
      if (format !== 'csv') {
        const row = flattenRecord(rowParts(checked, recommendation, match));
        return output.add(format === 'ndjson' ? `${JSON.stringify(row)}\n` : `${count === 1 ? '[\n' : ',\n'}${JSON.stringify(row)}`);
      }
      const { fields, custom, added: more } = rowParts(checked, recommendation, match);
      if (customKeys === undefined) writeHeader(custom);
      // Only a few names are kept: enough to say what is missing, bounded for any input.
      for (const key in custom) if (!knownKeys.has(key) && extra.size < 20) extra.add(columnName(key));
      for (let i = 0; i < partnerRecordFields.length; i++) cells[i] = undefined;
      // A row has a few of the fields: placing those it has is quicker than asking for each.
      for (const field in fields) {
        const at = fieldColumns.get(field);
        if (at !== undefined) cells[at] = fields[field];
      }
      let at = partnerRecordFields.length;
      for (const key of customKeys ?? []) cells[at++] = custom[key];
      for (const value of more) cells[at++] = Array.isArray(value) ? value.join(', ') : value;
      output.add(csvLine(cells, delimiter));
    },
    end: async () => {
      if (format === 'json') output.add(count === 0 ? '[]\n' : '\n]\n');
      if (format === 'csv' && customKeys === undefined) writeHeader(none);
      await output.ready();
      return [...extra];
    },
  };
}

