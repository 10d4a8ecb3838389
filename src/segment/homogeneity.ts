import { asSubject } from '../rules/field-access.js';
import { type Dimension, readerFor } from './dimension.js';

/**
 * How uniform records are on one field, from 0 (every record different) to 1 (all the
 * same). The measure is Simpson's: the chance that two records drawn at random (without
 * replacement) share the value. With n records and value counts c₁…cₖ it is
 * Σ cᵢ(cᵢ − 1) / (n(n − 1)), which is 1 when all agree and 0 when all differ. Records
 * without a value are left out. It is what feeds the rule engine's `homogeneity` factor.
 * @param records - The records of one segment.
 * @param field - The dimension to measure, e.g. `'custom.businessModel'` or `'category'`.
 * @returns The measure, or `undefined` for fewer than two records with a value.
 * @example homogeneity([{ category: 'oem' }, { category: 'oem' }, { category: 'epc' }], 'category') // 1/3
 * @category Segment
 */
export function homogeneity(records: Iterable<unknown>, field: Dimension): number | undefined {
  const read = readerFor(field);
  const counts = new Map<string, number>();
  let n = 0;
  for (const record of records) {
    const value = read(asSubject(record));
    if (value === null) continue;
    counts.set(value, (counts.get(value) ?? 0) + 1);
    n++;
  }
  if (n < 2) return undefined;
  let pairs = 0;
  for (const c of counts.values()) pairs += c * (c - 1);
  return pairs / (n * (n - 1));
}
