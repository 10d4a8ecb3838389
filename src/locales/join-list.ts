/**
 * Items as a sentence lists them: "a", "a or b", "a, b or c", with the language's word
 * for the last link ("or", "eller", "och"). Every locale lists with it.
 * @example joinList(['isv-ihv', 'platform', 'interoperability'], 'or') // 'isv-ihv, platform or interoperability'
 * @internal
 */
export function joinList(items: readonly string[], conjunction: string): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/**
 * Values quoted as messages quote them, in a list: "'a', 'b' or 'c'".
 * @example quoteList(['Gold', 'Silver'], 'or') // "'Gold' or 'Silver'"
 * @internal
 */
export function quoteList(values: readonly string[], conjunction: string): string {
  return joinList(
    values.map((v) => `'${v}'`),
    conjunction,
  );
}
