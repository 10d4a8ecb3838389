/**
 * The records to walk: the input when it can be iterated, else none. Batch functions
 * take their records from user code and data, and must answer anything with a result,
 * not a throw.
 * @internal
 */
export function iterableOrEmpty<T>(records: Iterable<T>): Iterable<T> {
  return records !== null && typeof (records as { [Symbol.iterator]?: unknown })?.[Symbol.iterator] === 'function'
    ? records
    : [];
}
