import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { en as locale } from '../locales/en.js';
import type { Input } from './input.js';
import { readRows, type SourceRow } from './read-rows.js';
import { en as text } from './text/en.js';

// Cells as CRM exports hold them: text with the characters CSV must quote (the delimiter,
// quotes, line breaks of either kind), spaces and letters beyond ASCII.
const cell = fc.string({ unit: fc.constantFrom('a', 'Ö', ' ', ',', '"', '\r', '\n', '\r\n', '€'), maxLength: 8 });

// RFC 4180, as a spreadsheet writes it: a cell is quoted when it holds a quote, the
// delimiter or a line break, and a quote in it is doubled. Not the package's own `csvCell`,
// which also neutralises formulas (a cell that starts with "\r" gets a "'"), and which
// the reader should not be checked against.
const csvCell = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

interface Table {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** The line end after each line (header first): CRLF and LF mixed, as in a CRLF export with LF rows added. */
  readonly ends: readonly string[];
  /** Whether the last line ends with its line end. */
  readonly endsWithBreak: boolean;
}

// A row's last cell that ends in a bare "\r" loses it: once papaparse has read the cell,
// a "\r" it held cannot be told from the "\r" of a CRLF line end. So no cell ends so here.
const keepLastCr = (value: string): string => (value.endsWith('\r') ? `${value}a` : value);

// Tables whose lines end with `end`: CRLF and LF mixed, or CR alone as Excel for Mac's
// "Macintosh" CSV writes them.
const table = (end: fc.Arbitrary<string>): fc.Arbitrary<Table> => fc.integer({ min: 1, max: 4 }).chain((width) =>
  fc.record({
    header: fc.constant(Array.from({ length: width }, (_, i) => `h${i}`)),
    // The first cell names the row, so no row is blank (blank rows are skipped by design).
    rows: fc.array(fc.tuple(fc.nat(99), fc.array(cell, { minLength: width - 1, maxLength: width - 1 })), { minLength: 1, maxLength: 12 })
      .map((rows) => rows.map(([n, rest]) => [`r${n}`, ...rest].map(keepLastCr))),
    ends: fc.array(end, { minLength: 13, maxLength: 13 }),
    endsWithBreak: fc.boolean(),
  }),
);

function fileOf({ header, rows, ends, endsWithBreak }: Table): string {
  const lines = [header, ...rows].map((cells) => cells.map(csvCell).join(','));
  return lines.map((line, i) => (i < lines.length - 1 || endsWithBreak ? `${line}${ends[i]}` : line)).join('');
}

// The file's bytes in pieces cut at the given places, through multi-byte characters too.
function inputOf(bytes: Buffer, cuts: readonly number[]): Input {
  const bounds = [0, ...new Set(cuts.map((c) => c % (bytes.length + 1))), bytes.length].sort((a, b) => a - b);
  const pieces = bounds.slice(1).map((end, i) => bytes.subarray(bounds[i], end));
  return {
    name: 'export.csv',
    format: 'csv',
    delimiter: ',',
    encoding: 'utf-8',
    notice: undefined,
    chunks: (async function* chunks() {
      for (const piece of pieces) yield piece;
    })(),
  };
}

async function read(input: Input): Promise<SourceRow[]> {
  const out: SourceRow[] = [];
  for await (const batch of readRows(input, { text, locale })) out.push(...batch);
  return out;
}

describe('readRows on CSV (property)', () => {
  it.each([
    ['CRLF and LF mixed', fc.constantFrom('\r\n', '\n'), '\n'],
    ['CR alone', fc.constant('\r'), '\r'],
  ])('gives back every row with its cells as written and the line it starts on: %s, any pieces', async (_, end, newline) => {
    await fc.assert(
      fc.asyncProperty(table(end), fc.array(fc.nat(), { maxLength: 6 }), async (t, cuts) => {
        const file = fileOf(t);
        const rows = await read(inputOf(Buffer.from(file, 'utf8'), cuts));
        // A row starts on the line after the line breaks before it: every line break,
        // whether it ends a line or sits in a quoted cell.
        const starts: number[] = [];
        let line = 1;
        [t.header, ...t.rows].forEach((cells, i) => {
          if (i > 0) starts.push(line);
          line += cells.join('').split(newline).length;
        });
        expect(rows.map((r) => r.place)).toEqual(starts.map((l) => ({ line: l })));
        expect(rows.map((r) => ('row' in r ? r.row : r.problem))).toEqual(t.rows.map((cells) => Object.fromEntries(t.header.map((h, i) => [h, cells[i]]))));
      }),
      { numRuns: 300 },
    );
  });
});
