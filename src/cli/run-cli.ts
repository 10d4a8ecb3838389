import { readFileSync } from 'node:fs';
import { en as enLocale } from '../locales/en.js';
import { parseCommandArgs, peekLocale } from './args.js';
import { CliError } from './cli-error.js';
import { chooseLanguage, type Language } from './cli-locale.js';
import type { Command } from './command.js';
import { docsCommand } from './commands/docs.js';
import { inventoryCommand } from './commands/inventory.js';
import { lookupCommand } from './commands/lookup.js';
import { mapCommand } from './commands/map.js';
import { recommendCommand } from './commands/recommend.js';
import { validateCommand } from './commands/validate.js';
import { commandHelp, commandNames, mainHelp } from './help.js';
import { suggestName } from './suggest-name.js';
import { en } from './text/en.js';

const commands: Readonly<Record<string, Command>> = Object.fromEntries(
  [validateCommand, recommendCommand, inventoryCommand, mapCommand, lookupCommand, docsCommand].map((c) => [c.name, c]),
);

/** Exit code for a bug in partner-taxonomy (sysexits' EX_SOFTWARE), never for a user mistake. */
const internalErrorCode = 70;

/**
 * Runs the CLI on its arguments (without `node` and the script) and resolves to the exit
 * code: 0 done, 1 invalid rows (or no match), 2 a usage or file error. A user mistake
 * prints its message, never a stack trace; only a bug does.
 * @example process.exitCode = await runCli(['validate', 'partners.csv', '--locale', 'sv']);
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  let language: Language = { locale: enLocale, text: en };
  try {
    language = chooseLanguage(peekLocale(argv));
    return await dispatch(argv, language);
  } catch (error) {
    const { text } = language;
    if (error instanceof CliError) {
      if (error.message !== '') process.stderr.write(`${[error.message, ...error.details].join('\n')}\n`);
      return error.exitCode;
    }
    process.stderr.write(`${text.internalError}\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return internalErrorCode;
  }
}

async function dispatch(argv: readonly string[], language: Language): Promise<number> {
  const { text } = language;
  // `--locale` may come before the command: `partner-taxonomy --locale sv validate x.csv`.
  if (argv[0] === '--locale' && argv.length > 2) return dispatch([...argv.slice(2), ...argv.slice(0, 2)], language);
  if (argv[0]?.startsWith('--locale=') === true && argv.length > 1) return dispatch([...argv.slice(1), argv[0]], language);
  const [first, ...rest] = argv;
  if (first === undefined) {
    process.stderr.write(mainHelp(text, version()));
    return 2;
  }
  if (first === '--version' || first === '-v') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' ? rest.find((a) => !a.startsWith('-')) : undefined;
    if (topic !== undefined) return dispatch([topic, '--help'], language);
    process.stdout.write(mainHelp(text, version()));
    return 0;
  }
  const command = commands[first];
  if (command === undefined) {
    if (first.startsWith('-')) throw new CliError(`${text.noCommand}\n\n${mainHelp(text, version())}`);
    throw new CliError(text.unknownCommand({ command: first, suggestion: suggestName(first, commandNames) }));
  }
  const args = parseCommandArgs(command.name, rest, command.options, text);
  if (args.flag('help')) {
    process.stdout.write(commandHelp(command.name, text));
    return 0;
  }
  return command.run(args, language);
}

// The version shown is the package's, read when asked: the bin sits in dist/, beside
// the package.json it ships with.
function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '';
  } catch {
    return '';
  }
}
