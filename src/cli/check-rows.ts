import type { Locale } from '../locales/types.js';
import type { Vocabulary } from '../crosswalk/types.js';
import { fieldForColumn } from '../schema/columns.js';
import { formatIssues } from '../schema/format-issues.js';
import type { RecordIssue, RecordWarning } from '../schema/issues.js';
import type { PartnerRecord, PartnerRecordField } from '../schema/partner-record.js';
import { createPartnerRecordReader } from '../schema/record-reader.js';
import type { Language } from './cli-locale.js';
import { createLineIndex } from './line-index.js';
import type { Progress } from './progress.js';
import type { SourceRow } from './read-rows.js';
import type { Place } from './text/types.js';

/** Counts kept while rows are checked. */
export interface RowTally {
  rows: number;
  invalid: number;
  warnings: number;
}

/** Where checked rows' problems go: one formatted line and one JSON-ready object each. */
export interface IssueSink {
  readonly error: (line: string, issue: Readonly<Record<string, unknown>>) => void | Promise<void>;
  readonly warning: (line: string, issue: Readonly<Record<string, unknown>>) => void | Promise<void>;
  /** Advice about the input as a whole, such as a column that seems to be missing. */
  readonly hint: (message: string) => void;
}

/** Options for {@link checkRows}. */
export interface CheckRowsOptions {
  readonly language: Language;
  readonly columns: Readonly<Record<string, PartnerRecordField>> | undefined;
  /** The vocabulary of the category column (`--vocabulary`), if any. */
  readonly vocabulary?: Vocabulary | undefined;
  readonly sink: IssueSink;
  readonly tally: RowTally;
  readonly progress?: Progress | undefined;
  /** Whether every row has the same columns (CSV), so the first row's keys are the header. */
  readonly header: boolean;
}

/** A row that became a record, and where it came from. */
export interface CheckedRecord {
  readonly record: PartnerRecord;
  readonly place: Place;
}

// The fields every row needs; a header with no column for one of them is worth one
// hint up front rather than a "missing" error on every row.
const required: readonly PartnerRecordField[] = ['id', 'name', 'category'];

/**
 * Checks rows one at a time with `createPartnerRecordReader`, reports each problem to the
 * sink with its line (CSV, NDJSON) or index (JSON), and yields the records. Memory stays
 * bounded by the reader's set of ids and four bytes a row for line numbers.
 * @example for await (const { record, place } of checkRows(readRows(input, { text, locale }), options)) write(record);
 */
export async function* checkRows(rows: AsyncIterable<SourceRow>, options: CheckRowsOptions): AsyncGenerator<CheckedRecord> {
  const { language, sink, tally, progress } = options;
  const { locale, text } = language;
  const reader = createPartnerRecordReader({
    locale,
    ...(options.columns === undefined ? {} : { columns: options.columns }),
    ...(options.vocabulary === undefined ? {} : { vocabulary: options.vocabulary }),
  });
  const lines = createLineIndex();
  let byLine: boolean | undefined;
  let format: ((issues: readonly (RecordIssue | RecordWarning)[]) => string[]) | undefined;
  let checkedHeader = false;

  for await (const source of rows) {
    const { place } = source;
    if (format === undefined) {
      byLine = 'line' in place;
      format = formatter(locale, language.text.at, byLine, lines.get);
    }
    tally.rows++;
    progress?.tick(tally.rows);

    if (source.problem !== undefined) {
      tally.invalid++;
      const where = 'index' in place && place.index < 0 ? '' : `${text.at(place)}: `;
      await sink.error(`${where}${source.problem.message}`, { ...place, ...source.problem });
      continue;
    }
    if (!checkedHeader && options.header && isObject(source.row)) {
      checkedHeader = true;
      checkHeader(Object.keys(source.row), options);
    }

    const outcome = reader.read(source.row);
    if ('line' in place) lines.set(outcome.index, place.line);
    if (outcome.record === undefined) {
      tally.invalid++;
      const issues = byLine === true ? outcome.errors.map((issue) => withFirstLine(issue, lines.get, language)) : outcome.errors;
      const formatted = format(issues);
      for (let i = 0; i < issues.length; i++) await sink.error(formatted[i] ?? '', json(place, issues[i] as RecordIssue));
      continue;
    }
    if (outcome.warnings.length > 0) {
      tally.warnings += outcome.warnings.length;
      const formatted = format(outcome.warnings);
      for (let i = 0; i < outcome.warnings.length; i++) {
        await sink.warning(formatted[i] ?? '', json(place, outcome.warnings[i] as RecordWarning));
      }
    }
    yield { record: outcome.record, place };
  }
}

// formatIssues names the place through the locale's `at`; for a file, the place is a
// line (CSV, NDJSON) or an index (JSON), so the CLI lends it an `at` that says so.
function formatter(
  locale: Locale,
  at: Language['text']['at'],
  byLine: boolean,
  lineOf: (index: number) => number,
): (issues: readonly (RecordIssue | RecordWarning)[]) => string[] {
  const placeLocale: Locale = {
    ...locale,
    at: ({ row, field, column }) =>
      at({
        ...(byLine ? { line: row } : { index: row }),
        ...(field === undefined ? {} : { field }),
        ...(column === undefined ? {} : { column }),
      }),
  };
  const rowNumber = byLine ? lineOf : (index: number) => index;
  return (issues) => formatIssues(issues, { locale: placeLocale, rowNumber });
}

// The library names the first use of a repeated id by row index; in a file with lines,
// the line is what a person can find.
function withFirstLine(issue: RecordIssue, lineOf: (index: number) => number, language: Language): RecordIssue {
  if (issue.code !== 'duplicate_id') return issue;
  const line = lineOf(issue.firstIndex);
  return { ...issue, firstLine: line, message: language.text.duplicateIdOnLine({ value: issue.value, line }) } as RecordIssue;
}

function json(place: Place, issue: RecordIssue | RecordWarning): Readonly<Record<string, unknown>> {
  const fields = issue as unknown as Readonly<Record<string, unknown>>;
  return 'line' in place ? { line: place.line, ...fields } : fields;
}

function checkHeader(headers: readonly string[], options: CheckRowsOptions): void {
  const found = new Set(headers.map((h) => fieldForColumn(h, options.columns)));
  for (const field of required) {
    if (!found.has(field)) options.sink.hint(options.language.text.noColumn({ field, headers }));
  }
}

function isObject(value: unknown): value is object {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
