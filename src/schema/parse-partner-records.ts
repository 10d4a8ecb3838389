import { enParseText } from '../locales/en-messages.js';
import type { RecordIssue, RecordWarning } from './issues.js';
import type { OutcomeCounts, SkippedRow, UnclassifiedPartner } from './outcomes.js';
import type { PartnerRecord } from './partner-record.js';
import { hasRepeatedId, repeatedIds } from './repeated-ids.js';
import { kindOf, type ReadOptions, RowReader } from './read-row.js';

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
   * Whether a repeated `id` among partner rows (records and unclassified partners) is an
   * issue: the later row becomes a `duplicate_id` error. On by default.
   */
  readonly uniqueIds?: boolean;
}

/**
 * What {@link parsePartnerRecords} returns. Every row ends in exactly one outcome: a
 * record, an unclassified partner, a skipped row, or errors (one or more, each with the
 * row's `index`); `counts` says how many of each.
 * @example
 * ```ts
 * const { records, unclassified, errors, counts }: ParseResult = parsePartnerRecords([{ id: '1', name: 'Acme', category: 'VAR' }, { id: '2', name: 'Bolt' }]);
 * counts // { rows: 2, records: 0, unclassified: 2, skipped: 0, invalid: 0 }
 * ```
 * @category Schema
 */
export interface ParseResult {
  /** The rows that parsed, in input order. */
  readonly records: PartnerRecord[];
  /** Partner rows whose category is empty, generic or ambiguous, in input order. */
  readonly unclassified: UnclassifiedPartner[];
  /** Rows a vocabulary says are no partners, in input order. */
  readonly skipped: SkippedRow[];
  /** Every reason a row did not parse; a row may have several, each with its `index`. */
  readonly errors: RecordIssue[];
  /** Remarks on the input's columns (`index` -1) and on rows that did parse. */
  readonly warnings: RecordWarning[];
  /** How many rows ended in each outcome. */
  readonly counts: OutcomeCounts;
}

/**
 * Parses rows of unknown shape, such as CSV or JSON from a CRM export, into partner
 * records. Headers are matched as CRMs and people name them ("Partner Type", "Namn",
 * "Record ID"); category, function, subtype and management text goes through the
 * resolvers, so "VAR" and "Systemintegratör" are read; fields it does not know go to
 * `custom`. Every row ends in exactly one outcome — a record, an unclassified partner (its
 * category empty, generic or ambiguous), a skipped row (a vocabulary says it is no
 * partner) or errors — and it never throws on data.
 * @param rows - A list (any iterable except a string) of rows.
 * @param options - Message locale, column mapping, vocabulary, and whether ids must be unique.
 * @returns The records, unclassified partners, skipped rows, errors, warnings and counts.
 * @throws TypeError only when `options.columns` is not a valid column mapping.
 * @example
 * const { records, unclassified, errors } = parsePartnerRecords([
 *   { id: '1', name: 'Acme', category: 'Systemintegratör' },
 *   { id: '2', name: 'Bolt', category: 'Reseller' },
 *   { id: '3', name: 'Cog', category: 'resellr' },
 * ]);
 * records[0].category // 'system-integrator'
 * unclassified[0].candidates // ['solution-reseller', 'value-added-distributor', 'cloud-reseller']
 * errors[0].message // "category 'resellr' is not a partner category; did you mean 'solution-reseller'?"
 * @category Schema
 */
export function parsePartnerRecords(rows: unknown, options: ParseOptions = {}): ParseResult {
  const locale = options.locale ?? enParseText;
  // First: a bad column mapping is a programmer error, whatever the rows.
  const reader = new RowReader(options, locale);
  const records: PartnerRecord[] = [];
  const unclassified: UnclassifiedPartner[] = [];
  const skipped: SkippedRow[] = [];
  const errors: RecordIssue[] = [];
  const warnings: RecordWarning[] = [];
  if (!isList(rows)) {
    const valueKind = kindOf(rows);
    const message = locale.messages.not_a_list({ valueKind });
    errors.push({ code: 'not_a_list', index: -1, path: [], received: rows, valueKind, message });
    return { records, unclassified, skipped, errors, warnings, counts: { rows: 0, records: 0, unclassified: 0, skipped: 0, invalid: 0 } };
  }
  const unique = options.uniqueIds !== false;
  // Ids are checked once all rows are read: usually they are all distinct, which one
  // pass over them shows when they come in order (see hasRepeatedId).
  const ids: string[] = [];
  let index = 0;
  let invalid = 0;
  for (const row of rows) {
    const outcome = reader.read(row, index);
    // Most rows have no warnings: a length check is cheaper than iterating an empty list.
    const fresh = reader.takeColumnWarnings();
    if (fresh.length > 0) warnings.push(...fresh);
    if (outcome.outcome === 'invalid') {
      invalid++;
      for (const error of outcome.errors) errors.push(error);
    } else if (outcome.outcome === 'skipped') {
      skipped.push(outcome.skipped);
    } else {
      if (outcome.outcome === 'record') records.push(outcome.record);
      else unclassified.push(outcome.partner);
      if (unique) ids.push(outcome.outcome === 'record' ? outcome.record.id : outcome.partner.id);
      if (outcome.warnings.length > 0) warnings.push(...outcome.warnings);
    }
    index++;
  }
  const result = { records, unclassified, skipped, errors, warnings };
  if (unique && hasRepeatedId(ids)) {
    // Rare, so the rows of the ids are worked out only now: every row that is neither
    // invalid nor skipped.
    const other = new Set([...errors.map((e) => e.index), ...skipped.map((s) => s.index)]);
    const idRows = Array.from({ length: index }, (_, row) => row).filter((row) => !other.has(row));
    invalid += dropRepeats(result, idRows, repeatedIds(ids, idRows, locale));
  }
  const counts = { rows: index, records: result.records.length, unclassified: result.unclassified.length, skipped: skipped.length, invalid };
  return { ...result, counts };
}

// The later rows of a repeated id leave the records or the unclassified partners (with
// their warnings) and join the errors, in row order.
function dropRepeats(
  result: { records: PartnerRecord[]; unclassified: UnclassifiedPartner[]; errors: RecordIssue[]; warnings: RecordWarning[] },
  idRows: readonly number[],
  repeats: ReadonlyMap<number, RecordIssue>,
): number {
  // The records' rows: the rows with an id, less the unclassified partners' (which say theirs).
  const partnerRows = new Set(result.unclassified.map((p) => p.index));
  const recordRows = idRows.filter((row) => !partnerRows.has(row));
  result.records = result.records.filter((_, i) => !repeats.has(recordRows[i] as number));
  result.unclassified = result.unclassified.filter((p) => !repeats.has(p.index));
  result.warnings = result.warnings.filter((w) => !repeats.has(w.index));
  // Both lists are in row order and a repeated row has no other issue; the sort is stable.
  result.errors = result.errors.concat([...repeats.values()]).sort((a, b) => a.index - b.index);
  return repeats.size;
}

function isList(value: unknown): value is Iterable<unknown> {
  return (
    Array.isArray(value) ||
    (value !== null &&
      typeof value === 'object' &&
      typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function')
  );
}
