import { joinList } from '../../locales/join-list.js';
import type { CliText } from './types.js';

const list = (values: readonly string[]): string => values.join(', ');
const orList = (values: readonly string[]): string => joinList(values, 'or');
const plural = (n: number, one: string, many: string): string => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
const didYouMean = (suggestion: string | undefined): string =>
  suggestion === undefined ? '' : ` Did you mean ${suggestion}?`;

const inputOptions: readonly (readonly [string, string])[] = [
  ['--format csv|json|ndjson', 'The input format, when the file extension does not tell (needed for some pipes).'],
  ['--map "Header=field,…"', 'Read your columns as record fields, e.g. --map "Segment=tier,Type=category"; Header=custom keeps a column as it is. Always wins over the headers recognised.'],
  ['--delimiter <char>', 'The CSV field separator; by default found from the header line (comma, semicolon or tab).'],
  ['--vocabulary <name|file>', 'Read the category column as a CRM names it: salesforce, hubspot, dynamics (their default picklists), motions, roles, or your own JSON file (see map).'],
];

/** English text of the command line. */
export const en: CliText = {
  code: 'en',
  help: {
    intro:
      'partner-taxonomy checks partner lists exported from a CRM against the channel-partner taxonomy, recommends how to manage each partner, and reports on the portfolio.',
    commands: 'Commands',
    common: 'Options for every command',
    exitCodes: [
      'Exit codes: 0 done; 1 some rows are invalid or partners without a category (validate, recommend, inventory), or lookup found nothing;',
      '2 a usage error, or a file that cannot be read (missing, empty, binary, malformed).',
    ],
    more: 'Run partner-taxonomy <command> --help for a command’s options and examples.',
    optionsHeading: 'Options',
    examplesHeading: 'Examples',
    version: 'Show the version.',
    usageHeading: 'Usage',
  },
  commands: {
    validate: {
      summary: 'Check every row of a partner list and print each problem with its line.',
      usage: 'partner-taxonomy validate <file|-> [options]',
      details: [
        'Reads CSV, JSON (an array of rows) or NDJSON (one JSON object a line), chosen by the file extension (.csv, .tsv, .json, .ndjson, .jsonl) or --format; - reads standard input. CSV and NDJSON are read as streams, so files of any size work.',
        'Headers are matched in any case and as Swedish and English spreadsheets and Salesforce, HubSpot and Dynamics 365 exports name them ("Partner Type", "Namn", "Record ID", "Account Owner"); when two could fill one field, the more specific is read and the other kept, with a notice. Use --map for others.',
        'Every row ends in one outcome: a record; a partner without a category (empty, generic such as "Reseller", or ambiguous such as "VAR"), listed with its candidates; a row skipped because the --vocabulary says it is no partner (customers, prospects), summed up at the end; or an invalid row, with its line (CSV, NDJSON) or index (JSON), field and message. The counts of all four go to standard error; the exit code is 0 when every row is a record or skipped.',
      ],
      options: [
        ...inputOptions,
        ['--json', 'Print one JSON document, for scripts: every entry (errors, warnings, partners without a category, skipped rows) and the counts.'],
      ],
      examples: [
        ['partner-taxonomy validate partners.csv', 'check a CRM export'],
        ['partner-taxonomy validate export.csv --map "Segment=tier,Type=category"', 'with your own column names'],
        ['partner-taxonomy validate hubspot-companies.csv --vocabulary hubspot', 'a full HubSpot export: customers and prospects are skipped'],
        ['cat partners.ndjson | partner-taxonomy validate - --json', 'from a pipe, as JSON'],
      ],
    },
    recommend: {
      summary: 'Add to every record how to manage the partner, and why.',
      usage: 'partner-taxonomy recommend <file|-> [--out <file>] [--format csv|json|ndjson] [options]',
      details: [
        'Writes one row for every input row, in input order: the record fields, then your other columns as they came, then outcome (record, unclassified, skipped or invalid). A record also gets recommended (a management option id), reason, and needs (what the rules lack when they cannot decide); the other rows get the problem. Problems are listed on standard error too; the exit code is 1 when any row is unclassified or invalid.',
        'The output format follows --format, else the extension of --out, else the input format. CSV is written with the input’s delimiter (a semicolon for Swedish Excel) unless --delimiter says otherwise; values that start with =, +, - or @ get a leading \' so spreadsheets do not run them as formulas.',
      ],
      options: [
        ['--out <file>', 'Write to a file instead of standard output.'],
        ['--format csv|json|ndjson', 'The output format.'],
        ['--input-format csv|json|ndjson', 'The input format, when the file extension does not tell.'],
        ['--rules <rules.json>', 'Your rules ({ "rules": […] }, see partner-taxonomy/rules.schema.json), added to the default rules; a rule with a default rule’s id replaces it.'],
        ...inputOptions.slice(1),
      ],
      examples: [
        ['partner-taxonomy recommend partners.csv --out recommended.csv', 'CSV in, CSV out'],
        ['partner-taxonomy recommend partners.ndjson --format json > recommended.json', 'NDJSON in, a JSON array out'],
        ['partner-taxonomy recommend partners.csv --rules rules.json --out out.csv', 'with your own rules'],
      ],
    },
    inventory: {
      summary: 'Report which partner types you have and lack, who manages them, and where management differs from what is typical for the type.',
      usage: 'partner-taxonomy inventory <file|-> [--md <file>] [--html <file>] [options]',
      details: [
        'Prints the inventory report as Markdown, or writes it to a file with --md or --html. Partners without a category are counted in the report; invalid and skipped rows are listed on standard error, and the report says how many were left out and why. The exit code is 0 when every row is a record or skipped, 1 when any is unclassified or invalid; the report is written either way.',
      ],
      options: [
        ['--md <file>', 'Write the report as Markdown to a file.'],
        ['--html <file>', 'Write the report as a web page to a file.'],
        ['--json', 'Print the report as JSON, for scripts.'],
        ['--required "<category>,…"', 'The categories the portfolio needs, as ids or names, e.g. "system-integrator,cloud reseller".'],
        ['--rules <rules.json>', 'Your rules and named segments ({ "rules": […], "segments": […] }); segments are counted in the report.'],
        ...inputOptions,
      ],
      examples: [
        ['partner-taxonomy inventory examples/partners.csv', 'the report in the terminal'],
        ['partner-taxonomy inventory partners.csv --html report.html --locale sv', 'a web page, in Swedish'],
        ['partner-taxonomy inventory partners.csv --required "SI,cloud reseller" --rules rules.json', 'with needs and rules'],
      ],
    },
    map: {
      summary: 'Draft a vocabulary from the values of your category column, to edit and read your exports with.',
      usage: 'partner-taxonomy map <file|-> [--column <header>] [--out <file.json>] [options]',
      details: [
        'Lists every distinct value of the category column (the one validate reads as category, or --column) with how many rows hold it, mapped where partner-taxonomy knows the value: a taxonomy name, or a Salesforce, HubSpot or Dynamics 365 default picklist value. Values it does not know are kept as unclassified partners and marked "decide": true.',
        'The JSON is a vocabulary file that --vocabulary takes as it is. Edit the relation and target of the values marked decide (exact and a category, unclassified, or none for values that are no partners), then run validate, recommend or inventory with --vocabulary <file.json>.',
      ],
      options: [
        ['--column <header>', 'The column that holds the partner type, when it is not the one validate would read.'],
        ['--out <file.json>', 'Write the vocabulary to a file instead of standard output.'],
        ...inputOptions,
      ],
      examples: [
        ['partner-taxonomy map export.csv --out our-types.json', 'draft a vocabulary from your picklist'],
        ['partner-taxonomy validate export.csv --vocabulary our-types.json', 'then read the export with it, once edited'],
        ['partner-taxonomy map export.csv --column "Partner Type"', 'a column of your choice'],
      ],
    },
    lookup: {
      summary: 'Show what a partner-type label means: its category and the category’s facts.',
      usage: 'partner-taxonomy lookup <text> [--json]',
      details: [
        'Matches ids, English and Swedish names and acronyms in any case, and never guesses: text that does not match with confidence gets a "did you mean" and exit code 1.',
      ],
      options: [['--json', 'Print the match and the category as JSON.']],
      examples: [
        ['partner-taxonomy lookup VAR', 'an acronym, with its other reading'],
        ['partner-taxonomy lookup "Systemintegratör" --locale sv', 'a Swedish name, answered in Swedish'],
        ['partner-taxonomy lookup ISV --json', 'for scripts'],
      ],
    },
    docs: {
      summary: 'Generate partner-program documentation from the taxonomy.',
      usage: 'partner-taxonomy docs [--format md|mermaid|json-schema|skos|csv] [--out <file>]',
      details: [
        'md: the taxonomy reference in Markdown (the default); mermaid: a diagram of functions and categories; json-schema: the JSON Schema of a partner record; skos: the taxonomy as SKOS in JSON-LD, with the labels of every language, --locale first; csv: one row per category.',
      ],
      options: [
        ['--format <format>', 'md, mermaid, json-schema, skos or csv.'],
        ['--out <file>', 'Write to a file instead of standard output.'],
      ],
      examples: [
        ['partner-taxonomy docs --format md --out taxonomy.md', 'the reference for a wiki'],
        ['partner-taxonomy docs --format mermaid --locale sv', 'a diagram with Swedish labels'],
        ['partner-taxonomy docs --format skos --out taxonomy.jsonld', 'for a thesaurus tool'],
      ],
    },
  },
  commonOptions: [
    ['--locale en|sv', 'The language of messages and reports (English by default).'],
    ['-h, --help', 'Show help.'],
  ],

  noCommand: 'Say what to do: partner-taxonomy <command> …, for example partner-taxonomy validate partners.csv.',
  unknownCommand: ({ command, suggestion }) =>
    `'${command}' is not a command.${didYouMean(suggestion)} The commands are validate, recommend, inventory, lookup and docs; run partner-taxonomy --help.`,
  unknownOption: ({ option, command, suggestion }) =>
    `${command} has no option ${option}.${didYouMean(suggestion)} Run partner-taxonomy ${command} --help for its options.`,
  missingValue: ({ option, command }) => `${option} needs a value, e.g. ${option} <value>. Run partner-taxonomy ${command} --help.`,
  unexpectedValue: ({ option }) => `${option} takes no value; write it alone.`,
  missingFile: ({ command }) =>
    `${command} needs a file: partner-taxonomy ${command} partners.csv (or - to read standard input).`,
  extraArguments: ({ command, extra }) =>
    `${command} reads one file, but was also given ${list(extra.map((e) => `'${e}'`))}. Quote a file name with spaces.`,
  missingText: 'lookup needs the text to look up, e.g. partner-taxonomy lookup "Partner Type value".',
  unknownFormat: ({ format, formats, option }) => `'${format}' is not a format ${option} knows; use ${orList(formats)}.`,
  unknownExtension: ({ file, formats }) =>
    `Cannot tell the format of ${file} from its name. Pass --format ${formats.join('|')}, or save a spreadsheet as CSV (UTF-8).`,
  unknownLocale: ({ locale, locales }) => `'${locale}' is not a language partner-taxonomy speaks; use --locale ${orList(locales)}.`,
  badMapEntry: ({ entry }) => `--map takes Header=field pairs separated by commas, e.g. --map "Segment=tier,Type=category"; '${entry}' has no =.`,
  badMapField: ({ header, field, fields, suggestion }) =>
    `--map ${header}=${field}: '${field}' is not a record field.${didYouMean(suggestion)} The fields are ${list(fields)}.`,
  mapFieldTwice: ({ field, headers }) =>
    `--map reads ${field} from both ${list(headers.map((h) => `"${h}"`))}; map one header to each field (and another to custom to keep it as it is).`,
  unknownRequired: ({ value, suggestion }) =>
    `--required: '${value}' is not a partner category.${didYouMean(suggestion)} Run partner-taxonomy lookup "${value}" to check a name.`,
  badDelimiter: ({ delimiter }) => `--delimiter must be one character, such as , or ; (got '${delimiter}'); use '\\t' for tab.`,

  fileNotFound: ({ file }) => `${file} does not exist. Check the path, or use - to read standard input.`,
  notAFile: ({ file }) => `${file} is a folder; give the file inside it.`,
  cannotRead: ({ file, reason }) => `Cannot read ${file}: ${reason}.`,
  cannotWrite: ({ file, reason }) => `Cannot write ${file}: ${reason}. Check that the folder exists and that you may write there.`,
  sameFile: ({ file }) => `--out would overwrite the input, ${file}, while it is read; write to another file.`,
  emptyFile: ({ file }) => `${file} is empty. Export the partner list again, with a header line and at least one row.`,
  binaryFile: ({ file }) =>
    `${file} is not text (is it an Excel workbook or a zip?). Save it as CSV (UTF-8), JSON or NDJSON and try again.`,
  notUtf8: ({ file }) =>
    `${file} is not UTF-8; it is read as Windows-1252 (Latin-1), as Excel on Windows saves CSV. If names look wrong, save it as CSV UTF-8.`,
  utf16: ({ file }) => `${file} is UTF-16 text; JSON and NDJSON must be UTF-8. Save it as UTF-8 and try again.`,
  badJson: ({ file, detail }) => `${file} is not valid JSON (${detail}). Is the file complete? A JSON input must be one array of rows.`,
  unclosedQuote: ({ file, line }) =>
    `${file} cannot be read as CSV after line ${line}: a quote opened there never closes (or holds more than 1 MB). Check the quotes on that line.`,
  badRules: ({ file }) => `${file} has problems; fix them and run again:`,
  badVocabulary: ({ value, known }) =>
    `--vocabulary ${value}: no such vocabulary or file. Use ${orList(known)}, or the path of your own vocabulary JSON file.`,
  stdin: 'standard input',
  permissionDenied: 'permission denied',
  isFolder: 'it is a folder',

  at: (place) => {
    const where = 'line' in place ? `line ${place.line}` : `index ${place.index}`;
    return `${where}${place.field === undefined ? '' : `, ${place.field}`}${place.column === undefined ? '' : ` (column "${place.column}")`}`;
  },
  lineNotJson: ({ detail }) => `the line is not a JSON object (${detail})`,
  malformedQuotes:
    'a quoted cell goes on after its closing quote, so the cells of this row cannot be told apart, and it may have taken in the lines after it; quote the whole cell and double each quote in it ("").',
  duplicateIdOnLine: ({ value, line }) => `id '${value}' is already used on line ${line}`,
  warning: 'warning',
  noColumn: ({ field, headers }) =>
    `No column holds ${field}; the headers are ${list(headers.map((h) => `"${h}"`))}. If one of them is the ${field}, pass --map "<that header>=${field}".`,
  extraKeys: ({ keys }) =>
    `Some rows have fields the first row lacked (${list(keys)}); CSV output has the first row's columns, so use --format json or ndjson to keep them.`,
  summary: ({ file, rows, records, unclassified, skipped, invalid, warnings }) =>
    rows === 0
      ? `${file}: no rows to check.`
      : `${file}: ${plural(rows, 'row', 'rows')}: ${plural(records, 'record', 'records')}, ${plural(unclassified, 'partner', 'partners')} without a category, ${plural(skipped, 'row', 'rows')} skipped (not partners), ${plural(invalid, 'invalid row', 'invalid rows')}${warnings === 0 ? '' : `; ${plural(warnings, 'warning', 'warnings')}`}.`,
  written: ({ file, rows }) => `Wrote ${plural(rows, 'row', 'rows')} to ${file}, one for each input row, with its outcome.`,
  wroteReport: ({ file, records, unclassified }) =>
    `Wrote the report on ${plural(records, 'record', 'records')}${unclassified === 0 ? '' : ` and ${plural(unclassified, 'partner', 'partners')} without a category`} to ${file}.`,
  mapInstead: ({ field, others }) => `; to read ${others.length === 1 ? 'it' : 'another'} instead, pass --map "${others[0] ?? ''}=${field}"`,
  mapHeaderMissing: ({ header, headers, suggestion }) =>
    `--map names the column "${header}", which the file does not have.${didYouMean(suggestion === undefined ? undefined : `"${suggestion}"`)} The headers are ${list(headers.map((h) => `"${h}"`))}.`,
  skippedValue: ({ count, value, vocabulary, rationale }) =>
    `Skipped ${plural(count, 'row', 'rows')} with '${value}', not a partner in ${vocabulary}${rationale === '' ? '' : `: ${rationale}`}`,
  vocabularyHint: ({ vocabulary, rows }) =>
    `${plural(rows, 'row has', 'rows have')} a CRM picklist value as category: pass --vocabulary ${vocabulary} to read the column as ${vocabulary} names it.`,
  unclassified: 'no category',
  wroteFile: ({ file }) => `Wrote ${file}.`,
  progress: ({ rows }) => `${plural(rows, 'row', 'rows')}…`,

  mapColumnMissing: ({ column, headers }) =>
    `--column "${column}": the file has no such column. The headers are ${list(headers.map((h) => `"${h}"`))}.`,
  noCategoryColumn: ({ file }) =>
    `${file} has no column that holds the partner type. Name it with --column "<header>".`,
  mapped: ({ file, column, rows, values, undecided, out, source }) =>
    `${file}: ${plural(rows, 'row', 'rows')}, ${plural(values, 'distinct value', 'distinct values')} in column "${column}"; ${
      undecided === 0 ? 'all mapped' : `${plural(undecided, 'value is', 'values are')} marked "decide": true for you to map`
    }.${out === undefined ? '' : ` Wrote ${out}; edit it, then run partner-taxonomy validate ${source ?? '<file>'} --vocabulary ${out}.`}`,

  lookup: {
    noMatch: ({ text, suggestion }) =>
      `No partner category matches '${text}'.${didYouMean(suggestion)} Names, ids and acronyms such as SI, VAR or MSP work.`,
    matched: ({ text, id, by, source }) => `'${text}' → ${id} (matched by ${by}; reading: ${source})`,
    named: ({ id, label }) => `${id} (${label})`,
    by: { id: 'id', label: 'label', acronym: 'acronym', alias: 'alias' },
    sources: { taxonomy: 'taxonomy', article: 'article', project: 'project' },
    labels: {
      id: 'Id',
      gloss: 'Our reading',
      label: 'Name',
      function: 'Function',
      group: 'Group',
      subtype: 'Subtype',
      implied: 'The text implies',
      description: 'Description',
      alternatives: 'Also used for',
    },
  },

  segments: { heading: 'Named segments', segment: 'Segment', partners: 'Partners', share: 'Share' },

  internalError: 'partner-taxonomy hit a bug. Please report it, with the command you ran and this output:',
};
