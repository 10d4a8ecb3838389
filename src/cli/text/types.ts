/**
 * The command line's own words, one module a language like the library's locales: the
 * messages of the library (issue messages, labels) come from its `en` and `sv`; these are
 * the ones only a terminal needs (usage, help, summaries, file problems).
 */

import type { MatchedBy, PartnerTypeMatch } from '../../resolve/resolve-partner-type.js';

/** Where a row sits in its file: a line (CSV, NDJSON) or an array index (JSON). */
export type Place = { readonly line: number } | { readonly index: number };

/** The help of one command. */
export interface CommandHelp {
  /** One line: what the command does. */
  readonly summary: string;
  /** The usage line, e.g. `partner-taxonomy validate <file|->`. */
  readonly usage: string;
  /** Paragraphs after the usage line. */
  readonly details: readonly string[];
  /** Each option with its description, in the order shown. */
  readonly options: readonly (readonly [string, string])[];
  /** Example command lines, with a comment each. */
  readonly examples: readonly (readonly [string, string])[];
}

/** The names of the commands. */
export type CommandName = 'validate' | 'recommend' | 'inventory' | 'map' | 'lookup' | 'docs';

/** Every text the command line shows, in one language. */
export interface CliText {
  readonly code: string;
  /** The top-level help. */
  readonly help: {
    readonly intro: string;
    readonly commands: string;
    readonly common: string;
    readonly exitCodes: readonly string[];
    readonly more: string;
    readonly optionsHeading: string;
    readonly examplesHeading: string;
    readonly usageHeading: string;
    readonly version: string;
  };
  readonly commands: Readonly<Record<CommandName, CommandHelp>>;
  /** Options every command takes, for the help. */
  readonly commonOptions: readonly (readonly [string, string])[];

  // Usage errors: each says what to do.
  readonly noCommand: string;
  readonly unknownCommand: (p: { readonly command: string; readonly suggestion: string | undefined }) => string;
  readonly unknownOption: (p: { readonly option: string; readonly command: string; readonly suggestion: string | undefined }) => string;
  readonly missingValue: (p: { readonly option: string; readonly command: string }) => string;
  readonly unexpectedValue: (p: { readonly option: string }) => string;
  readonly missingFile: (p: { readonly command: string }) => string;
  readonly extraArguments: (p: { readonly command: string; readonly extra: readonly string[] }) => string;
  readonly missingText: string;
  readonly unknownFormat: (p: { readonly format: string; readonly formats: readonly string[]; readonly option: string }) => string;
  readonly unknownExtension: (p: { readonly file: string; readonly formats: readonly string[] }) => string;
  readonly unknownLocale: (p: { readonly locale: string; readonly locales: readonly string[] }) => string;
  readonly badMapEntry: (p: { readonly entry: string }) => string;
  readonly badMapField: (p: { readonly header: string; readonly field: string; readonly fields: readonly string[]; readonly suggestion: string | undefined }) => string;
  readonly mapFieldTwice: (p: { readonly field: string; readonly headers: readonly string[] }) => string;
  readonly unknownRequired: (p: { readonly value: string; readonly suggestion: string | undefined }) => string;
  readonly badDelimiter: (p: { readonly delimiter: string }) => string;

  // Files.
  readonly fileNotFound: (p: { readonly file: string }) => string;
  readonly notAFile: (p: { readonly file: string }) => string;
  readonly cannotRead: (p: { readonly file: string; readonly reason: string }) => string;
  readonly cannotWrite: (p: { readonly file: string; readonly reason: string }) => string;
  readonly sameFile: (p: { readonly file: string }) => string;
  readonly emptyFile: (p: { readonly file: string }) => string;
  readonly binaryFile: (p: { readonly file: string }) => string;
  readonly notUtf8: (p: { readonly file: string }) => string;
  readonly utf16: (p: { readonly file: string }) => string;
  readonly badJson: (p: { readonly file: string; readonly detail: string }) => string;
  readonly unclosedQuote: (p: { readonly file: string; readonly line: number }) => string;
  readonly badRules: (p: { readonly file: string }) => string;
  readonly badVocabulary: (p: { readonly value: string; readonly known: readonly string[] }) => string;
  readonly stdin: string;
  readonly permissionDenied: string;
  readonly isFolder: string;

