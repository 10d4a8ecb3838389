/**
 * Flattens an intersection so editors show one object type. Internal: not re-exported.
 * @internal
 */
export type Simplify<T> = { [K in keyof T]: T[K] } & {};
