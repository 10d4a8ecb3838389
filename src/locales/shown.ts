/**
 * A value as messages quote it: long values (a pasted paragraph, a whole file in one cell)
 * are cut to their start, so a message stays one readable line. The full value stays in
 * the issue's `received`.
 * @internal
 */
export function shown(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
