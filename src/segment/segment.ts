import { asSubject } from '../rules/field-access.js';
import { type Dimension, readerFor } from './dimension.js';

/**
 * One group of records that share their values on the chosen dimensions.
 * @example
 * const [largest] = segment(records, 'function');
 * largest.key // 'sales'
 * @category Segment
 */
export interface Segment<R> {
  /** The values joined for display, e.g. `'sales / EMEA'`; `(none)` stands for a missing value. */
  readonly key: string;
  /** The value on each dimension, in the order given; `null` where the record has none. */
  readonly values: readonly (string | null)[];
  /** How many records the segment holds. */
  readonly count: number;
  /** `count` over all records, from 0 to 1. */
  readonly share: number;
  /** The segment's records, in input order; empty when `keep` is `'none'`. */
  readonly records: readonly R[];
}

/**
 * Options for {@link segment}.
 * @example segment(records, 'category', { keep: 'none' })
 * @category Segment
 */
export interface SegmentOptions {
  /** Keep each segment's records (`'records'`, the default) or only count them (`'none'`). */
  readonly keep?: 'records' | 'none';
}

/**
 * Groups records by one or more dimensions: taxonomy levels, record fields, custom
 * fields, or functions. Largest segment first, ties by key.
 * @param records - Partner records (or any objects shaped like them).
 * @param by - One dimension or a list of them.
 * @param options - Whether to keep the records in each segment.
 * @returns The segments, with key, values, count, share and records.
 * @example
 * segment(records, ['function', 'region']).map((s) => [s.key, s.count])
 * // [['sales / EMEA', 12], ['solution / EMEA', 9], …]
 * @category Segment
 */
export function segment<R>(records: Iterable<R>, by: Dimension | readonly Dimension[], options: SegmentOptions = {}): Segment<R>[] {
  const readers = (Array.isArray(by) ? (by as readonly Dimension[]) : [by as Dimension]).map(readerFor);
  const keep = options.keep !== 'none';
  const groups = new Map<string, { values: (string | null)[]; count: number; records: R[] }>();
  let total = 0;
  for (const record of records) {
    const subject = asSubject(record);
    const values = readers.map((read) => read(subject));
    const id = JSON.stringify(values);
    let group = groups.get(id);
    if (group === undefined) {
      group = { values, count: 0, records: [] };
      groups.set(id, group);
    }
    group.count++;
    if (keep) group.records.push(record);
    total++;
  }
  return [...groups.values()]
    .map((g) => ({
      key: g.values.map((v) => v ?? '(none)').join(' / '),
      values: g.values,
      count: g.count,
      share: total === 0 ? 0 : g.count / total,
      records: g.records,
    }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
