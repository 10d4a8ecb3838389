import type { Locale } from './types.js';

/**
 * The English answers to the article's five diagnostic questions, for `inventory`.
 * @example enFindings.findings.tools({}) // 'Partner records say nothing about the tools …'
 * @internal
 */
export const enFindings: Pick<Locale, 'findings'> = /* @__PURE__ */ Object.freeze({
  findings: {
    coverage: ({ present, total, missing, requiredMissing, unclassified }) =>
      `${present} of ${total} partner categories have partners${missing.length === 0 ? '' : `; none in ${missing.join(', ')}`}.` +
      (requiredMissing === undefined
        ? ' This answers the question only in part: name the categories your current offering portfolio needs (required) to see which of those are missing.'
        : requiredMissing.length === 0
          ? ' Every required category has partners.'
          : ` Required but missing: ${requiredMissing.join(', ')}.`) +
      (unclassified === 0
        ? ''
        : ` ${unclassified.toLocaleString('en')} ${unclassified === 1 ? 'partner has' : 'partners have'} no category, so a category counted as missing may still have partners: classify them to answer this in full.`),
    alignment: ({ shares }) =>
      `Partner records do not say which business strategy each relationship serves, so the data cannot answer this. For the discussion: ${shares.map((s) => `${s.function} ${Math.round(s.share * 100)}%`).join(', ')} of partners by function.`,
    management: ({ assessed, total, mismatches, undecided }) =>
      assessed === 0
        ? `No record says how it is managed today (management), so nothing can be compared with the recommendation.`
        : `${mismatches} of ${assessed} relationships with a known management are managed differently from what is typical for their type${undecided === 0 ? '' : `; ${undecided} of ${total} could not be decided`}.`,
    communication: ({ multiManaged, unowned, units }) =>
      `Partners are managed from ${units} ${units === 1 ? 'place' : 'places'}; ${multiManaged} ${multiManaged === 1 ? 'category is' : 'categories are'} managed in more than one, and ${unowned} ${unowned === 1 ? 'relationship has' : 'relationships have'} no owner. How partner value is communicated to the organisation, the data cannot show.`,
    tools: () => 'Partner records say nothing about the tools used to manage partners, so the data cannot answer this.',
  },
});
