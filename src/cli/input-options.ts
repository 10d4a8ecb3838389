import type { Vocabulary } from '../crosswalk/types.js';
import type { ColumnMapping } from '../schema/match-columns.js';
import { isPartnerRecordField, partnerRecordFields } from '../schema/record-fields.js';
import type { ParsedArgs } from './args.js';
import { CliError } from './cli-error.js';
import type { Language } from './cli-locale.js';
import { type InputFormat, parseFormat } from './input.js';
import { suggestName } from './suggest-name.js';
import type { CliText, CommandName } from './text/types.js';
import { vocabularyOption } from './vocabulary-option.js';

/** The one file a command reads, or `-` for standard input. */
export function fileArgument(args: ParsedArgs, command: string, text: CliText): string {
  const [file, ...extra] = args.positionals;
  if (file === undefined || file === '') throw new CliError(text.missingFile({ command }));
  if (extra.length > 0) throw new CliError(text.extraArguments({ command, extra }));
  return file;
}

/** The input format from `--format` or `--input-format`, when given. */
export function formatOption(
  args: ParsedArgs,
  names: readonly string[],
  text: CliText,
): { readonly format: InputFormat; readonly delimiter?: string } | undefined {
  for (const name of names) {
    const value = args.string(name);
    if (value !== undefined) return parseFormat(value, `--${name}`, text);
  }
  return undefined;
}

const mappable: readonly string[] = [...partnerRecordFields, 'custom'];

/**
 * `--map "Segment=tier,Type=category"` (repeatable) as the `columns` option of the record
 * reader; `Type=custom` keeps a header that looks like a field as a custom column. A
 * header may itself hold `=`: the last one separates it from the field.
 * @throws CliError for an entry without `=`, a field that is not a record field, or two
 *   headers mapped to one field.
 * @example columnMap(['Segment=tier,Type=category'], en) // { Segment: 'tier', Type: 'category' }
 */
export function columnMap(entries: readonly string[], text: CliText): ColumnMapping | undefined {
  if (entries.length === 0) return undefined;
  const columns: Record<string, string> = {};
  for (const entry of entries.flatMap((e) => e.split(','))) {
    if (entry.trim() === '') continue;
    const at = entry.lastIndexOf('=');
    if (at <= 0) throw new CliError(text.badMapEntry({ entry }));
    const header = entry.slice(0, at).trim();
    const field = entry.slice(at + 1).trim();
    if (field !== 'custom' && !isPartnerRecordField(field)) {
      const suggestion = suggestName(field, mappable);
      throw new CliError(text.badMapField({ header, field, fields: mappable, suggestion }));
    }
    const other = Object.keys(columns).find((h) => h !== header && columns[h] === field && field !== 'custom');
    if (other !== undefined) throw new CliError(text.mapFieldTwice({ field, headers: [other, header] }));
    // Defined, not assigned: a header named "__proto__" must stay a key.
    Object.defineProperty(columns, header, { value: field, enumerable: true, writable: true, configurable: true });
  }
  return columns as ColumnMapping;
}

/** `--delimiter`: one character; `\t` and `tab` mean a tab. */
export function delimiterOption(value: string | undefined, text: CliText): string | undefined {
  if (value === undefined) return undefined;
  const delimiter = value === '\\t' || value.toLowerCase() === 'tab' ? '\t' : value;
  if ([...delimiter].length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
    throw new CliError(text.badDelimiter({ delimiter: value }));
  }
  return delimiter;
}

/** What a command that reads partner rows was told about them. */
export interface RowOptions {
  /** The file, or `-` for standard input. */
  readonly file: string;
  /** `--map`. */
  readonly columns: ColumnMapping | undefined;
  /** `--vocabulary`, loaded. */
  readonly vocabulary: Vocabulary | undefined;
  /** `--delimiter`. */
  readonly delimiter: string | undefined;
}

/**
 * The file and the options every command that reads partner rows takes, checked before
 * the file is opened.
 * @throws CliError for a missing file argument or a bad `--map`, `--vocabulary` or `--delimiter`.
 * @example const { file, columns, vocabulary, delimiter } = await rowOptions(args, 'validate', language);
 */
export async function rowOptions(args: ParsedArgs, command: CommandName, language: Language): Promise<RowOptions> {
  const { text } = language;
  return {
    file: fileArgument(args, command, text),
    columns: columnMap(args.strings('map'), text),
    vocabulary: await vocabularyOption(args.string('vocabulary'), language),
    delimiter: delimiterOption(args.string('delimiter'), text),
  };
}
