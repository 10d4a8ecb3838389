import { enParseText } from '../locales/en-messages.js';
import type { Locale } from '../locales/types.js';
import type { RecordIssue, RecordWarning } from './issues.js';

/**
 * Options for {@link formatIssues}.
 * @example
 * ```ts
 * const options: FormatOptions = { rowNumber: (index) => index + 2 }; // line 1 of the CSV is its header
 * formatIssues(parsePartnerRecords([{ id: '1', name: 'Acme' }]).errors, options) // ['row 2, category: category is missing']
 * ```
 * @category Schema
 */
export interface FormatOptions {
  /** The language of the place names ("row", "column"); English by default. */
  readonly locale?: Pick<Locale, 'at'>;
  /**
   * Turns an issue's 0-based `index` into the row number a person sees. By default
   * `index + 1`; a CSV reader passes its line numbers instead.
   */
  readonly rowNumber?: (index: number) => number;
}

/**
 * Formats issues or warnings as one line each, for a terminal or a log: where, then what.
 * The messages themselves are already in the locale the rows were parsed with.
 * @param issues - Issues or warnings from `parsePartnerRecords`.
 * @param options - Locale and row numbering.
 * @returns One line per issue, in the order given.
 * @example
 * formatIssues(parsePartnerRecords([{ id: '1', name: 'A', category: 'resellr' }]).errors)
 * // ["row 1, category: category 'resellr' is not a partner category; did you mean 'solution-reseller'?"]
 * @category Schema
 */
export function formatIssues(
  issues: readonly (RecordIssue | RecordWarning)[],
  options: FormatOptions = {},
): string[] {
  const locale = options.locale ?? enParseText;
  const rowNumber = options.rowNumber ?? ((index: number) => index + 1);
  return issues.map((issue) => {
    if (issue.index < 0) return issue.message;
    const field = issue.path[0];
    const place = locale.at({
      row: rowNumber(issue.index),
      ...(field === undefined ? {} : { field }),
      ...(issue.column === undefined ? {} : { column: issue.column }),
    });
    return `${place}: ${issue.message}`;
  });
}
