import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream';
import { parse, type Info } from 'csv-parse';
import type { Locale } from '../locales/types.js';
import { parsePartnerRecords } from '../schema/parse-partner-records.js';
import { CliError } from './cli-error.js';
import type { Input } from './input.js';
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
  /** `invalid_json`: an NDJSON line is not JSON; `not_a_list`: a JSON input is no array. */
  readonly code: 'invalid_json' | 'not_a_list';
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
 * Reads an input's rows one at a time. CSV and NDJSON stream, so memory does not grow
 * with the file; a JSON array is parsed whole, as JSON has to be.
 * @throws CliError for a file that cannot be read in its format (unclosed quote,
 *   truncated JSON), after the rows before the problem have been yielded.
 * @example for await (const { place, row } of readRows(input, { text: en, locale })) console.log(place, row);
 */
export function readRows(input: Input, options: ReadRowsOptions): AsyncIterable<SourceRow> {
  if (input.format === 'csv') return csvRows(input, options.delimiter ?? input.delimiter, options.text);
  if (input.format === 'ndjson') return ndjsonRows(input, options.text);
  return jsonRows(input, options.text, options.locale);
}

// A record this long is a quote that never closes, not a partner: stop instead of
// reading the rest of the file into one field.
const maxRecordSize = 1 << 20;

async function* csvRows(input: Input, delimiter: string | undefined, text: CliText): AsyncGenerator<SourceRow> {
  const parser = parse({
    bom: true,
    columns: true,
    skip_empty_lines: true,
    relax_column_count: true,
    // CRM exports put stray quotes inside unquoted cells (12" monitor); keep them as text.
    relax_quotes: true,
    info: true,
    max_record_size: maxRecordSize,
    delimiter: delimiter ?? ',',
    // UTF-16 is found by the parser from its byte-order mark.
    ...(input.encoding === 'latin1' ? { encoding: 'latin1' as const } : {}),
  });
  let failure: unknown;
  pipeline(Readable.from(input.chunks, { objectMode: false }), parser, (error) => {
    failure ??= error;
  });

  // The parser tells, with each record, the line the record ends on, but counts a CRLF
  // inside a quoted cell as two lines (csv-parse 7). A record's first line is its last
  // minus the line breaks in its cells, each CRLF of which is taken off the count once.
  let extraLines = 0;
  try {
    for await (const { record, info } of parsed<{ record: Record<string, string>; info: Info }>(parser)) {
      let breaks = 0;
      let blank = true;
      for (const key in record) {
        const value = record[key] ?? '';
        if (blank && value.trim() !== '') blank = false;
        if (lineBreak.test(value)) {
          breaks += value.split(/\r\n|\r|\n/).length - 1;
          extraLines += value.split('\r\n').length - 1;
        }
      }
      // A row of empty cells (",,,,") is what spreadsheets write for a blank line.
      if (blank) continue;
      yield { place: { line: info.lines - extraLines - breaks }, row: record };
    }
  } catch (error) {
    failure ??= error;
  }
  if (failure !== undefined && failure !== null) throw asCliError(failure, input.name, text);
}

const lineBreak = /[\r\n]/;

// How many parsed records may wait for the reader before the parser is paused.
const queueLimit = 256;

/**
 * A stream's records as an async iterable that, unlike `for await` over the stream,
 * hands out every record emitted before an error: a quote left open at the end of a file
 * must not swallow the rows read before it. Pauses the stream while records wait, so
 * memory stays bounded.
 */
async function* parsed<T>(stream: Readable): AsyncGenerator<T> {
  const queue: T[] = [];
  let error: unknown;
  let ended = false;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    wake?.();
    wake = undefined;
  };
  stream.on('data', (record: T) => {
    queue.push(record);
    if (queue.length >= queueLimit) stream.pause();
    notify();
  });
  stream.on('error', (e: unknown) => {
    error ??= e;
    notify();
  });
  stream.on('end', () => {
    ended = true;
    notify();
  });
  stream.on('close', () => {
    ended = true;
    notify();
  });
  try {
    for (;;) {
      if (queue.length > 0) {
        const batch = queue.splice(0);
        if (stream.isPaused() && !ended) stream.resume();
        yield* batch;
        continue;
      }
      if (error !== undefined) throw error;
      if (ended) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    if (!ended) stream.destroy();
  }
}

function asCliError(error: unknown, file: string, text: CliText): CliError {
  if (error instanceof CliError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new CliError(text.badCsv({ file, detail }));
}

async function* ndjsonRows(input: Input, text: CliText): AsyncGenerator<SourceRow> {
  const lines = createInterface({ input: Readable.from(decoded(input), { objectMode: false }), crlfDelay: Infinity });
  let line = 0;
  for await (const raw of lines) {
    line++;
    const json = line === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (json.trim() === '') continue;
    let row: unknown;
    try {
      row = JSON.parse(json);
    } catch (error) {
      yield { place: { line }, problem: { code: 'invalid_json', message: text.lineNotJson({ detail: (error as Error).message }) } };
      continue;
    }
    yield { place: { line }, row };
  }
}

// Latin-1 is one byte a character, so chunks decode on their own; UTF-8 is left to
// readline, which decodes across chunk boundaries.
async function* decoded(input: Input): AsyncGenerator<Buffer | string> {
  for await (const chunk of input.chunks) yield input.encoding === 'latin1' ? chunk.toString('latin1') : chunk;
}

async function* jsonRows(input: Input, text: CliText, locale: Locale): AsyncGenerator<SourceRow> {
  const parts: Buffer[] = [];
  for await (const chunk of input.chunks) parts.push(chunk);
  const source = Buffer.concat(parts).toString(input.encoding === 'latin1' ? 'latin1' : 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source);
  } catch (error) {
    throw new CliError(text.badJson({ file: input.name, detail: (error as Error).message }));
  }
  if (!Array.isArray(data)) {
    // Not a list: the library says so in its words, as the one problem of the file.
    const [issue] = parsePartnerRecords(data, { locale }).errors;
    yield { place: { index: -1 }, problem: { code: 'not_a_list', message: issue?.message ?? '' } };
    return;
  }
  for (let index = 0; index < data.length; index++) yield { place: { index }, row: data[index] };
}
