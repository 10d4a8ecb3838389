import type { Vocabulary } from '../crosswalk/types.js';
import { shippedVocabularies } from '../crosswalk/shipped-vocabularies.js';
import type { Locale } from '../locales/types.js';
import { formatIssues } from '../schema/format-issues.js';
import type { RecordIssue, RecordWarning } from '../schema/issues.js';
import { type ColumnMapping, matchColumns } from '../schema/match-columns.js';
import type { OutcomeCounts, RowOutcome } from '../schema/outcomes.js';
import { createPartnerRecordReader } from '../schema/record-reader.js';
import { recordFieldTable } from '../schema/record-fields.js';
import type { Language } from './cli-locale.js';
import { createOffsetRuns } from '../schema/offset-runs.js';
import { isObject } from './is-object.js';
import { checkMappedHeaders } from './mapped-headers.js';
import type { Progress } from './progress.js';
import type { RowProblem, SourceRow } from './read-rows.js';
import type { Place } from './text/types.js';

/** How many rows ended in each outcome (as the library counts them), and how many warnings were given. */
export type RowTally = { -readonly [K in keyof OutcomeCounts]: number } & { warnings: number };

/**
 * The exit code of a command that checked rows: 1 when a row is invalid or a partner has
 * no category (something to fix in the file), else 0.
 * @example exitCodeOf({ ...emptyTally(), unclassified: 2 }) // 1
 */
export function exitCodeOf(tally: RowTally): 0 | 1 {
  return tally.invalid > 0 || tally.unclassified > 0 ? 1 : 0;
}

/** A tally with every count at zero. */
export function emptyTally(): RowTally {
  return { rows: 0, records: 0, unclassified: 0, skipped: 0, invalid: 0, warnings: 0 };
}

/** What an entry reports: a row's error, a warning, an unclassified partner, a skipped row. */
export type EntryType = 'error' | 'warning' | 'unclassified' | 'skipped';

/**
 * Where checked rows' problems go: a formatted line for people and a JSON-ready object
 * for machines, each; and advice about the input as a whole. Both are quick and
 * synchronous (an output queues the text, and is drained once a batch).
 */
export interface RowSink {
  readonly entry: (type: EntryType, line: string, data: Readonly<Record<string, unknown>>) => void;
  /** Advice about the input as a whole: a missing column, a vocabulary to pass. */
  readonly notice: (message: string) => void;
}

/** Options for {@link checkRows}. */
export interface CheckRowsOptions {
  readonly language: Language;
  readonly columns: ColumnMapping | undefined;
  /** The vocabulary of the category column (`--vocabulary`), if any. */
  readonly vocabulary?: Vocabulary | undefined;
  readonly sink: RowSink;
  readonly tally: RowTally;
  /**
   * Receives, after the last row, the lines that sum up the run: the skipped values and
   * which `--vocabulary` to pass. Commands print them after their result.
   */
  readonly notes: string[];
  readonly progress?: Progress | undefined;
  /** Whether every row has the same columns (CSV), so the first row's keys are the header. */
  readonly header: boolean;
}

/** A row, where it came from, and what became of it. */
export type CheckedRow =
  | { readonly place: Place; readonly row: unknown; readonly outcome: RowOutcome; readonly problem?: undefined }
  | { readonly place: Place; readonly row?: undefined; readonly outcome?: undefined; readonly problem: RowProblem };

/**
 * Checks rows with `createPartnerRecordReader`, a batch at a time: tells the sink about
 * every error, warning, unclassified partner and skipped row with its line (CSV, NDJSON)
 * or index (JSON), counts each outcome, and yields every row with its outcome, so nothing
 * is dropped. After the last row it sums up the skipped values and, when category values
 * are a CRM's picklist, which `--vocabulary` to pass (see `notes`).
 * @example for await (const batch of checkRows(readRows(input, { text, locale }), options)) for (const row of batch) write(row);
 */
export async function* checkRows(batches: AsyncIterable<readonly SourceRow[]>, options: CheckRowsOptions): AsyncGenerator<CheckedRow[]> {
  const checker = createRowChecker(options);
  for await (const batch of batches) yield batch.map(checker.check);
  checker.finish();
}

