import { closest } from './suggest.js';
import { createTextIndex, lazy, memoize } from './text-index.js';

/**
 * Resolves free text to one of a fixed set of ids, and suggests the nearest id for a
 * near miss. Shared by the option, function, subtype and unit resolvers.
 * @internal
 */
export interface NameResolver<V extends string> {
  readonly resolve: (text: string) => V | undefined;
  readonly suggest: (text: string) => V | undefined;
}

/** @internal */
export function createNameResolver<V extends string>(
  ids: readonly V[],
  names: () => Iterable<readonly [string, V]>,
): NameResolver<V> {
  const idSet: ReadonlySet<string> = new Set(ids);
  const index = lazy(() => createTextIndex<V>([...ids.map((id) => [id, id] as const), ...names()]));
  return {
    resolve: (text) => {
      if (typeof text !== 'string') return undefined;
      return idSet.has(text) ? (text as V) : index().get(text);
    },
    suggest: memoize((text: string) => (typeof text === 'string' ? closest(text, index().keys()) : undefined)),
  };
}
