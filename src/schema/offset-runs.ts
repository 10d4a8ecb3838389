/**
 * A map from an increasing count (a row's index) to an increasing number (its line, or
 * its row) that keeps only where the difference between the two changes: rows mostly come
 * one after the other, so a file of millions of rows needs a few thousand entries here
 * rather than four bytes a row.
 * @internal
 */
export interface OffsetRuns {
  /** Records the number for `index`; indexes are recorded in increasing order. */
  readonly set: (index: number, value: number) => void;
  /** The number recorded for `index` (or the one its run implies); `index + 1` before the first. */
  readonly get: (index: number) => number;
}

/**
 * Creates an empty {@link OffsetRuns}.
 * @example const runs = createOffsetRuns(); runs.set(0, 2); runs.set(1, 5); runs.get(1) // 5
 * @internal
 */
export function createOffsetRuns(): OffsetRuns {
  // From starts[i] on (until the next start), the number is the index + offsets[i].
  const starts: number[] = [];
  const offsets: number[] = [];
  return {
    set: (index, value) => {
      const offset = value - index;
      if (offsets[offsets.length - 1] !== offset) {
        starts.push(index);
        offsets.push(offset);
      }
    },
    get: (index) => {
      // The last change at or before the index.
      let low = 0;
      let high = starts.length - 1;
      let found = -1;
      while (low <= high) {
        const middle = (low + high) >>> 1;
        if ((starts[middle] as number) <= index) {
          found = middle;
          low = middle + 1;
        } else high = middle - 1;
      }
      return index + (found < 0 ? 1 : (offsets[found] as number));
    },
  };
}
