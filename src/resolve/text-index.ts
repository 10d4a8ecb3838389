import { matchKey } from './normalize.js';

/**
 * A lookup from free text to a value by {@link matchKey}. The first entry for a key wins,
 * so callers list entries from most to least authoritative.
 * @internal
 */
export interface TextIndex<V> {
  readonly get: (text: string) => V | undefined;
  readonly keys: () => IterableIterator<[string, V]>;
}

const memoLimit = 4096;

/** @internal */
export function createTextIndex<V>(entries: Iterable<readonly [string, V]>): TextIndex<V> {
  const map = new Map<string, V>();
  for (const [text, value] of entries) {
    const key = matchKey(text);
    if (key !== '' && !map.has(key)) map.set(key, value);
  }
  // CRM columns repeat a handful of values across thousands of rows, so answers are
  // remembered; the cap keeps adversarial input (every value unique) from growing it.
  const memo = new Map<string, V | undefined>();
  return {
    get: (text) => {
      const known = memo.get(text);
      if (known !== undefined || memo.has(text)) return known;
      const key = matchKey(text);
      const value = key === '' ? undefined : map.get(key);
      if (memo.size < memoLimit) memo.set(text, value);
      return value;
    },
    keys: () => map.entries(),
  };
}

/**
 * Builds a value on first use and keeps it: indexes are made when a resolver is first
 * called, not at import, so importing the package costs nothing and stays tree-shakeable.
 * @internal
 */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

/**
 * Remembers a one-argument function's answers, up to a cap: for suggestions, which are
 * costly (edit distance) and asked again for every row that repeats a misspelling.
 * @internal
 */
export function memoize<A, R>(fn: (arg: A) => R, limit = memoLimit): (arg: A) => R {
  const memo = new Map<A, R>();
  return (arg) => {
    // One lookup on a hit; `has` only for an answer that is itself undefined.
    const known = memo.get(arg);
    if (known !== undefined || memo.has(arg)) return known as R;
    const result = fn(arg);
    if (memo.size < limit) memo.set(arg, result);
    return result;
  };
}
