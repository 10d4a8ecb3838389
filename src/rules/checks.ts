/**
 * What an operator's test compiles to: a comparison with a number, a list of texts, or,
 * for anything else, the operator's own predicate. Every check has the same fields, so
 * `holds` evaluates the common ones inline rather than through a call to a closure per
 * test: 0.82–0.85x the time of `recommend` and `decide` on the bench's 50 user rules (see
 * docs/benchmarks.md). Each operator says in the operator table which check it compiles
 * to; a kind that `holds` does not handle does not compile.
 * @internal
 */
export interface Check {
  readonly kind: Comparison | 'oneOf' | 'test';
  /** The number compared with (`greater` … `atMost`). */
  readonly bound: number;
  /** The texts one of which the value is, a number by its text (`oneOf`). */
  readonly texts: readonly string[];
  /** The predicate (`test`). */
  readonly test: (value: unknown) => boolean;
}

/**
 * The comparisons with a number: `>`, `>=`, `<` and `<=`.
 * @example const comparison: Comparison = 'atMost'; // `lte`
 * @internal
 */
export type Comparison = 'greater' | 'atLeast' | 'less' | 'atMost';

const noTexts: readonly string[] = Object.freeze([]);
const noTest = (): boolean => false;

/**
 * A comparison of a value read as a number (`NaN`, which no comparison holds for, when it
 * is none) with `bound`.
 * @example holds(compare('atLeast', 5), 5) // true
 * @internal
 */
export const compare = (kind: Comparison, bound: number): Check => ({ kind, bound, texts: noTexts, test: noTest });

/**
 * The value is one of `texts`, or a number whose text is.
 * @example holds(oneOf(['Gold', '1']), 1) // true
 * @internal
 */
export const oneOf = (texts: readonly string[]): Check => ({ kind: 'oneOf', bound: 0, texts, test: noTest });

/**
 * The value passes `test`.
 * @example holds(predicate((value) => value === null), null) // true
 * @internal
 */
export const predicate = (test: (value: unknown) => boolean): Check => ({ kind: 'test', bound: 0, texts: noTexts, test });

/**
 * Whether a value passes a check. Given `null` for a value the record does not have.
 * @example holds(oneOf(['Gold']), 'Silver') // false
 * @internal
 */
export function holds(check: Check, value: unknown): boolean {
  switch (check.kind) {
    case 'greater':
      return (value as number) > check.bound;
    case 'atLeast':
      return (value as number) >= check.bound;
    case 'less':
      return (value as number) < check.bound;
    case 'atMost':
      return (value as number) <= check.bound;
    case 'oneOf': {
      const { texts } = check;
      // One text (an `equals`) compared at once: a loop of one took 1.1x the time of
      // recommend on the bench's 50 user rules.
      if (texts.length === 1) return value === texts[0] || (typeof value === 'number' && String(value) === texts[0]);
      const text = typeof value === 'number' ? String(value) : value;
      for (let i = 0; i < texts.length; i++) if (texts[i] === text) return true;
      return false;
    }
    case 'test':
      return check.test(value);
  }
}
