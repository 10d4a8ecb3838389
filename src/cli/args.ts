import { parseArgs } from 'node:util';
import { CliError } from './cli-error.js';
import { suggestName } from './suggest-name.js';
import type { CliText } from './text/types.js';

/** One option a command takes. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly multiple?: boolean;
}

/** A command's options by long name. */
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** The options every command takes. */
export const commonOptions = {
  locale: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpecs;

/** The options of commands that read partner rows. */
export const inputOptions = {
  format: { type: 'string', short: 'f' },
  'input-format': { type: 'string' },
  map: { type: 'string', multiple: true },
  delimiter: { type: 'string' },
  vocabulary: { type: 'string' },
} as const satisfies OptionSpecs;

/** What {@link parseCommandArgs} read. */
export interface ParsedArgs {
  readonly positionals: readonly string[];
  /** The last value of a string option, if given. */
  readonly string: (name: string) => string | undefined;
  /** Every value of a repeatable string option. */
  readonly strings: (name: string) => readonly string[];
  /** Whether a boolean option was given. */
  readonly flag: (name: string) => boolean;
}

/**
 * Parses a command's arguments with `node:util`'s `parseArgs`, leniently, then checks each
 * option itself: the strict mode's errors name no command and suggest nothing, and a
 * person who typed `--fromat` deserves "did you mean --format?".
 * @example parseCommandArgs('validate', ['x.csv', '--json'], { json: { type: 'boolean' } }, en).flag('json') // true
 */
export function parseCommandArgs(command: string, args: readonly string[], specs: OptionSpecs, text: CliText): ParsedArgs {
  const all: OptionSpecs = { ...commonOptions, ...specs };
  const { values, positionals, tokens } = parseArgs({
    args: [...args],
    options: all,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = all[token.name];
    if (spec === undefined) {
      const suggestion = suggestName(token.name, Object.keys(all));
      throw new CliError(
        text.unknownOption({ option: token.rawName, command, suggestion: suggestion === undefined ? undefined : `--${suggestion}` }),
      );
    }
    const option = `--${token.name}`;
    if (spec.type === 'string') {
      // Lenient parsing takes the next argument as the value even when it is an option.
      if (token.value === undefined || (!token.inlineValue && token.value.startsWith('--'))) {
        throw new CliError(text.missingValue({ option, command }));
      }
    } else if (token.value !== undefined) {
      throw new CliError(text.unexpectedValue({ option }));
    }
  }
  const read = (name: string): unknown => (values as Record<string, unknown>)[name];
  return {
    positionals,
    string: (name) => {
      const value = read(name);
      return Array.isArray(value) ? (value.at(-1) as string | undefined) : typeof value === 'string' ? value : undefined;
    },
    strings: (name) => {
      const value = read(name);
      return Array.isArray(value) ? (value as string[]) : typeof value === 'string' ? [value] : [];
    },
    flag: (name) => read(name) === true,
  };
}

/**
 * Finds `--locale` before the arguments are parsed, so that even a mistake in them is
 * reported in the language asked for.
 * @example peekLocale(['validate', 'x.csv', '--locale=sv']) // 'sv'
 */
export function peekLocale(args: readonly string[]): string | undefined {
  let locale: string | undefined;
  args.forEach((arg, i) => {
    if (arg === '--locale') locale = args[i + 1];
    else if (arg.startsWith('--locale=')) locale = arg.slice('--locale='.length);
  });
  return locale;
}
