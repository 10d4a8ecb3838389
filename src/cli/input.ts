import { TextDecoder } from 'node:util';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { CliError } from './cli-error.js';
import type { CliText } from './text/types.js';

/** The row formats the CLI reads. */
export const inputFormats = ['csv', 'json', 'ndjson'] as const;

/** A row format the CLI reads. */
export type InputFormat = (typeof inputFormats)[number];

/** An opened input: its format and its bytes, the first of them already read to sniff. */
export interface Input {
  /** The file as the user named it, or "standard input". */
  readonly name: string;
  readonly format: InputFormat;
  /** The CSV delimiter the name implies (tab for `.tsv`), if any. */
  readonly delimiter: string | undefined;
  /** How the bytes are text: UTF-8, UTF-16 (with its byte-order mark) or Windows-1252. */
  readonly encoding: 'utf-8' | 'utf-16le' | 'windows-1252';
  /** Something to tell the user before the rows, such as the encoding guessed. */
  readonly notice: string | undefined;
  /** Every chunk of the input, from the first. Iterate once. */
  readonly chunks: AsyncIterable<Buffer>;
}

const byExtension: Readonly<Record<string, { readonly format: InputFormat; readonly delimiter?: string }>> = {
  '.csv': { format: 'csv' },
  '.tsv': { format: 'csv', delimiter: '\t' },
  '.json': { format: 'json' },
  '.ndjson': { format: 'ndjson' },
  '.jsonl': { format: 'ndjson' },
};

/** Format names accepted by `--format`, with the common aliases. */
export function parseFormat(value: string, option: string, text: CliText): { format: InputFormat; delimiter?: string } {
  const known = byExtension[`.${value.toLowerCase()}`];
  if (known === undefined) throw new CliError(text.unknownFormat({ format: value, formats: inputFormats, option }));
  return known;
}

// Enough to see a byte-order mark, a zip header, NUL bytes or the first JSON character,
// even when a pipe delivers its first bytes in small pieces.
const sniffBytes = 4096;

/**
 * Opens a file, or standard input for `-`, and checks what can be checked before any row
 * is read: that it exists, is a file, has a known format, and is neither empty nor
 * binary. Each failure is a `CliError` whose message says what to do.
 * @param path - The path, or `-`.
 * @param format - `--format`, if given; otherwise the extension decides, and on standard
 *   input the first character does (`[` JSON, `{` NDJSON, anything else CSV).
 * @example const input = await openInput('partners.csv', undefined, en); // { format: 'csv', delimiter: ',', … }
 */
export async function openInput(
  path: string,
  format: { readonly format: InputFormat; readonly delimiter?: string } | undefined,
  text: CliText,
): Promise<Input> {
  const stdin = path === '-';
  const name = stdin ? text.stdin : path;
  let chosen = format ?? (stdin ? undefined : byExtension[extname(path).toLowerCase()]);
  if (!stdin) {
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') throw new CliError(text.fileNotFound({ file: path }));
      throw new CliError(text.cannotRead({ file: path, reason: reason(error, text) }));
    });
    if (info.isDirectory()) throw new CliError(text.notAFile({ file: path }));
    if (chosen === undefined) throw new CliError(text.unknownExtension({ file: path, formats: inputFormats }));
  }

  const stream = stdin ? process.stdin : createReadStream(path);
  const iterator = (stream as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const next = async (): Promise<IteratorResult<Buffer | string>> => {
    try {
      return await iterator.next();
    } catch (error) {
      throw new CliError(text.cannotRead({ file: name, reason: reason(error as NodeJS.ErrnoException, text) }));
    }
  };

  const head: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < sniffBytes) {
    const result = await next();
    if (result.done === true) {
      done = true;
      break;
    }
    const chunk = typeof result.value === 'string' ? Buffer.from(result.value) : result.value;
    head.push(chunk);
    size += chunk.length;
  }
  const start = Buffer.concat(head);
  const utf16 = start[0] === 0xff && start[1] === 0xfe;
  const bom = start[0] === 0xef && start[1] === 0xbb && start[2] === 0xbf ? 3 : utf16 ? 2 : 0;
  if (done && isBlank(start.subarray(bom), utf16)) throw new CliError(text.emptyFile({ file: name }));
  if (isBinary(start, utf16)) {
    void iterator.return?.();
    throw new CliError(text.binaryFile({ file: name }));
  }
  chosen ??= sniffFormat(start.subarray(bom));
  if (utf16 && chosen.format !== 'csv') throw new CliError(text.utf16({ file: name }));

  async function* chunks(): AsyncGenerator<Buffer> {
    try {
      for (const chunk of head) yield* piecesOf(chunk);
      while (!done) {
        const result = await next();
        if (result.done === true) return;
        yield* piecesOf(typeof result.value === 'string' ? Buffer.from(result.value) : result.value);
      }
    } finally {
      if (!done) await iterator.return?.();
    }
  }
  const delimiter = chosen.delimiter ?? (chosen.format === 'csv' ? sniffDelimiter(start.subarray(bom), utf16) : undefined);
  // Excel on Windows saves "CSV" in Windows-1252, not UTF-8: read such a file so (åäö and
  // € included) rather than turn every ä into U+FFFD, and say so.
  const encoding = utf16 ? 'utf-16le' : isUtf8(start) ? 'utf-8' : 'windows-1252';
  const notice = encoding === 'windows-1252' ? text.notUtf8({ file: name }) : undefined;
  return { name, format: chosen.format, delimiter, encoding, notice, chunks: chunks() };
}

