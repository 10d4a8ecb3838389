import type { ParseText } from '../locales/types.js';
import { duplicateId } from './duplicate-id.js';
import type { RecordIssue } from './issues.js';

/**
 * Whether any id occurs twice. Ids in strictly increasing order, as in an export sorted
 * by id, are all distinct, and one pass of comparisons shows it; only other orders pay
 * for a `Set`, whose inserts cost about a quarter of parsing a valid row.
 * @internal
 */
export function hasRepeatedId(ids: readonly string[]): boolean {
  let i = 1;
  while (i < ids.length && (ids[i - 1] as string) < (ids[i] as string)) i++;
  if (i >= ids.length) return false;
  const seen = new Set<string>();
  for (const id of ids) {
    const size = seen.size;
    seen.add(id);
    if (seen.size === size) return true;
  }
  return false;
}

/**
 * The rows whose id an earlier row used, each with its `duplicate_id` issue, in row order.
 * @param ids - The ids of the partner rows (records and unclassified), in row order.
 * @param rows - The row index of each id.
 * @internal
 */
export function repeatedIds(ids: readonly string[], rows: readonly number[], locale: ParseText): Map<number, RecordIssue> {
  const firstRow = new Map<string, number>();
  const repeats = new Map<number, RecordIssue>();
  ids.forEach((id, i) => {
    const row = rows[i] as number;
    const first = firstRow.get(id);
    if (first === undefined) firstRow.set(id, row);
    else repeats.set(row, duplicateId(id, row, first, locale));
  });
  return repeats;
}
