import { enValueKinds } from './en-value-kinds.js';
import type { Locale } from './types.js';

/**
 * The English text of vocabulary files: the problems `parseVocabulary` reports, the
 * label and rationale a vocabulary value gets in generated docs, and the rationales of a
 * draft. The default of `parseVocabulary` and `draftVocabulary`.
 * @example enVocabularyText.vocabularyProblems.unlistedValue({ value: 'Partner' }) // "'Partner' is mapped but not listed in values"
 * @internal
 */
export const enVocabularyText: Pick<Locale, 'valueKinds' | 'vocabularyProblems' | 'vocabularyLabel' | 'vocabularyRationale' | 'draftRationales'> = /* @__PURE__ */ Object.freeze({
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
  draftRationales: {
    category: ({ category, projectReading }) => `Read as ${category} (${projectReading ? 'a reading of this package' : 'the taxonomy’s own name'}).`,
    functionOnly: ({ function: fn }) => `Names the ${fn} function, not one of its categories.`,
    ambiguous: ({ candidates }) => `Ambiguous: may be ${candidates.join(' or ')}. Decide the category, or keep it unclassified.`,
    generic: () => 'A partner of no single category. Decide the category, or keep it unclassified.',
    unknown: () =>
      "Not known. Decide: a category (relation 'exact' and a target), 'unclassified' (a partner of no stated category) or 'none' (not a partner).",
    asIn: ({ label, rationale }) => (rationale === '' ? `As in ${label}.` : `As in ${label}: ${rationale}`),
  },
});