  // Rows.
  /** How an issue names its place: `line 5, category (column "Partner Type")`. */
  readonly at: (p: Place & { readonly field?: string; readonly column?: string }) => string;
  readonly lineNotJson: (p: { readonly detail: string }) => string;
  /** A CSV row in which a quoted cell goes on after its closing quote. */
  readonly malformedQuotes: string;
  readonly duplicateIdOnLine: (p: { readonly value: string; readonly line: number }) => string;
  readonly warning: string;
  readonly noColumn: (p: { readonly field: string; readonly headers: readonly string[] }) => string;
  readonly extraKeys: (p: { readonly keys: readonly string[] }) => string;
  /** Every outcome counted, so no row goes unmentioned. */
  readonly summary: (p: {
    readonly file: string;
    readonly rows: number;
    readonly records: number;
    readonly unclassified: number;
    readonly skipped: number;
    readonly invalid: number;
    readonly warnings: number;
  }) => string;
  readonly written: (p: { readonly file: string; readonly rows: number }) => string;
  readonly wroteReport: (p: { readonly file: string; readonly records: number; readonly unclassified: number }) => string;
  /** Follows a `column_choice` warning: how to read one of the other columns instead. */
  readonly mapInstead: (p: { readonly field: string; readonly others: readonly string[] }) => string;
  readonly mapHeaderMissing: (p: { readonly header: string; readonly headers: readonly string[]; readonly suggestion: string | undefined }) => string;
  /** One line per skipped value, after the rows. */
  readonly skippedValue: (p: { readonly count: number; readonly value: string; readonly vocabulary: string; readonly rationale: string }) => string;
  /** Category values that a shipped vocabulary lists: which one to pass. */
  readonly vocabularyHint: (p: { readonly vocabulary: string; readonly rows: number }) => string;
  /** Names an unclassified partner's line, as `warning` names a warning's. */
  readonly unclassified: string;
  readonly wroteFile: (p: { readonly file: string }) => string;
  readonly progress: (p: { readonly rows: number }) => string;

  // map.
  readonly mapColumnMissing: (p: { readonly column: string; readonly headers: readonly string[] }) => string;
  readonly noCategoryColumn: (p: { readonly file: string }) => string;
  readonly mapped: (p: {
    readonly file: string;
    readonly column: string;
    readonly rows: number;
    readonly values: number;
    readonly undecided: number;
    readonly out: string | undefined;
    /** The input to read with the vocabulary once edited; `undefined` for standard input. */
    readonly source: string | undefined;
  }) => string;

  // lookup.
  readonly lookup: {
    readonly noMatch: (p: { readonly text: string; readonly suggestion: string | undefined }) => string;
    readonly matched: (p: {
      readonly text: string;
      readonly id: string;
      readonly label: string;
      readonly by: string;
      readonly source: string;
    }) => string;
    /** A node named in the output: by its label, with its id where the language shows ids. */
    readonly named: (p: { readonly id: string; readonly label: string }) => string;
    /** How the text matched (`MatchedBy`), in words. */
    readonly by: Readonly<Record<MatchedBy, string>>;
    /** Whose reading the match is, in words. */
    readonly sources: Readonly<Record<PartnerTypeMatch['source'], string>>;
    readonly labels: {
      readonly id: string;
      readonly gloss: string;
      readonly label: string;
      readonly function: string;
      readonly group: string;
      readonly subtype: string;
      readonly implied: string;
      readonly description: string;
      readonly alternatives: string;
    };
  };

  // inventory.
  readonly segments: {
    readonly heading: string;
    readonly segment: string;
    readonly partners: string;
    readonly share: string;
  };

  /** For a bug, not a user mistake: the only place a stack trace is shown. */
  readonly internalError: string;
}
