/**
 * A table from text to values, in an object without a prototype. The engine looks
 * values up in it for every record: a property lookup is quicker than a `Map`'s, and with
 * no prototype, no text ("constructor", "__proto__") finds anything it was not given.
 * @example lookupTable([['oem', 1]])['constructor'] // undefined
 * @internal
 */
export function lookupTable<V>(entries: Iterable<readonly [string, V]>): Readonly<Record<string, V | undefined>> {
  const table = Object.create(null) as Record<string, V | undefined>;
  for (const [key, value] of entries) table[key] = value;
  return table;
}
