import { en } from '../locales/en.js';
import { sv } from '../locales/sv.js';
import type { Locale } from '../locales/types.js';
import { CliError } from './cli-error.js';
import { en as enText } from './text/en.js';
import { sv as svText } from './text/sv.js';
import type { CliText } from './text/types.js';

/** A language: the library's locale (issue messages, labels, reports) and the CLI's text. */
export interface Language {
  readonly locale: Locale;
  readonly text: CliText;
}

const languages: Readonly<Record<string, Language>> = {
  en: { locale: en, text: enText },
  sv: { locale: sv, text: svText },
};

/** The `--locale` values, for messages. */
export const localeCodes: readonly string[] = Object.keys(languages);

/**
 * The language for `--locale`: English by default. A region is ignored (`sv-SE` is
 * Swedish), since the texts do not vary by region.
 * @throws CliError, in English, for a language we do not have.
 * @example chooseLanguage('sv-SE').text.code // 'sv'
 */
export function chooseLanguage(code: string | undefined): Language {
  if (code === undefined) return languages['en'] as Language;
  const language = languages[code.toLowerCase().split(/[-_]/)[0] ?? ''];
  if (language === undefined) throw new CliError(enText.unknownLocale({ locale: code, locales: localeCodes }));
  return language;
}