// The row-by-row part of checkRows: synchronous, so a batch costs one wait.
function createRowChecker(options: CheckRowsOptions): { readonly check: (source: SourceRow) => CheckedRow; readonly finish: () => void } {
  const { language, sink, tally, progress } = options;
  const { locale, text } = language;
  const reader = createPartnerRecordReader({
    locale,
    ...(options.columns === undefined ? {} : { columns: options.columns }),
    ...(options.vocabulary === undefined ? {} : { vocabulary: options.vocabulary }),
    // Named when the category column holds their values, to say which --vocabulary to pass.
    knownVocabularies: shippedVocabularies,
  });
  // Each row's line, by row index, to name the line of a repeated id's first use.
  const lines = createOffsetRuns();
  const skippedValues = new Map<string, { count: number; value: string; vocabulary: string; rationale: string }>();
  const vocabularyHints = new Map<string, number>();
  let format: ((issues: readonly (RecordIssue | RecordWarning)[]) => string[]) | undefined;
  let checkedHeader = false;
  // The header the ids are read from, to name it where an id repeats, as other problems
  // name their column.
  let idColumn: string | undefined;

  const check = (source: SourceRow): CheckedRow => {
    const { place } = source;
    format ??= formatter(text.at, 'line' in place, lines.get);
    tally.rows++;
    progress?.tick(tally.rows);

    if (source.problem !== undefined) {
      tally.invalid++;
      const where = 'index' in place && place.index < 0 ? '' : `${text.at(place)}: `;
      sink.entry('error', `${where}${source.problem.message}`, { ...place, ...source.problem });
      return { place, problem: source.problem };
    }
    if (!checkedHeader && options.header && isObject(source.row)) {
      checkedHeader = true;
      idColumn = checkHeader(Object.keys(source.row), options);
    }

    let outcome = reader.read(source.row);
    if ('line' in place) lines.set(outcome.index, place.line);
    for (const warning of reader.columnWarnings()) {
      tally.warnings++;
      const advice = warning.code === 'column_choice' ? text.mapInstead({ field: warning.field, others: warning.others }) : '';
      sink.entry('warning', `${warning.message}${advice}`, { ...warning });
    }
    tally[outcome.outcome === 'record' ? 'records' : outcome.outcome]++;

    if (outcome.outcome === 'invalid') {
      const errors = 'line' in place ? outcome.errors.map((issue) => inFileTerms(issue, lines.get, language, idColumn)) : outcome.errors;
      outcome = { ...outcome, errors };
      const formatted = format(errors);
      for (let i = 0; i < errors.length; i++) {
        const error = errors[i] as RecordIssue;
        sink.entry('error', formatted[i] ?? '', json(place, error));
        const vocabularies = 'vocabularies' in error ? error.vocabularies : undefined;
        for (const id of vocabularies ?? []) vocabularyHints.set(id, (vocabularyHints.get(id) ?? 0) + 1);
      }
    } else if (outcome.outcome === 'skipped') {
      const { value, vocabulary, rationale } = outcome.skipped;
      const key = `${vocabulary}\u0000${value}`;
      const seen = skippedValues.get(key);
      if (seen !== undefined) seen.count++;
      else if (skippedValues.size < 100) skippedValues.set(key, { count: 1, value, vocabulary, rationale });
      sink.entry('skipped', '', json(place, outcome.skipped));
    } else {
      if (outcome.outcome === 'unclassified') {
        const { partner } = outcome;
        const where = text.at({ ...place, field: 'category', ...(partner.column === undefined ? {} : { column: partner.column }) });
        sink.entry('unclassified', `${where}: ${partner.message}`, json(place, partner));
      }
      if (outcome.warnings.length > 0) {
        tally.warnings += outcome.warnings.length;
        const formatted = format(outcome.warnings);
        for (let i = 0; i < outcome.warnings.length; i++) {
          sink.entry('warning', formatted[i] ?? '', json(place, outcome.warnings[i] as RecordWarning));
        }
      }
    }
    return { place, row: source.row, outcome };
  };

  const finish = (): void => {
    for (const { count, value, vocabulary, rationale } of skippedValues.values()) {
      options.notes.push(text.skippedValue({ count, value, vocabulary, rationale }));
    }
    const hint = [...vocabularyHints].sort((a, b) => b[1] - a[1])[0];
    if (hint !== undefined) options.notes.push(text.vocabularyHint({ vocabulary: hint[0], rows: hint[1] }));
  };
  return { check, finish };
}

// formatIssues names the place through the locale's `at`; for a file, the place is a
// line (CSV, NDJSON) or an index (JSON), so the CLI lends it an `at` that says so.
function formatter(
  at: Language['text']['at'],
  byLine: boolean,
  lineOf: (index: number) => number,
): (issues: readonly (RecordIssue | RecordWarning)[]) => string[] {
  const place: Pick<Locale, 'at'> = {
    at: ({ row, field, column }) =>
      at({
        ...(byLine ? { line: row } : { index: row }),
        ...(field === undefined ? {} : { field }),
        ...(column === undefined ? {} : { column }),
      }),
  };
  const rowNumber = byLine ? lineOf : (index: number) => index;
  return (issues) => formatIssues(issues, { locale: place, rowNumber });
}

// A repeated id's issue in the file's terms: the library names the id's first use by row
// index, where in a file with lines the line is what a person can find; and the id's
// column, as every other problem names its column (unless it is simply "id").
function inFileTerms(issue: RecordIssue, lineOf: (index: number) => number, language: Language, column: string | undefined): RecordIssue {
  if (issue.code !== 'duplicate_id') return issue;
  const line = lineOf(issue.firstIndex);
  const message = language.text.duplicateIdOnLine({ value: issue.value, line });
  return { ...issue, firstLine: line, message, ...(column === undefined || column === 'id' ? {} : { column }) } as RecordIssue;
}

function json(place: Place, data: object): Readonly<Record<string, unknown>> {
  return 'line' in place ? { line: place.line, ...data } : { ...data };
}

// The header is checked once, before any row is reported: a --map header the file does
// not have is a usage error, and a field no column holds is worth one hint rather than a
// problem on every row. Returns the header the ids are read from.
function checkHeader(headers: readonly string[], options: CheckRowsOptions): string | undefined {
  const { text } = options.language;
  checkMappedHeaders(headers, options.columns, text);
  const { columns } = matchColumns(headers, options.columns);
  for (const spec of recordFieldTable) {
    if ((spec.required || spec.value === 'category') && columns[spec.name] === undefined) {
      options.sink.notice(text.noColumn({ field: spec.name, headers }));
    }
  }
  return columns.id;
}

