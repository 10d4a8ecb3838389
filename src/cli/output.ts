import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { CliError } from './cli-error.js';
import { reason } from './input.js';
import type { CliText } from './text/types.js';

/** Where a command writes its result: a file, or standard output. */
export interface Output {
  /** The file as the user named it, or `undefined` for standard output. */
  readonly file: string | undefined;
  /** Queues text; resolves once the stream can take more, so memory stays bounded. */
  readonly write: (text: string) => Promise<void>;
  /**
   * Queues text without waiting, for a batch of rows: call `ready` after the batch, so
   * the stream's buffer stays bounded.
   */
  readonly add: (text: string) => void;
  /** Writes what is queued once it is a piece worth writing, waiting while the stream is full. */
  readonly ready: () => Promise<void>;
  /** Writes what is queued and, for a file, closes it. */
  readonly close: () => Promise<void>;
}

// Writes are gathered into pieces of about this many characters: one write a row would
// spend more time in the stream machinery than in the rows.
const batchSize = 64 * 1024;

// A file stream holds this much before `write` asks to wait: sixteen batches, so the next
// batch is made while the last is written. At the stream's default (16 kB, less than one
// batch) every batch waited for the disk: 1.3 s idle in `recommend --out` of a million
// rows (docs/benchmarks.md).
const fileBuffer = 16 * batchSize;

/**
 * Opens a file for writing (created or replaced), or standard output when `file` is
 * `undefined`.
 * @param beforeWrite - Runs before each write to a terminal, e.g. to clear a progress line.
 * @throws CliError when the file cannot be created.
 * @example const out = await openOutput('report.md', en); await out.write(markdown); await out.close();
 */
export async function openOutput(file: string | undefined, text: CliText, beforeWrite?: () => void): Promise<Output> {
  let stream: Writable;
  if (file === undefined) {
    stream = process.stdout;
  } else {
    const out = createWriteStream(file, { highWaterMark: fileBuffer });
    try {
      await once(out, 'open');
    } catch (error) {
      throw new CliError(text.cannotWrite({ file, reason: reason(error as NodeJS.ErrnoException, text) }));
    }
    stream = out;
  }
  const toTerminal = file === undefined && process.stdout.isTTY === true;
  let pending: string[] = [];
  let size = 0;
  let failure: Error | undefined;
  stream.on('error', (error: Error) => {
    failure ??= error;
  });

  const flush = async (): Promise<void> => {
    if (failure !== undefined) throw writeError(failure, file, text);
    if (size === 0) return;
    const chunk = pending.join('');
    pending = [];
    size = 0;
    if (toTerminal) beforeWrite?.();
    if (!stream.write(chunk)) await drained(stream);
    if (failure !== undefined) throw writeError(failure, file, text);
  };
  const add = (chunk: string): void => {
    pending.push(chunk);
    size += chunk.length;
  };
  // A terminal shows lines as they come; files and pipes get them in batches.
  const ready = async (): Promise<void> => {
    if (size >= batchSize || (toTerminal && size > 0)) await flush();
  };
  return {
    file,
    add,
    ready,
    write: async (chunk) => {
      add(chunk);
      await ready();
    },
    close: async () => {
      await flush();
      if (file !== undefined) {
        stream.end();
        await once(stream, 'finish').catch(() => undefined);
        if (failure !== undefined) throw writeError(failure, file, text);
      }
    },
  };
}

// 'drain' never comes to a stream that has failed: wait for whichever happens first.
async function drained(stream: Writable): Promise<void> {
  await new Promise<void>((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('error', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('error', done);
    stream.on('close', done);
  });
}

function writeError(error: Error, file: string | undefined, text: CliText): CliError {
  // The reader of a pipe stopped early (`| head`): nothing is wrong, and nothing to say.
  if ((error as NodeJS.ErrnoException).code === 'EPIPE') return new CliError('', { exitCode: 0 });
  return new CliError(text.cannotWrite({ file: file ?? '-', reason: reason(error as NodeJS.ErrnoException, text) }));
}
