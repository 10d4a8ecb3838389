// Words that carry no meaning for matching: "Platform partner" and "Platform", "Marketing
// & PR" and "Marketing and PR" should meet. Swedish "och" is "and".
const stopwords: ReadonlySet<string> = /* @__PURE__ */ new Set(['partner', 'and', 'och', 'the', 'a', 'an', 'of']);

/**
 * Reduces free text to a matching key: diacritics, case, punctuation and spacing removed,
 * filler words dropped and a plural `s` trimmed, so "Systemintegratörer", "system
 * integrator" and "SYSTEM-INTEGRATORS" can meet. Internal to the resolvers.
 * @internal
 */
export function matchKey(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/);
  let key = '';
  let letters = '';
  for (const word of words) {
    // Dotted acronyms ("E.P.C.", "S.I.") split into single letters: join them back.
    if (word.length === 1) {
      letters += word;
      continue;
    }
    key = append(key, letters);
    letters = '';
    // A trailing plural "s" is trimmed on both sides of every comparison, so "sales" and
    // "sale" become the same key; "ss" endings ("business") are left alone.
    const stem = word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
    key = append(key, stem);
  }
  return append(key, letters);
}

function append(key: string, word: string): string {
  if (word === '' || stopwords.has(word)) return key;
  return key === '' ? word : `${key} ${word}`;
}
