import { categoryOf, getterFor, noContext, type Subject } from '../rules/field-access.js';
import type { RuleField } from '../rules/types.js';

/**
 * What to group records by: a taxonomy level (`function`, `group`, `category`, or
 * `subtype` — whichever subtype field the category has), any record field, a custom field
 * as `custom.<name>`, or a function of the record.
 * @example const byRegionAndFunction: Dimension[] = ['region', 'function'];
 * @category Segment
 */
export type Dimension =
  | 'subtype'
  | Exclude<RuleField, `context.${string}`>
  | ((record: Readonly<Record<string, unknown>>) => string | number | null | undefined);

/**
 * Reads a dimension's value as text, `null` when the record has none.
 * @internal
 */
export type DimensionReader = (record: Subject) => string | null;

/** @internal */
export function readerFor(dimension: Dimension): DimensionReader {
  if (typeof dimension === 'function') {
    return (record) => {
      const value = dimension(record);
      return value === null || value === undefined || value === '' ? null : String(value);
    };
  }
  if (dimension === 'subtype') {
    return (record) => {
      const field = categoryOf(record)?.subtype?.field;
      const value = field === undefined ? undefined : record[field];
      return typeof value === 'string' && value !== '' ? value : null;
    };
  }
  const get = getterFor(dimension);
  return (record) => {
    const value = get(record, noContext);
    return value === null || value === undefined || value === '' ? null : String(value);
  };
}
