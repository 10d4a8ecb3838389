import { matchKey } from '../resolve/normalize.js';
import { closest } from '../resolve/suggest.js';

/**
 * The name nearest to a typo ("valdate" → "validate"), with the library's own
 * did-you-mean distance, so commands and options are forgiven the way categories are.
 * @example suggestName('valdate', ['validate', 'recommend']) // 'validate'
 */
export function suggestName(text: string, names: Iterable<string>): string | undefined {
  return closest(text, [...names].map((name) => [matchKey(name), name] as const));
}
