import type { CliText, CommandHelp, CommandName } from './text/types.js';

/** The order commands are listed in. */
export const commandNames: readonly CommandName[] = ['validate', 'recommend', 'inventory', 'map', 'lookup', 'docs'];

const table = (rows: readonly (readonly [string, string])[]): string[] => {
  const width = Math.max(...rows.map(([name]) => name.length));
  return rows.map(([name, description]) => `  ${name.padEnd(width)}  ${description}`);
};

const examples = (rows: readonly (readonly [string, string])[]): string[] =>
  rows.flatMap(([command, comment]) => [`  # ${comment}`, `  ${command}`]);

/**
 * The help of the whole CLI: the commands, the common options, the exit codes.
 * @example process.stdout.write(mainHelp(en, '1.0.0'));
 */
export function mainHelp(text: CliText, version: string): string {
  const { help } = text;
  return [
    `partner-taxonomy ${version}`,
    '',
    help.intro,
    '',
    `${help.usageHeading}:`,
    '  partner-taxonomy <command> [options]',
    '',
    `${help.commands}:`,
    ...table(commandNames.map((name) => [name, text.commands[name].summary])),
    '',
    `${help.common}:`,
    ...table([...text.commonOptions, ['--version', help.version]]),
    '',
    `${help.examplesHeading}:`,
    ...examples(commandNames.slice(0, 3).map((name) => text.commands[name].examples[0] ?? ['', ''])),
    '',
    ...help.exitCodes,
    '',
    help.more,
    '',
  ].join('\n');
}

/**
 * The help of one command: usage, details, options and examples.
 * @example commandHelp('validate', sv).startsWith('partner-taxonomy validate: ') // true
 */
export function commandHelp(name: CommandName, text: CliText): string {
  const command: CommandHelp = text.commands[name];
  const { help } = text;
  return [
    `partner-taxonomy ${name}: ${command.summary}`,
    '',
    `${help.usageHeading}:`,
    `  ${command.usage}`,
    '',
    ...command.details.flatMap((paragraph) => [paragraph, '']),
    `${help.optionsHeading}:`,
    ...table([...command.options, ...text.commonOptions]),
    '',
    `${help.examplesHeading}:`,
    ...examples(command.examples),
    '',
  ].join('\n');
}
