import { deepFreeze } from '../taxonomy/deep-freeze.js';
import type { Locale, TaxonomyText } from './types.js';

/**
 * Makes a frozen {@link Locale} from a language's taxonomy text and the rest of its text.
 *
 * A call rather than `{ ...text, ...rest }` in place, on purpose: a bundler drops an
 * unused call marked pure when its arguments are plain names and literals, but keeps an
 * object spread or a property read, which could run a getter. In the single-file
 * `dist/index.js`, where `sideEffects: false` cannot drop whole modules, a spread in place
 * kept `en` and `sv` in every bundle.
 * @param text - The labels and descriptions of the taxonomy's nodes.
 * @param rest - The language tag, messages and report text.
 * @returns The whole locale, `code` first, then the taxonomy text, then the rest.
 * @example export const en: Locale = composeLocale(enTaxonomyText, { code: 'en', … });
 * @internal
 */
export function composeLocale(text: TaxonomyText, rest: Omit<Locale, keyof TaxonomyText>): Locale {
  const { code, ...messages } = rest;
  return deepFreeze({ code, ...text, ...messages });
}
