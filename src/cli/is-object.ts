/**
 * Whether a row is an object of cells (not a list, a scalar or null): what the CLI can
 * read headers from.
 * @example isObject({ id: '1' }) // true
 */
export function isObject(value: unknown): value is object {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
