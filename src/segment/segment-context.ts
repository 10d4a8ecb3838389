import type { RuleContext } from '../rules/types.js';
import { asSubject } from '../rules/field-access.js';
import { type Dimension, readerFor } from './dimension.js';
import { homogeneity } from './homogeneity.js';
import { segment } from './segment.js';

/**
 * Options for {@link segmentContext}.
 * @example segmentContext(records, { by: 'tier', field: 'custom.businessModel' })
 * @category Segment
 */
export interface SegmentContextOptions {
  /** How partners are segmented, e.g. `'tier'` or `['function', 'region']`. */
  readonly by: Dimension | readonly Dimension[];
  /** The field whose uniformity stands for "business models"; `'category'` by default. */
  readonly field?: Dimension;
  /** Context factors to pass on unchanged (convention, power). */
  readonly base?: RuleContext;
}

/**
 * Computes each segment's homogeneity and gives every record the context of its segment,
 * ready for `recommendAll`: the bridge from segmentation to the engine's homogeneity
 * factor.
 * @param records - All partner records.
 * @param options - The segmentation, the field to measure and any other context.
 * @returns A function from a record to its context.
 * @example recommendAll(records, segmentContext(records, { by: 'tier', field: 'custom.businessModel' }))
 * @category Segment
 */
export function segmentContext(
  records: readonly unknown[],
  options: SegmentContextOptions,
): (record: Readonly<Record<string, unknown>>) => RuleContext {
  const dimensions = Array.isArray(options.by) ? (options.by as readonly Dimension[]) : [options.by as Dimension];
  const readers = dimensions.map(readerFor);
  const field = options.field ?? 'category';
  const byKey = new Map<string, number | undefined>();
  for (const s of segment(records, dimensions)) byKey.set(JSON.stringify(s.values), homogeneity(s.records, field));
  const base = options.base ?? {};
  return (record) => {
    const subject = asSubject(record);
    const h = byKey.get(JSON.stringify(readers.map((read) => read(subject))));
    return h === undefined ? base : { ...base, homogeneity: h };
  };
}
