import { shippedVocabularies } from '../crosswalk/shipped-vocabularies.js';
import type { Mapping, Vocabulary } from '../crosswalk/types.js';
import type { Locale } from '../locales/types.js';

// The words of a crosswalk vocabulary in a reference's language. A shipped vocabulary's
// own words and rationales are English, and a locale may render them; a vocabulary or a
// mapping of your own keeps the words you wrote, even under a shipped vocabulary's id.

/**
 * A vocabulary's name (or, with `value`, one of its values') in the locale's language;
 * `undefined` when the locale has none or the vocabulary is your own.
 * @example vocabularyName(sv, hubspotCompanyType) // 'Företagstyp i HubSpot'
 * @internal
 */
export function vocabularyName(locale: Pick<Locale, 'vocabularyLabel'>, vocabulary: Vocabulary, value?: string): string | undefined {
  if (!shippedVocabularies.includes(vocabulary)) return undefined;
  const own = value ?? vocabulary.label;
  return locale.vocabularyLabel({ vocabulary: vocabulary.id, own, ...(value === undefined ? {} : { value }) });
}

/**
 * A mapping's rationale in the locale's language; `undefined` when the locale has none
 * (or an empty one) or the mapping is your own.
 * @example mappingRationale(sv, salesforceAccountType, prospectMapping) // 'En möjlig kund, inte en partner.'
 * @internal
 */
export function mappingRationale(locale: Pick<Locale, 'vocabularyRationale'>, vocabulary: Vocabulary, m: Mapping): string | undefined {
  if (m.source === 'user') return undefined;
  const rationale = locale.vocabularyRationale({ vocabulary: vocabulary.id, value: m.value, own: m.rationale });
  return rationale === '' ? undefined : rationale;
}
