import { enValueKinds } from './en-value-kinds.js';
import type { Locale } from './types.js';

/**
 * The English text of vocabulary files: the problems `parseVocabulary` reports, and the
 * label and rationale a vocabulary value gets in generated docs. The default of
 * `parseVocabulary`.
 * @example enVocabularyText.vocabularyProblems.unlistedValue({ value: 'Partner' }) // "'Partner' is mapped but not listed in values"
 * @internal
 */
export const enVocabularyText: Pick<Locale, 'valueKinds' | 'vocabularyProblems' | 'vocabularyLabel' | 'vocabularyRationale'> = /* @__PURE__ */ Object.freeze({
  valueKinds: enValueKinds,
  vocabularyProblems: {
    shape: ({ expected }) => (expected === undefined ? 'not a valid value' : `expected ${expected}`),
    unknownTarget: ({ id, kind }) => `'${id}' is not a partner ${kind}`,
    targetForNone: ({ relation }) => `a mapping with relation '${relation}' takes no target`,
    candidatesForNone: () => "a mapping with relation 'none' is no partner and takes no candidates",
    missingTarget: ({ relation }) => `a mapping with relation '${relation}' needs a target`,
    duplicateValue: ({ value, firstIndex }) => `'${value}' is already listed at values[${firstIndex}]`,
    unmappedValue: ({ value }) => `'${value}' has no mapping; map it, or map it to 'none' if it is not a partner`,
    unlistedValue: ({ value }) => `'${value}' is mapped but not listed in values`,
  },
  // The shipped vocabularies' own words and rationales are English.
  vocabularyLabel: ({ own }) => own,
  vocabularyRationale: ({ own }) => own,
});