// The rows of one piece are read and checked as one batch, so the piece's size is how
// long a row's objects live. In 64 kB pieces (a file stream's chunks) many outlived two
// young-generation collections and moved to the old generation, which then needed a full
// collection every 70 ms or so; in 16 kB pieces they die young (see docs/benchmarks.md).
const pieceSize = 16 * 1024;

function* piecesOf(chunk: Buffer): Generator<Buffer> {
  for (let at = 0; at < chunk.length; at += pieceSize) yield chunk.subarray(at, at + pieceSize);
}

/** The input's text, chunk by chunk: `decode` each chunk in turn, then `end`. */
export interface ChunkDecoder {
  readonly decode: (chunk: Uint8Array) => string;
  /** What a multi-byte character cut off at the end leaves. */
  readonly end: () => string;
}

/**
 * The decoder of the input's bytes, in its encoding: every format reads its text through
 * one, so a file reads the same as CSV, NDJSON or JSON. It drops a byte-order mark.
 * @example const decoder = decoderFor(input); const text = decoder.decode(bytes) + decoder.end();
 */
export function decoderFor(input: Pick<Input, 'encoding'>): ChunkDecoder {
  const decoder = new TextDecoder(input.encoding);
  // Always streaming, even for a whole file: since Node 20.18.3 a one-call decode of
  // windows-1252 takes a Latin-1 shortcut that gets 0x80–0x9F wrong (€ becomes U+0080;
  // nodejs/node#60888), while the streaming path decodes them right.
  return { decode: (chunk) => decoder.decode(chunk, { stream: true }), end: () => decoder.decode() };
}

// Our own heuristic, on the header line only: the separator spreadsheets write that it
// holds most of. A Swedish Excel saves "CSV" with semicolons, since the comma is the
// decimal sign there; headers hold no numbers, so a count on them is a safe vote. The
// CSV parser is then given the delimiter rather than left to guess.
function sniffDelimiter(bytes: Buffer, utf16: boolean): string {
  const text = utf16 ? bytes.toString('utf16le') : bytes.toString('utf8');
  const header = text.trimStart().split(/\r?\n/, 1)[0] ?? '';
  let best = ',';
  let most = 0;
  for (const candidate of [',', ';', '\t']) {
    const count = header.split(candidate).length - 1;
    if (count > most) {
      best = candidate;
      most = count;
    }
  }
  return best;
}

function isUtf8(bytes: Buffer): boolean {
  try {
    // `stream`: the sniffed bytes may end inside a character; that is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function isBlank(bytes: Buffer, utf16: boolean): boolean {
  return (utf16 ? bytes.toString('utf16le') : bytes.toString('utf8')).trim() === '';
}

// A zip (an .xlsx workbook is one) or NUL bytes: text never holds them, except UTF-16,
// which holds NUL in every ASCII character and is recognised by its byte-order mark.
function isBinary(bytes: Buffer, utf16: boolean): boolean {
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return true;
  return !utf16 && bytes.includes(0);
}

function sniffFormat(bytes: Buffer): { format: InputFormat } {
  const first = bytes.toString('utf8').trimStart()[0];
  return { format: first === '[' ? 'json' : first === '{' ? 'ndjson' : 'csv' };
}

/** An operating-system error in words, without the stack. */
export function reason(error: NodeJS.ErrnoException, text: CliText): string {
  if (error.code === 'EACCES' || error.code === 'EPERM') return text.permissionDenied;
  if (error.code === 'EISDIR') return text.isFolder;
  return error.code ?? error.message;
}
