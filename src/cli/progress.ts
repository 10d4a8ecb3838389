import type { CliText } from './text/types.js';

/** A progress line on standard error, for long runs in a terminal. */
export interface Progress {
  /** Reports the rows read so far; redraws at most a few times a second. */
  readonly tick: (rows: number) => void;
  /** Removes the line, before other output or at the end. */
  readonly clear: () => void;
}

const none: Progress = { tick: () => {}, clear: () => {} };

// Redrawing on every row would cost more than reading it; every 4096th row the clock is
// read, and the line redrawn when a fifth of a second has passed.
const rowsBetweenChecks = 4096;
const redrawMs = 200;

/**
 * A progress line on standard error when it is a terminal, and nothing otherwise, so
 * logs and pipes never see it.
 * @example const progress = createProgress(en); progress.tick(rows); progress.clear();
 */
export function createProgress(text: CliText, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY !== true) return none;
  let shown = false;
  let last = Date.now();
  return {
    tick: (rows) => {
      if (rows % rowsBetweenChecks !== 0) return;
      const now = Date.now();
      if (now - last < redrawMs) return;
      last = now;
      shown = true;
      stream.write(`\r${text.progress({ rows })}\u001b[K`);
    },
    clear: () => {
      if (!shown) return;
      shown = false;
      stream.write('\r\u001b[K');
    },
  };
}
