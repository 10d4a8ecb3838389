// Shared by the taxonomy CSV and the command line's CSV output, so both quote and
// neutralise formulas alike.
/**
 * One value as a CSV cell (RFC 4180: quoted when it holds a quote, the delimiter or a line break,
 * quotes doubled). Text that starts with `=`, `+`, `-`, `@`, tab or carriage return gets
 * a leading `'`, the OWASP advice against formula injection: a spreadsheet would
 * otherwise run `=HYPERLINK(…)` from a partner's name as a formula. Numbers and booleans
 * from JSON are written as they are; they cannot carry a formula.
 * @example csvCell('=1+1') // "'=1+1"
 * @example csvCell('Acme, Inc.') // '"Acme, Inc."'
 * @internal
 */
export function csvCell(value: unknown, delimiter = ','): string {
  return cell(value, quoted(delimiter));
}

// `needsQuotes` is the delimiter's pattern, looked up once a line rather than once a cell.
function cell(value: unknown, needsQuotes: RegExp): string {
  if (value === undefined || value === null || value === '') return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  let text = typeof value === 'string' ? value : JSON.stringify(value);
  if (formula.test(text)) text = `'${text}`;
  return needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const formula = /^[=+\-@\t\r]/;
// One pattern a delimiter, made once: a cell is quoted when it holds a quote, a line
// break or the delimiter.
const patterns = /* @__PURE__ */ new Map<string, RegExp>();
function quoted(delimiter: string): RegExp {
  let pattern = patterns.get(delimiter);
  if (pattern === undefined) {
    pattern = new RegExp(`["\\r\\n${delimiter.replace(/[\\\]^-]/g, '\\$&')}]`);
    patterns.set(delimiter, pattern);
  }
  return pattern;
}

/**
 * A row of cells as one CSV line, with the CRLF that RFC 4180 and Excel expect; the
 * delimiter is a comma unless given (a semicolon for Swedish Excel).
 * @internal
 */
export function csvLine(values: readonly unknown[], delimiter = ','): string {
  const needsQuotes = quoted(delimiter);
  const cells: string[] = [];
  for (let i = 0; i < values.length; i++) cells.push(cell(values[i], needsQuotes));
  return `${cells.join(delimiter)}\r\n`;
}
