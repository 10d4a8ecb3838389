import { Readable } from 'node:stream';
import Papa from 'papaparse';
import type { Locale } from '../locales/types.js';
import { parsePartnerRecords } from '../schema/parse-partner-records.js';
import { CliError } from './cli-error.js';
import { decoderFor, type Input } from './input.js';
import type { CliText, Place } from './text/types.js';

/**
 * One row of the input, where it sits, or why that row could not be read at all (an
 * NDJSON line that is not JSON). Rows are `unknown`: the record reader checks them.
 */
export type SourceRow =
  | { readonly place: Place; readonly row: unknown; readonly problem?: undefined }
  | { readonly place: Place; readonly problem: RowProblem };

/** Why a row, or the whole input, holds no rows to check. */
export interface RowProblem {
  /**
   * `invalid_json`: an NDJSON line is not JSON; `not_a_list`: a JSON input is no array;
   * `malformed_quotes`: a CSV cell goes on after its closing quote, so its cells (and
   * perhaps the lines after it) cannot be told apart.
   */
  readonly code: 'invalid_json' | 'not_a_list' | 'malformed_quotes';
  readonly message: string;
}

/** How to read the input's rows. */
export interface ReadRowsOptions {
  /** The CSV delimiter; the one `openInput` found when not given. */
  readonly delimiter?: string | undefined;
  readonly text: CliText;
  /** The language of the library's messages. */
  readonly locale: Locale;
}

/**
 * Reads an input's rows, in batches of the rows at hand: one wait a batch rather than a
 * row, which for a million rows is most of the cost of waiting. CSV and NDJSON stream, so
 * memory does not grow with the file; a JSON array is parsed whole, as JSON has to be.
 * @throws CliError for a file that cannot be read in its format (unclosed quote,
 *   truncated JSON), after the rows before the problem have been yielded.
 * @example for await (const batch of readRows(input, { text: en, locale })) for (const { place, row } of batch) console.log(place, row);
 */
export function readRows(input: Input, options: ReadRowsOptions): AsyncIterable<readonly SourceRow[]> {
  if (input.format === 'csv') return csvRows(input, options.delimiter ?? input.delimiter, options.text);
  if (input.format === 'ndjson') return ndjsonRows(input, options.text);
  return jsonRows(input, options.text, options.locale);
}

// A record this long is a quote that never closes, not a partner: stop instead of
// reading the rest of the file into one field.
const maxRecordSize = 1 << 20;

// How many parsed rows may wait for the reader before the input is paused.
const queueLimit = 1024;

/**
 * CSV rows with papaparse, driven chunk by chunk from the decoded input. Every line of
 * the file comes back as a row (blank ones too), so each row's first line is counted
 * exactly: the lines before it, plus the line breaks inside its quoted cells.
 */
async function* csvRows(input: Input, delimiter: string | undefined, text: CliText): AsyncGenerator<SourceRow[]> {
  const decoder = decoderFor(input);
  let emitted = 0;
  const parts = (async function* decode(): AsyncGenerator<string> {
    for await (const chunk of input.chunks) {
      const part = decoder.decode(chunk);
      emitted += part.length;
      if (part !== '') yield part;
    }
    const rest = decoder.end();
    emitted += rest.length;
    if (rest !== '') yield rest;
  })();
  // Rows break at "\n", in CRLF and LF files alike and in files that mix the two (rows
  // added to a CRLF export by a tool that writes LF): a "\r" before it is dropped from
  // the row's last cell below. Left to guess, papaparse would break a CRLF file only at
  // "\r\n" and read its LF lines into one cell. Old Mac files break lines at "\r" alone.
  const { newline, head } = await lineBreakOf(parts);
  const source = Readable.from(
    (async function* all(): AsyncGenerator<string> {
      yield* head;
      yield* parts;
    })(),
  );

  const queue: string[][] = [];
  // Rows in which a quoted cell goes on after its closing quote: papaparse reads on, so a
  // row may hold what belongs to the next lines.
  const malformed = new Set<string[]>();
  // Set when a quote never closes: reported at the first line not read, once the rows
  // before it are out.
  let unclosed = false;
  let failure: CliError | undefined;
  let ended = false;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    wake?.();
    wake = undefined;
  };
  // The line of the next row.
  let line = 1;
  Papa.parse<string[]>(source, {
    delimiter: delimiter ?? ',',
    newline,
    header: false,
    skipEmptyLines: false,
    chunk: (results, parser) => {
      const missing = results.errors.find((e) => e.code === 'MissingQuotes');
      const rows = missing === undefined ? results.data : results.data.slice(0, missing.row);
      for (const e of results.errors) if (e.code === 'InvalidQuotes' && e.row !== undefined && rows[e.row] !== undefined) malformed.add(rows[e.row] as string[]);
      for (const row of rows) queue.push(row);
      // A quote left open swallows the rest of the file: keep the rows before it.
      if (missing !== undefined || emitted - results.meta.cursor > maxRecordSize) {
        unclosed = true;
        parser.abort();
        source.destroy();
      }
      if (queue.length >= queueLimit) source.pause();
      notify();
    },
    complete: () => {
      ended = true;
      notify();
    },
    error: (error: Error) => {
      failure ??= new CliError(text.cannotRead({ file: input.name, reason: error.message }));
      ended = true;
      notify();
    },
  });

  let header: readonly string[] | undefined;
  for (;;) {
    if (queue.length === 0) {
      if (unclosed) throw new CliError(text.unclosedQuote({ file: input.name, line }));
      if (failure !== undefined) throw failure;
      if (ended) return;
      if (source.isPaused()) source.resume();
      await new Promise<void>((resolve) => (wake = resolve));
      continue;
    }
    const parsed = queue.splice(0);
    if (source.isPaused() && !ended) source.resume();
    const batch: SourceRow[] = [];
    for (const cells of parsed) {
      const at = line;
      // A quoted last cell's "\r" papaparse leaves out; an unquoted one's is still there.
      const last = cells.length - 1;
      if (newline === '\n' && cells[last]?.endsWith('\r') === true) cells[last] = (cells[last] as string).slice(0, -1);
      let blank = true;
      for (const cell of cells) {
        if (blank && cell.trim() !== '') blank = false;
        if (cell.includes(newline)) line += cell.split(newline).length - 1;
      }
      line++;
      if (header === undefined) {
        header = columnNames(cells);
        continue;
      }
      if (malformed.size > 0 && malformed.delete(cells)) {
        batch.push({ place: { line: at }, problem: { code: 'malformed_quotes', message: text.malformedQuotes } });
        continue;
      }
      // A row of empty cells (",,,,") is what spreadsheets write for a blank line.
      if (blank) continue;
      batch.push({ place: { line: at }, row: rowObject(header, cells) });
    }
    if (batch.length > 0) yield batch;
  }
}

