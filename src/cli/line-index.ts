/**
 * Remembers the line each row came from, by row index, so a message about an earlier row
 * ("id already used by row 12") can name its line. Four bytes a row in one typed array:
 * 4 MB for a million rows, where a `Map` would take ten times that.
 */
export interface LineIndex {
  readonly set: (index: number, line: number) => void;
  /** The row's line, or `index + 1` for a row never set. */
  readonly get: (index: number) => number;
}

/**
 * Creates an empty {@link LineIndex}.
 * @example const lines = createLineIndex(); lines.set(0, 2); lines.get(0) // 2
 */
export function createLineIndex(): LineIndex {
  let lines = new Uint32Array(1024);
  return {
    set: (index, line) => {
      if (index >= lines.length) {
        const grown = new Uint32Array(Math.max(lines.length * 2, index + 1));
        grown.set(lines);
        lines = grown;
      }
      lines[index] = line;
    },
    get: (index) => (index >= 0 && index < lines.length && lines[index] !== 0 ? (lines[index] as number) : index + 1),
  };
}
