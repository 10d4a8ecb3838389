import type { RowSink } from './check-rows.js';
import { say } from './command.js';
import type { Progress } from './progress.js';
import type { CliText } from './text/types.js';

/**
 * A sink that prints each problem as one line for people: errors as they are, warnings
 * and unclassified partners with a word in front. Skipped rows get no line each (a full
 * CRM export may hold thousands of customers); they are summed up after the rows. Advice
 * about the input goes to standard error.
 * @param write - Where the lines go (standard output for `validate`, standard error for commands whose result is elsewhere).
 * @example const sink = lineSink((line) => out.add(`${line}\n`), text, progress);
 */
export function lineSink(write: (line: string) => void, text: CliText, progress: Progress): RowSink {
  return {
    entry: (type, line) => {
      if (type === 'skipped') return;
      write(type === 'error' ? line : `${type === 'warning' ? text.warning : text.unclassified}: ${line}`);
    },
    notice: (message) => {
      progress.clear();
      say(message);
    },
  };
}
