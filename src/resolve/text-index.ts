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

/** @internal */
export function createTextIndex<V>(entries: Iterable<readonly [string, V]>): TextIndex<V> {
  const map = new Map<string, V>();
  for (const [text, value] of entries) {
    const key = matchKey(text);
    if (key !== '' && !map.has(key)) map.set(key, value);
  }
  return {
    get: (text) => {
      const key = matchKey(text);
      return key === '' ? undefined : map.get(key);
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