// The character that breaks lines, told by the first line break: "\r" only when it stands
// alone. Read from as many parts as it takes (a "\r" that ends a part may be half of a
// "\r\n"), up to a record's most; `head` is the parts read, for the parser to read again.
async function lineBreakOf(parts: AsyncIterator<string>): Promise<{ newline: '\n' | '\r'; head: string[] }> {
  const head: string[] = [];
  let start = '';
  while (start.length <= maxRecordSize) {
    const next = await parts.next();
    if (next.done === true) break;
    head.push(next.value);
    start += next.value;
    const at = start.search(/[\r\n]/);
    if (at >= 0 && at + 1 < start.length) {
      const alone = start[at] === '\r' && start[at + 1] !== '\n';
      return { newline: alone ? '\r' : '\n', head };
    }
  }
  return { newline: start.endsWith('\r') ? '\r' : '\n', head };
}

// The header's names, each kept: a blank header is named by its position, and a repeated
// one gets its position too, so no column is dropped or overwritten.
function columnNames(cells: readonly string[]): string[] {
  const seen = new Set<string>();
  return cells.map((cell, i) => {
    const name = cell.trim() === '' || seen.has(cell) ? `${cell.trim() === '' ? 'column' : cell} (${i + 1})` : cell;
    seen.add(name);
    return name;
  });
}

// A row as an object keyed by the header: cells beyond the header are kept under their
// position, as a blank header's are.
function rowObject(header: readonly string[], cells: readonly string[]): Record<string, string> {
  const row: Record<string, string> = {};
  for (let i = 0; i < cells.length; i++) {
    const key = i < header.length ? (header[i] as string) : `column (${i + 1})`;
    if (key === '__proto__') Object.defineProperty(row, key, { value: cells[i], enumerable: true, writable: true, configurable: true });
    else row[key] = cells[i] as string;
  }
  return row;
}

async function* ndjsonRows(input: Input, text: CliText): AsyncGenerator<SourceRow[]> {
  const decoder = decoderFor(input);
  let rest = '';
  let line = 0;
  const rows = (lines: readonly string[]): SourceRow[] => {
    const batch: SourceRow[] = [];
    for (const raw of lines) {
      line++;
      if (raw.trim() === '') continue;
      try {
        batch.push({ place: { line }, row: JSON.parse(raw) as unknown });
      } catch (error) {
        batch.push({ place: { line }, problem: { code: 'invalid_json', message: text.lineNotJson({ detail: (error as Error).message }) } });
      }
    }
    return batch;
  };
  // A line ends at "\n" (JSON escapes line breaks inside strings); a chunk's last line
  // waits for the next chunk.
  for await (const chunk of input.chunks) {
    const lines = (rest + decoder.decode(chunk)).split('\n');
    rest = lines.pop() ?? '';
    const batch = rows(lines);
    if (batch.length > 0) yield batch;
  }
  const last = rows([rest + decoder.end()]);
  if (last.length > 0) yield last;
}

// A JSON array is in memory already; batches keep the output flowing as it is checked.
const jsonBatch = 1024;

async function* jsonRows(input: Input, text: CliText, locale: Locale): AsyncGenerator<SourceRow[]> {
  const parts: Buffer[] = [];
  for await (const chunk of input.chunks) parts.push(chunk);
  const decoder = decoderFor(input);
  const source = decoder.decode(Buffer.concat(parts)) + decoder.end();
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    throw new CliError(text.badJson({ file: input.name, detail: (error as Error).message }));
  }
  if (!Array.isArray(data)) {
    // Not a list: the library says so in its words, as the one problem of the file.
    const [issue] = parsePartnerRecords(data, { locale }).errors;
    yield [{ place: { index: -1 }, problem: { code: 'not_a_list', message: issue?.message ?? '' } }];
    return;
  }
  for (let start = 0; start < data.length; start += jsonBatch) {
    yield data.slice(start, start + jsonBatch).map((row, i) => ({ place: { index: start + i }, row }));
  }
}
