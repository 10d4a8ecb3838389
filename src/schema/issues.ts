import type { MessageParams } from '../locales/types.js';

/**
 * The codes of warnings: the input parsed, but a person should look at how. A
 * `column_choice` warning is about the input as a whole (`index` -1): a field that several
 * columns could fill, and the one read.
 * @example const code: RecordWarningCode = 'column_choice';
 * @category Schema
 */
export type RecordWarningCode = 'column_choice' | 'deprecated_category';

/**
 * Why a partner row is unclassified: it gives no category, a generic or ambiguous one, a
 * function only, or a vocabulary value that names no category.
 * @example const code: UnclassifiedCode | undefined = parsePartnerRecords([{ id: '1', name: 'Acme', category: 'Reseller' }]).unclassified[0]?.code; // 'generic_category'
 * @category Schema
 */
export type UnclassifiedCode =
  | 'missing_category'
  | 'generic_category'
  | 'ambiguous_category'
  | 'function_only'
  | 'unclassified_value';

/**
 * Why a row was skipped: a vocabulary says its value is no partner.
 * @example const code: SkippedCode = 'not_a_partner';
 * @category Schema
 */
export type SkippedCode = 'not_a_partner';

/**
 * The codes of record issues: why a row did not become a record.
 * @example const code: RecordIssueCode | undefined = parsePartnerRecords([{ id: '1' }]).errors[0]?.code; // 'missing_field'
 * @category Schema
 */
export type RecordIssueCode = Exclude<keyof MessageParams, RecordWarningCode | UnclassifiedCode | SkippedCode>;

interface Located {
  /**
   * The row's position in the input, from 0; -1 for the input as a whole (it is not a
   * list, or a warning about its columns).
   */
  readonly index: number;
  /** The field the issue is about, e.g. `['category']`; empty for the row as a whole. */
  readonly path: readonly string[];
  /** The input key the field was read from, when it differs from the field name. */
  readonly column?: string;
  /** The value as it came in. */
  readonly received: unknown;
  /** The issue in words a non-programmer understands, in the parse locale. */
  readonly message: string;
}

/**
 * Why a row did not become a record: a union keyed on `code`, each member carrying the
 * parameters its message was made from (e.g. `suggestion` on `unknown_category`).
 * @example
 * const issue: RecordIssue = {
 *   code: 'unknown_category', index: 3, path: ['category'], received: 'resellr',
 *   value: 'resellr', suggestion: 'solution-reseller',
 *   message: "category 'resellr' is not a partner category; did you mean 'solution-reseller'?",
 * };
 * @category Schema
 */
export type RecordIssue = {
  [C in RecordIssueCode]: Located & { readonly code: C } & MessageParams[C];
}[RecordIssueCode];

/**
 * Something to check about the input or a row that did parse: a column chosen among
 * several, or a deprecated category.
 * @example
 * ```ts
 * const [warning]: RecordWarning[] = parsePartnerRecords([{ id: '1', name: 'Acme', Type: 'OEM', 'Partner Type': 'SI' }]).warnings;
 * warning?.message // 'category is read from column "Partner Type" (the most specific header); "Type" is kept as a custom field'
 * ```
 * @category Schema
 */
export type RecordWarning = {
  [C in RecordWarningCode]: Located & { readonly code: C } & MessageParams[C];
}[RecordWarningCode];
