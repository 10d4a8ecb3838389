import type { OptionSpecs, ParsedArgs } from './args.js';
import type { Language } from './cli-locale.js';
import type { CommandName } from './text/types.js';

/** One command of the CLI: its options, and what it does. */
export interface Command {
  readonly name: CommandName;
  readonly options: OptionSpecs;
  /** Runs the command; resolves to the exit code. User mistakes throw a `CliError`. */
  readonly run: (args: ParsedArgs, language: Language) => Promise<number>;
}

/**
 * A line on standard error: totals, hints and advice, never the command's result.
 * @example say(text.summary({ file: 'partners.csv', rows: 33, invalid: 3, warnings: 1 }));
 */
export function say(message: string): void {
  process.stderr.write(`${message}\n`);
}
