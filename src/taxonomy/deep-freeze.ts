/**
 * A value whose every nested object and array is read-only, as `deepFreeze` makes it.
 * @example
 * ```ts
 * const limits: DeepReadonly<{ tiers: string[] }> = { tiers: ['Gold'] };
 * limits.tiers.push('Silver'); // does not compile: nested arrays are read-only too
 * ```
 * @category Taxonomy
 */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * Freezes a value and everything reachable from it, so that a mutation attempt throws in
 * strict mode. Internal: the taxonomy tables are frozen with it at definition.
 * @internal
 */
export function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) {
      deepFreeze((value as Record<PropertyKey, unknown>)[key]);
    }
  }
  return value as DeepReadonly<T>;
}
