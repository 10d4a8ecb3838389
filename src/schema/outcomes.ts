import type { PartnerCategory, PartnerFunction, SubtypeField, SubtypeValue } from '../taxonomy/types.js';
import type { RecordIssue, RecordWarning, SkippedCode, UnclassifiedCode } from './issues.js';
import type { PartnerRecord, PartnerRecordFields } from './partner-record.js';

/**
 * A partner row that is valid in every way but its category: empty, generic
 * ("Reseller"), ambiguous ("VAR"), a function only ("Influencer"), or a vocabulary value
 * that names no category. It keeps every field a record would, with its row `index`, the
 * category `text` as given and the `candidates` to choose from.
 * @example
 * ```ts
 * const [partner]: UnclassifiedPartner[] = parsePartnerRecords([{ id: '1', name: 'Acme', category: 'Återförsäljare' }]).unclassified;
 * partner?.candidates // ['solution-reseller', 'value-added-distributor', 'cloud-reseller']
 * partner?.function // 'sales'
 * ```
 * @category Schema
 */
export type UnclassifiedPartner = PartnerRecordFields & {
  readonly [F in SubtypeField]?: SubtypeValue<F>;
} & {
  /** The row's position in the input, from 0. */
  readonly index: number;
  /** Why the category is unknown. */
  readonly code: UnclassifiedCode;
  /** The category cell as given, trimmed; `''` when empty. */
  readonly text: string;
  /** The input column the category was read from, when it differs from `category`. */
  readonly column?: string;
  /** The categories the text most likely means, best first; may be empty. */
  readonly candidates: readonly PartnerCategory[];
  /** The function, when the row or its text names one, or all candidates share one. */
  readonly function?: PartnerFunction;
  /** The vocabulary that read the text, for a vocabulary value. */
  readonly vocabulary?: string;
  /** Why the category is unknown, in the parse locale. */
  readonly message: string;
};

/**
 * A row a vocabulary says is no partner (a customer, prospect, competitor, supplier…):
 * not an error, and not a partner either.
 * @example
 * ```ts
 * const [row]: SkippedRow[] = parsePartnerRecords([{ id: '1', name: 'Acme', Type: 'Prospect' }], { vocabulary: hubspotCompanyType }).skipped;
 * row?.rationale // 'A possible customer, not a partner.'
 * ```
 * @category Schema
 */
export interface SkippedRow {
  /** The row's position in the input, from 0. */
  readonly index: number;
  /** Why the row was skipped. */
  readonly code: SkippedCode;
  /** The category cell, as the vocabulary lists it. */
  readonly value: string;
  /** The input column the value was read from, when it differs from `category`. */
  readonly column?: string;
  /** The vocabulary that says the value is no partner. */
  readonly vocabulary: string;
  /** The vocabulary's reason. */
  readonly rationale: string;
  /** The row's id, if it has one, so a person can find it. */
  readonly id?: string;
  /** The row's name, if it has one. */
  readonly name?: string;
  /** Why the row was skipped, in the parse locale. */
  readonly message: string;
}

/**
 * How many rows ended in each outcome. Every row ends in exactly one, so `rows` is the
 * sum of the other four.
 * @example parsePartnerRecords([{ id: '1', name: 'Acme', category: 'OEM' }, {}]).counts // { rows: 2, records: 1, unclassified: 0, skipped: 0, invalid: 1 }
 * @category Schema
 */
export interface OutcomeCounts {
  /** Rows read. */
  readonly rows: number;
  /** Rows that became records. */
  readonly records: number;
  /** Partner rows without a usable category. */
  readonly unclassified: number;
  /** Rows a vocabulary says are no partners. */
  readonly skipped: number;
  /** Rows with errors. */
  readonly invalid: number;
}

/**
 * What became of one row: a discriminated union on `outcome`.
 * @example
 * const outcome = createPartnerRecordReader().read(row);
 * if (outcome.outcome === 'record') save(outcome.record);
 * @category Schema
 */
export type RowOutcome =
  | {
      /** The row is a record. */
      readonly outcome: 'record';
      /** The row's position in the input, from 0. */
      readonly index: number;
      /** The record. */
      readonly record: PartnerRecord;
      /** Remarks on the row, such as a deprecated category. */
      readonly warnings: readonly RecordWarning[];
    }
  | {
      /** The row is a partner without a category. */
      readonly outcome: 'unclassified';
      /** The row's position in the input, from 0. */
      readonly index: number;
      /** The partner, with the candidates for its category. */
      readonly partner: UnclassifiedPartner;
      /** Remarks on the row. */
      readonly warnings: readonly RecordWarning[];
    }
  | {
      /** The row is no partner, as its vocabulary says. */
      readonly outcome: 'skipped';
      /** The row's position in the input, from 0. */
      readonly index: number;
      /** Why it was skipped. */
      readonly skipped: SkippedRow;
    }
  | {
      /** The row has errors. */
      readonly outcome: 'invalid';
      /** The row's position in the input, from 0. */
      readonly index: number;
      /** Every reason the row is not a record; at least one. */
      readonly errors: readonly RecordIssue[];
    };
