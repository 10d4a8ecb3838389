import type { Locale } from '../locales/types.js';
import { duplicateId } from './duplicate-id.js';
import type { RecordIssue, RecordWarning } from './issues.js';
import type { PartnerRecord } from './partner-record.js';

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
 * Turns every record whose id an earlier row used into a `duplicate_id` issue, in place:
 * the record and its warnings go, the issue joins the errors in row order.
 * @param parsed - The records, errors and warnings of one parse, each in row order.
 * @param rows - The row index of each record.
 * @internal
 */
export function dropRepeatedIds(
  parsed: { readonly records: PartnerRecord[]; readonly errors: RecordIssue[]; readonly warnings: RecordWarning[] },
  rows: readonly number[],
  locale: Locale,
): void {
  const firstRow = new Map<string, number>();
  const dropped = new Set<number>();
  const kept: PartnerRecord[] = [];
  const issues: RecordIssue[] = [];
  parsed.records.forEach((record, i) => {
    const row = rows[i] as number;
    const first = firstRow.get(record.id);
    if (first === undefined) {
      firstRow.set(record.id, row);
      kept.push(record);
    } else {
      dropped.add(row);
      issues.push(duplicateId(record.id, row, first, locale));
    }
  });
  refill(parsed.records, kept);
  // Both lists are in row order and a dropped row has no other issue; the sort is stable.
  refill(parsed.errors, parsed.errors.concat(issues).sort((a, b) => a.index - b.index));
  refill(parsed.warnings, parsed.warnings.filter((w) => !dropped.has(w.index)));
}

// In place, and without spreading: a million items would overflow the call stack.
function refill<T>(list: T[], items: readonly T[]): void {
  list.length = items.length;
  for (let i = 0; i < items.length; i++) list[i] = items[i] as T;
}
