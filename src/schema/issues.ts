import type { MessageParams } from '../locales/types.js';

/**
 * The codes of warnings: the row parsed, but a person should look at how.
 * @example const code: RecordWarningCode | undefined = parsePartnerRecords([{ id: '1', name: 'Acme', category: 'VAR' }]).warnings[0]?.code; // 'ambiguous_category'
 * @category Schema
 */
export type RecordWarningCode = 'ambiguous_category' | 'deprecated_category' | 'broad_mapping';

/**
 * The codes of record issues: why a row did not become a record.
 * @example const code: RecordIssueCode | undefined = parsePartnerRecords([{ id: '1', name: 'Acme' }]).errors[0]?.code; // 'missing_field'
 * @category Schema
 */
export type RecordIssueCode = Exclude<keyof MessageParams, RecordWarningCode>;

interface Located {
  /**
   * The row's position in the input, from 0; -1 when the input as a whole is not a list.
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
 * Something to check about a row that did parse, such as an ambiguous category label.
 * @example
 * ```ts
 * const [warning]: RecordWarning[] = parsePartnerRecords([{ id: '1', name: 'Acme', category: 'VAR' }]).warnings;
 * warning?.message // "'VAR' was read as value-added-distributor, as in the source article; it may also mean 'solution-reseller'"
 * ```
 * @category Schema
 */
export type RecordWarning = {
  [C in RecordWarningCode]: Located & { readonly code: C } & MessageParams[C];
}[RecordWarningCode];
