/**
 * Reduces a picklist value or a column header to a key that ignores case, accents,
 * spacing and punctuation: "Channel Partner / Reseller" and "channel partner/reseller",
 * "Partner-ID" and "Partner ID" meet. Unlike the resolvers' match key it keeps every word,
 * so "Partner Type" and "Type" stay apart. Letters of any script are kept ("Партнёр" is
 * a key too). The one key for such text: crosswalks, headers, drafts and their
 * translations all meet through it.
 * @internal
 */
export function valueKey(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
