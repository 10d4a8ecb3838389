/**
 * Remembers the index each id was first seen at, for duplicate-id issues. Ids are almost
 * always unique, so the common case is one `Set.add`; the id → index map is only built
 * when a first duplicate turns up (from the ids and indexes kept in order until then),
 * and kept from there on. A `Map` from the start costs a lookup and an insert per row,
 * which was a third of the time `parsePartnerRecords` took on valid rows.
 * @returns `firstIndex(id, index)`: the index `id` was first seen at, or `undefined`
 *   when it is new (and is now remembered at `index`).
 * @internal
 */
export function createFirstIndex(): (id: string, index: number) => number | undefined {
  const seen = new Set<string>();
  const ids: string[] = [];
  const indexes: number[] = [];
  let firstIndexOf: Map<string, number> | undefined;
  return (id, index) => {
    const size = seen.size;
    seen.add(id);
    if (seen.size !== size) {
      if (firstIndexOf === undefined) {
        ids.push(id);
        indexes.push(index);
      } else firstIndexOf.set(id, index);
      return undefined;
    }
    if (firstIndexOf === undefined) {
      firstIndexOf = new Map();
      for (let i = 0; i < ids.length; i++) firstIndexOf.set(ids[i] as string, indexes[i] as number);
      ids.length = 0;
      indexes.length = 0;
    }
    return firstIndexOf.get(id);
  };
}
