/**
 * Shortens text to at most `max` characters, ending in "…" when it was cut. Counts code
 * points, so a cut never splits a character such as an emoji in two.
 * @param text - Any text, e.g. a unit name from the records.
 * @param max - The most characters to keep, the ellipsis included; 40 by default.
 * @returns The text itself when short enough, else its start and "…".
 * @example shorten('EMEA, APAC and Americas partner office', 20) // 'EMEA, APAC and Amer…'
 * @category Render
 * @internal
 */
export function shorten(text: string, max = 40): string {
  if (text.length <= max) return text;
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
